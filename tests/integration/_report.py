"""A pytest plugin for ``make integration``: prints what the run called, parsed and wrote.

The tests record their figures with ``record_property`` ("get": called / parsed / unreachable,
"writes": the keyword-built writes); this plugin adds them up from the test reports.
"""

from __future__ import annotations

from typing import Any

import pytest

_GETS: dict[str, dict[str, str]] = {"called": {}, "parsed": {}, "unreachable": {}}
_WRITES: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "call":
        return
    for key, value in report.user_properties:
        if key == "get" and isinstance(value, tuple):
            outcome, name, reason = value
            _GETS[str(outcome)][str(name)] = str(reason)
        elif key == "writes" and isinstance(value, list):
            _WRITES.extend(map(str, value))


def summary() -> list[str]:
    called, parsed, unreachable = (_GETS[k] for k in ("called", "parsed", "unreachable"))
    if not (called or unreachable or _WRITES):
        return []
    lines = [
        f"GET operations run: {len(called) + len(unreachable)}; {len(called)} called, "
        f"{len(parsed)} parsed and round-tripped, {len(unreachable)} unreachable"
    ]
    lines += [f"  unreachable {name}: {reason}" for name, reason in sorted(unreachable.items())]
    lines += [f"  FAILED {name}" for name in sorted(set(called) - set(parsed))]
    kinds = sorted(set(_WRITES))
    lines.append(
        f"writes with keyword-built bodies: {len(_WRITES)} requests, {len(kinds)} operations: "
        + ", ".join(kinds)
    )
    return lines


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in summary():
        terminalreporter.write_line(line)
