"""The Dask engine under its first name: it is detente.ingest.dask now.

Kept because the README of detente 0.1 showed `from detente.archive import ingest` for a cluster
started from Python (Slurm, Kubernetes); new code imports detente.ingest.dask.
"""

from __future__ import annotations

from .ingest.dask import ArchiveRun, ingest

__all__ = ["ArchiveRun", "ingest"]
