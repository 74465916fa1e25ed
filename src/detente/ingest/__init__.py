"""Ingest: the one part of detente that wires the reader, the coder and the store together.

- local.py: code documents on this machine (batches, a process pool) and write them to a store;
- datasets.py: import dataset files (GDELT, ICEWS, POLECAT, SIPRI) into a store;
- dask/: the same coder on a Dask cluster, writing a Parquet store.
"""
