"""The command line: thin, one module per group of commands; it parses arguments, calls the library
and turns errors into one-line messages.

- main.py: the `detente` app, its entry point (main), version;
- extract.py: extract, evaluate (coding without a store);
- store.py: ingest, check, events, timeline, dyads, docs, show, export;
- analysis.py: profile, report;
- datasets.py: import, compare;
- dask.py: ingest --engine dask;
- web.py: serve;
- common.py: what every command shares: options, formats, dates, progress, errors as messages.

A command imports the library it calls inside its function, so that `detente --help` or a query
does not load the coder, the web application or matplotlib; tests/test_architecture.py still sees
those imports.
"""

from __future__ import annotations

from .main import app, main

__all__ = ["app", "main"]
