"""Backing off wrong tokens: a guesser gets a few tries, then waits longer after each wrong one.

Per client address: FREE_TRIES wrong tokens cost nothing, each one after locks the address
out for twice as long as the one before (1 s, 2 s, 4 s ... at most MAX_LOCK seconds); while
locked, every token it sends is refused with 429 and Retry-After, right or wrong, so guessing
goes no faster by sending more. A right token clears the address's count. Across all
addresses together the same rule runs with GLOBAL_FREE_TRIES, so that guessing from many
addresses is slowed too (a lockout then holds for every client: one shared token serves one
team). Only counts are kept, FORGET seconds at most, for a bounded number of addresses.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

FREE_TRIES = 5
GLOBAL_FREE_TRIES = 50
MAX_LOCK = 300.0  # seconds
FORGET = 3600.0  # seconds after its last wrong token an address starts afresh
MAX_CLIENTS = 10_000
EVERYONE = "*"


@dataclass
class _Tries:
    wrong: int = 0
    locked_until: float = 0.0
    last: float = 0.0


class Throttle:
    """Counts wrong tokens per client address and says how long each must wait."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._tries: OrderedDict[str, _Tries] = OrderedDict()
        self._lock = threading.Lock()

    def wait(self, client: str) -> int:
        """Seconds the client must wait before its next token is looked at (0: go ahead)."""
        now = self.clock()
        with self._lock:
            until = max(self._entry(client, now).locked_until, self._entry(EVERYONE, now).locked_until)
        return math.ceil(until - now) if until > now else 0

    def failed(self, client: str) -> None:
        """Count a wrong token from the client."""
        now = self.clock()
        with self._lock:
            for key, free in ((client, FREE_TRIES), (EVERYONE, GLOBAL_FREE_TRIES)):
                tries = self._entry(key, now)
                tries.wrong += 1
                tries.last = now
                if tries.wrong > free:
                    tries.locked_until = now + min(MAX_LOCK, 2.0 ** (tries.wrong - free - 1))

    def succeeded(self, client: str) -> None:
        """A right token: the client starts afresh."""
        with self._lock:
            self._tries.pop(client, None)

    def _entry(self, key: str, now: float) -> _Tries:
        tries = self._tries.get(key)
        if tries is None or now - tries.last > FORGET and now >= tries.locked_until:
            tries = self._tries[key] = _Tries(last=now)
        self._tries.move_to_end(key)
        while len(self._tries) > MAX_CLIENTS:
            self._tries.popitem(last=False)
        return tries
