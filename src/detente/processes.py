"""Worker processes that never outlive the process that started them.

A worker blocked on its task queue does not notice its parent dying: after `kill -9` of
`detente ingest` its coders (hundreds of MB each) lived on, adopted by init. Each worker
arms a parent-death signal on Linux (prctl PR_SET_PDEATHSIG, through ctypes), so the kernel
kills it the moment its parent dies; elsewhere a thread watches the parent's pid. Either
way a parent that died before the worker got this far is noticed at once.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_SECONDS = 1.0  # how often the watching thread looks, where there is no parent-death signal


def die_with_parent(parent: int) -> None:
    """Run first in a worker process (a pool's initializer): end this process when `parent` dies."""
    if not _parent_death_signal():
        threading.Thread(target=_watch, args=(parent,), name="detente-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died while this process was starting
        os._exit(1)


def _parent_death_signal() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; whether that could be done."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
