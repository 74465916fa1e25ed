"""What a running web application needs to know: the store, where it listens, who edits."""

from __future__ import annotations

import getpass
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from ..store.parquet import is_archive

LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")
WILDCARDS = ("0.0.0.0", "::", "")  # "every address": not a name anyone opens the server by


def is_loopback(host: str) -> bool:
    """Whether a listening address is reachable from this machine only (127.0.0.0/8, ::1, localhost)."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything, so treat it as open


def host_name(header: str) -> str:
    """The name of a Host header without its port, lower case ("[::1]:8000" -> "::1")."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].partition("]")[0]
    name, colon, port = value.rpartition(":")
    return (name if colon and port.isdigit() else value).rstrip(".")


def is_ip_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def default_user() -> str:
    """Who decisions are recorded as: $DETENTE_USER, else the name of the account running detente."""
    try:
        return os.environ.get("DETENTE_USER") or getpass.getuser()
    except (KeyError, OSError):  # no account name (some containers)
        return "unknown"


@dataclass(frozen=True)
class Settings:
    """The settings of one web application: build one and pass it to create_app.

    Edits are open on a loopback address; bound to any other address they need the token, and
    are refused altogether when there is none (reads stay open). A token given on a loopback
    address is required too."""

    db: Path
    host: str = "127.0.0.1"
    token: str | None = None
    user: str | None = None
    read_only: bool = False
    allowed_hosts: tuple[str, ...] = ()  # more names the server answers to (--allowed-host)

    def serves(self, host_header: str | None) -> bool:
        """Whether a request's Host header names this server.

        A page of another site whose name an attacker re-points at 127.0.0.1 (DNS rebinding) reaches a
        loopback server as a same-origin page: its requests name the attacker's host, and are refused.
        Served: the loopback names, the address it listens on, the --allowed-host names, and any IP
        address (a page at an address cannot be re-pointed, so cannot rebind)."""
        if not host_header:
            return False
        name = host_name(host_header)
        if name in LOOPBACK_NAMES or is_ip_address(name):
            return True
        return name in {host_name(h) for h in (self.host, *self.allowed_hosts) if host_name(h) not in WILDCARDS}

    @property
    def who(self) -> str:
        return self.user or default_user()

    @property
    def token_required(self) -> bool:
        return self.token is not None or not is_loopback(self.host)

    @property
    def edits_refused(self) -> str | None:
        """Why no edit can be made at all, or None when edits are possible."""
        if self.read_only:
            return "the store is open read-only (detente serve --read-only)"
        if is_archive(self.db):
            return "the store is a Parquet store written by the Dask engine, which is read-only"
        if self.token is None and not is_loopback(self.host):
            return (f"the server listens on {self.host}, beyond this machine, without a token: "
                    "restart it with --token or $DETENTE_TOKEN to allow edits")
        return None
