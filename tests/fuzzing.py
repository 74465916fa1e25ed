"""What the fuzz tests (test_fuzz_*.py) share: their budget, and a count of the examples each target tried.

Every target runs a few seconds in the test command. `DETENTE_FUZZ_SCALE` multiplies every budget
(benchmarks/fuzz.py runs them at 20 times by default), and `DETENTE_FUZZ_REPORT` names a folder where each fuzz
module writes, per target, the examples tried, those that failed and the seconds spent.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

SCALE = float(os.environ.get("DETENTE_FUZZ_SCALE", "1"))
REPORT = os.environ.get("DETENTE_FUZZ_REPORT")
_tried: dict[str, list[float]] = {}  # target -> [examples, failed examples, seconds]


def budget(examples: int) -> settings:
    """Hypothesis settings for a target: `examples` in the test command, SCALE times as many in a long run.
    No deadline (the machine is shared: a slow example is not a failure), no example database (nothing is
    written into the repository), and no health check against slow or large examples."""
    return settings(
        max_examples=max(1, round(examples * SCALE)),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                               HealthCheck.function_scoped_fixture],
    )


def counted(target: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Count the examples a property is run on, and the time they take, under a target name."""

    def decorate(check: Callable[..., None]) -> Callable[..., None]:
        @wraps(check)
        def run(*args: Any, **kwargs: Any) -> None:
            started = time.perf_counter()
            failed = True
            try:
                check(*args, **kwargs)
                failed = False
            finally:
                entry = _tried.setdefault(target, [0, 0, 0.0])
                entry[0] += 1
                entry[1] += failed
                entry[2] += time.perf_counter() - started

        return run

    return decorate


@pytest.fixture(scope="module", autouse=True)
def fuzz_report(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a fuzz module, write its counts into the report folder (when one is asked for)."""
    yield
    if not REPORT:
        return
    report = {target: {"examples": int(examples), "failed": int(failed), "seconds": round(seconds, 2)}
              for target, (examples, failed, seconds) in _tried.items()}
    folder = Path(REPORT)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{request.module.__name__}.json").write_text(json.dumps(report, indent=2))
