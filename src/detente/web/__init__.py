"""The web application: browse, verify and correct the record (see app.py).

>>> from detente.web import Settings, create_app
>>> app = create_app(Settings(db=Path("detente.duckdb")))
"""

from __future__ import annotations

from .app import create_app
from .settings import Settings, is_loopback

__all__ = ["Settings", "create_app", "is_loopback"]
