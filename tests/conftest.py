"""Shared by the test files: the fault matrix (test_fault_matrix.py) is printed as a table at the end of a run.

Each row of the matrix records itself as a user property of its test report; reports reach the process
that prints the summary even when the tests ran in pytest-xdist workers.
"""

from __future__ import annotations

from typing import Any

from faults import FAULT_ROW

HEADER = {"fault": "fault", "case": "case", "exit": "exit", "seen": "what the user sees, and what is left",
          "result": "result"}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    rows = []
    for reports in terminalreporter.stats.values():
        for report in reports:
            for name, value in getattr(report, "user_properties", ()):
                if name == FAULT_ROW and getattr(report, "when", "call") == "call":
                    rows.append(value)
    if not rows:
        return
    rows.sort(key=lambda r: r["n"])
    widths = {k: max(len(str(r[k])) for r in [HEADER, *rows]) for k in HEADER}
    terminalreporter.write_sep("-", "fault matrix")
    for r in [HEADER, *rows]:
        terminalreporter.write_line("  ".join(f"{str(r[k]):{widths[k]}}" for k in HEADER).rstrip())
