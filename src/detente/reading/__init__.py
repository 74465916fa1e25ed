"""Readers: turn .txt, .md, .html and .jsonl inputs (or standard input) into Documents."""

from __future__ import annotations

from .sources import read, read_inputs
from .text import read_text

__all__ = ["read", "read_inputs", "read_text"]
