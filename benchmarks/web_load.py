"""The web application under load: requests/s and latency of the dyad page on a large store.

    .venv/bin/python benchmarks/web_load.py                       # 1 million events, 300 requests
    .venv/bin/python benchmarks/web_load.py --requests 1000 --concurrency 8 --path /dyad/C01/C02.json

Generates the store once if it is missing (benchmarks/store.py's synthetic events over 60 actors,
ordered by dyad), starts `detente serve` on it in a second process on a free port of 127.0.0.1,
waits for it, sends a few warm-up requests, then --requests GET requests to --path from
--concurrency threads of this process (each with a kept-alive connection), stopping early after
--seconds. Prints requests/s, median, p95 and max latency and the number of errors (any answer
but 200), then stops the server. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import http.client
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WARM_UP = 3


def ensure_store(path: Path, events: int) -> None:
    """Generate the synthetic store when it is not there yet (about 30 s for a million events)."""
    if path.exists():
        return
    sys.path.insert(0, str(HERE))
    from store import generate  # benchmarks/store.py

    started = time.perf_counter()
    generate(path, events)
    print(f"generated {events:,} events in {time.perf_counter() - started:.1f} s")


def start_server(db: Path) -> tuple[subprocess.Popen[str], int]:
    """`detente serve --port 0` in a child process; returns it and the port it chose."""
    server = subprocess.Popen(
        [sys.executable, "-m", "detente", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", "0"],
        stderr=subprocess.PIPE, text=True,
    )
    assert server.stderr is not None
    line = server.stderr.readline()  # 'detente: serving DB on http://127.0.0.1:PORT/ ...'
    found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not found:
        server.kill()
        sys.exit(f"web_load.py: the server did not start: {line.strip()} {server.stderr.read().strip()}")
    threading.Thread(target=server.stderr.read, daemon=True).start()  # keep its pipe drained
    return server, int(found.group(1))


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, float]:
    """One GET on a kept-alive connection: (status, seconds)."""
    started = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    return response.status, time.perf_counter() - started


def wait_ready(port: int, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            if get(conn, "/static/detente.css")[0] == 200:
                conn.close()
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("web_load.py: the server did not answer in time")


def load(port: int, path: str, requests: int, concurrency: int, seconds: float) -> tuple[list[float], int, float]:
    """Latencies of the requests that succeeded, the number of errors, and the wall time."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    todo = iter(range(requests))
    deadline = time.monotonic() + seconds

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if next(todo, None) is None:
                    break
            try:
                status, took = get(conn, path)
            except (OSError, http.client.HTTPException):
                status, took = 0, 0.0
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                if status == 200:
                    latencies.append(took)
                else:
                    errors += 1
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench1m_web.duckdb"))
    parser.add_argument("--events", type=int, default=1_000_000, help="events of a generated store")
    parser.add_argument("--path", default="/dyad/C01/C02", help="the page to request")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=120, help="stop sending after this long")
    args = parser.parse_args()
    ensure_store(args.db, args.events)
    server, port = start_server(args.db)
    try:
        wait_ready(port)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        first = [get(conn, args.path) for _ in range(WARM_UP)]
        conn.close()
        if any(status != 200 for status, _ in first):
            sys.exit(f"web_load.py: {args.path} answers {first[0][0]}: is it a dyad of {args.db}?")
        latencies, errors, wall = load(port, args.path, args.requests, args.concurrency, args.seconds)
    finally:
        server.terminate()
        server.wait(30)
    done = len(latencies) + errors
    print(f"store {args.db}, GET {args.path}: first request {first[0][1] * 1000:.0f} ms (draws the chart), "
          f"then {done} requests from {args.concurrency} threads in {wall:.1f} s")
    if latencies:
        print(f"{done / wall:.1f} requests/s, median {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {percentile(latencies, 0.95) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms, {errors} errors")
    else:
        print(f"no request succeeded: {errors} errors")
    sys.exit(1 if errors or not latencies else 0)


if __name__ == "__main__":
    main()
