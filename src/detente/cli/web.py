"""The web command (serve): a typer sub-application that cli.py registers. It checks the store and
the address before anything starts, so a missing store or a port in use is a one-line message
with exit code 2, then runs the application (detente.web) under uvicorn."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

import typer

from .common import DB, errors_as_messages, fail, say, warn

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Browse, verify and correct the record.")


def bind(host: str, port: int) -> socket.socket:
    """A socket listening on host:port, or a one-line error saying why not."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        fail(f"--host {host}: cannot listen there ({exc.strerror}): give an address such as 127.0.0.1")
        raise  # fail() has exited; this line is for type checkers
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a restart may reuse a port in TIME_WAIT
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            fail(f"--port {port}: {host}:{port} is in use by another program: choose another --port")
        fail(f"--host {host} --port {port}: cannot listen there ({exc.strerror})")
    return sock


@app.command()
def serve(
    db: str = DB,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; beyond 127.0.0.1, edits need --token."),
    port: int = typer.Option(8000, "--port", help="Port to listen on (0: any free port)."),
    token: str | None = typer.Option(
        None, "--token", envvar="DETENTE_TOKEN", help="The token edits need (default: $DETENTE_TOKEN)."),
    user: str | None = typer.Option(
        None, "--user", envvar="DETENTE_USER", help="Who decisions are recorded as (default: $DETENTE_USER, "
        "else your account name)."),
    read_only: bool = typer.Option(False, "--read-only", help="Open the store read-only: browse, no edits."),
    allowed_hosts: list[str] = typer.Option(
        [], "--allowed-host", help="A host name the server is opened by, besides localhost and its addresses "
        "(repeatable): requests naming any other host are refused."),
) -> None:
    """Serve the web application: dyads, timelines, events, documents, search, and curation.

    Every page has a JSON twin (/dyad/RUS/PAK and /dyad/RUS/PAK.json); /openapi.json describes the API.
    The server keeps the store open to read, and opens it to write only for a curation, so `detente
    profile`, `timeline` or `report` run beside it; stop it before `detente ingest` or `import` writes
    to the same file (they say so, naming it). It answers requests that name it by an IP address,
    localhost, --host or an --allowed-host name, no other.

    Example:

        detente serve --db relations.duckdb            # then open http://127.0.0.1:8000
        DETENTE_TOKEN=s3cret detente serve --host 0.0.0.0 --port 8080 --allowed-host analysts.example.org
    """
    import uvicorn

    from ..store import StoreCorrupt
    from ..web import Settings, create_app, is_loopback

    settings = Settings(db=Path(db), host=host, token=token or None, user=user, read_only=read_only,
                        allowed_hosts=tuple(allowed_hosts))
    with errors_as_messages():
        try:
            application = create_app(settings)
        except StoreCorrupt as exc:
            if read_only:
                raise
            fail(f"{exc}; to browse what can still be read: detente serve --read-only")
    sock = bind(host, port)
    where = sock.getsockname()
    if settings.edits_refused:
        warn(f"edits are off: {settings.edits_refused}")
    if not is_loopback(host) and not allowed_hosts:
        warn("requests must name this server by an IP address; to open it by a host name, start it with "
             "--allowed-host NAME")
    mode = "edits need the token" if settings.token_required and not settings.edits_refused else (
        "read-only" if settings.edits_refused else f"edits recorded as {settings.who}")
    say(f"detente: serving {db} on http://{_shown(host, where[1])}/ ({mode}); Ctrl-C stops")
    config = uvicorn.Config(application, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def _shown(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
