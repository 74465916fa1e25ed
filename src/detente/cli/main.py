"""The `detente` application: its commands registered in order, and the entry point that turns what
no command expected into one line."""

from __future__ import annotations

import contextlib
import errno
import os
import sys

import typer

from .. import __version__
from .common import EXIT_BAD_INPUT, error
from .extract import evaluate, extract

DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="detente: dated, sourced records of events between states.")


@app.callback()
def _named(ctx: typer.Context) -> None:
    """detente: dated, sourced records of events between states."""
    from ..store.holder import set_command

    set_command(f"detente {ctx.invoked_subcommand}")  # how a command holding a store is named to others


app.command()(extract)
app.command()(evaluate)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def _register_subcommands() -> None:
    """The store, analysis, web and dataset commands, each defined in its own module."""
    import importlib

    for module in ("store", "analysis", "web", "datasets"):
        app.add_typer(importlib.import_module(f".{module}", __package__).app)


_register_subcommands()


def main() -> None:
    """Entry point of the `detente` console script. The commands turn the errors they expect into
    one-line messages; what still gets here (a full disk while writing output, a bug) is one line too,
    never a traceback (DETENTE_DEBUG=1 shows it)."""
    from ..output import checked_stdout

    checked_stdout()
    try:
        try:
            app()
        finally:
            # output cut short by a full disk is only known when the rest of it is written out
            sys.stdout.flush()
    except KeyboardInterrupt:
        typer.echo("detente: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, whatever it is
        if os.environ.get("DETENTE_DEBUG"):
            raise
        error(unexpected_error_message(exc))
        _silence_stdout()  # a full disk would fail the final flush of what is left, with another message
        sys.exit(EXIT_BAD_INPUT)


def unexpected_error_message(exc: BaseException) -> str:
    """One line for an error no command expected."""
    text = " ".join(str(exc).split())
    if isinstance(exc, OSError) and exc.errno in DISK_FULL:
        return f"the disk is full ({exc.strerror}): free some space and run again"
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot read or write{where} ({exc.strerror or text}): check the path and its permissions"
    if type(exc).__module__.startswith("duckdb"):
        return f"the database failed ({text}): check the store with `detente check --db FILE`"
    return (f"unexpected {type(exc).__name__} ({text}): this is a bug in detente; please report it with "
            "the command that caused it (DETENTE_DEBUG=1 shows where it happened)")


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
