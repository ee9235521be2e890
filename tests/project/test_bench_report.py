"""`make bench` turns its samples into the table, the goals, the chart's panels and
BENCHMARKS.md; this runs that step on made-up samples, so a renamed key fails here rather than
at the end of a five-minute benchmark run."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from bench import document, panels, report
from bench.imports import CASES
from bench.paging import CONFIGURATIONS
from bench.run import SETTINGS


def _pagination(seconds_8: dict[str, float]) -> dict[str, list[float]]:
    """Samples of every paging configuration and the raw floor: 1.5 s sequential, the given
    seconds at concurrency=8, the client busy 90% of the time."""
    samples: dict[str, list[float]] = {}
    for prefix in [*(prefix for prefix, *_ in CONFIGURATIONS), "raw "]:
        eight = seconds_8[prefix]
        samples[f"{prefix}1"] = [1.5, 1.4, 1.6]
        samples[f"{prefix}8"] = [eight] * 3
        samples[f"cpu {prefix}1"] = [0.5] * 3
        samples[f"cpu {prefix}8"] = [eight * 0.9] * 3
    return samples


def _results(seconds_8: dict[str, float], real: dict[str, Any]) -> report.Results:
    per_call = {"ours": [1600.0], "aiohttp": [1100.0], "raw": [1550.0]}
    per_call |= {f"cpu {name}": [v[0] * 0.8] for name, v in list(per_call.items())}
    return report.Results(
        imports={key: [200.0, 210.0] for key in CASES},
        per_call=per_call,
        peers={"raw": [1300.0], "logto-admin": [1350.0], "py-logto": [700.0]},
        parsing={"json": [250.0], "models": [560.0], "orjson models": [500.0]},
        pagination=_pagination(seconds_8),
        single_flight=[{"ok": 1000, "seconds": 0.5, "token_requests": 1}] * 3,
        memory={c: [{"baseline_mib": 48.0, "peak_mib": 48.5}] for c in ("1", "8")},
        calls=300,
        concurrent_calls=1000,
        total_users=10_000,
        real=real,
    )


REAL = {
    "users": 2000,
    "gets": 500,
    "samples": {
        client: {"page 1": [[0.4, 0.1]], "page 8": [[0.3, 0.1]], "get": [[4.0, 1.2]]}
        for client in ("raw", "ours", "ours-aiohttp", "node")
    },
}
SPEEDS = {"": 0.4, "orjson ": 0.35, "aiohttp ": 0.24, "raw ": 0.26}


def test_every_configuration_has_a_paging_goal_judged_against_6x() -> None:
    results = _results({**SPEEDS, "aiohttp ": 0.25}, REAL)
    paging = {g.name: g for g in report.goals(results) if g.name.startswith("pagination")}
    assert list(paging) == [
        "pagination",
        "pagination, httpx + orjson",
        "pagination, aiohttp + orjson",
    ]
    assert [g.met for g in paging.values()] == [False, False, True]  # 1.5 / 0.25 = 6.0
    assert "CPU 90%" in paging["pagination"].detail


def test_the_table_names_each_configuration_and_the_floor() -> None:
    rows = report.rows(_results(SPEEDS, REAL))
    paging = [row for row in rows if row.measurement == "Pagination"]
    assert [row.subject.split("concurrency=8")[1] for row in paging] == [
        "",
        ", httpx + orjson",
        ", aiohttp + orjson",
        ", raw httpx + json.loads (floor)",
    ]
    assert paging[0].ratio == "3.75x faster"
    assert paging[0].before == "4.63x faster"
    assert paging[3].ratio == "5.77x faster (CPU 90%)"
    assert paging[3].goal == ""
    subjects = {row.subject for row in rows}
    assert "100-user page to User models, orjson installed" in subjects
    assert "ours, aiohttp + orjson" in subjects  # the real-server rows


def test_panels_and_the_document_render_with_and_without_a_real_server() -> None:
    for real in (REAL, {"skipped": "no real Logto"}):
        results = _results(SPEEDS, real)
        chart = panels.panels(results)
        json.dumps(chart)  # handed to chart.py as JSON
        page_panel = next(p for p in chart if p["title"].startswith("Page 10,000 users"))
        assert len(page_panel["bars"]) == 2 * (len(CONFIGURATIONS) + 1)
        table = report.table(report.rows(results))
        text = document.render(
            results=results,
            table=table,
            summary=report.summary(results),
            chart="tests/bench/benchmarks.png",
            environment="Measured on a test.",
            seconds=1.0,
            settings=asdict(SETTINGS),
        )
        assert "- pagination: NOT met: default install (httpx): concurrency=8 is 3.75x" in text
        assert "- pagination, aiohttp + orjson: met" in text
        assert "raw httpx + json.loads (floor)" in text
