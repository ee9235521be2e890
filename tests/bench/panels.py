"""The chart's data: one panel per measurement, handed as JSON to ``chart.py``.

A panel is ``{"title", "unit", "bars": [{"label", "value", "baseline", ...}]}``; the bars of the
goals panel also carry ``met``, ``goal`` (the limit) and ``goal_text``.
"""

from __future__ import annotations

from typing import Any

from .report import BEFORE, BEFORE_DATE, PAGING, REAL_CLIENTS, Results, goals, med, ratio

Panel = dict[str, Any]


def _bars(*items: tuple[str, list[float], bool]) -> list[dict[str, Any]]:
    return [{"label": label, "value": med(v), "baseline": base} for label, v, base in items]


def _panel(title: str, unit: str, bars: list[dict[str, Any]]) -> Panel:
    return {"title": title, "unit": unit, "bars": bars}


def panels(r: Results) -> list[Panel]:
    """Goals first, then each measurement with its baselines (grey in the chart)."""
    imp, call, peers = r["imports"], r["per_call"], r["peers"]
    pages, parse, users = r["pagination"], r["parsing"], f"{r['total_users']:,} users"
    goal_bars = [
        dict(label=g.name, value=g.value, baseline=False, met=g.met, goal=g.limit,
             goal_text=g.limit_text)
        for g in goals(r)
    ]  # fmt: skip
    growth = [
        (f"concurrency={c}", [m["peak_mib"] - m["baseline_mib"] for m in runs], False)
        for c, runs in r["memory"].items()
    ]
    return [
        _panel("Goals: green met, red not met (black tick: the goal)", "x", goal_bars),
        _panel("Cold import of one operation", "ms", _bars(
            ("httpx+attrs+dateutil", imp["deps"], True),
            ("ours: list_users", imp["list_users"], False),
            ("logto-admin", imp["logto-admin"], False),
            ("py-logto", imp["py-logto"], False),
        )),
        _panel("Per get_user call", "µs", _bars(
            ("raw httpx 0.28", call["raw"], True),
            ("ours", call["ours"], False),
            ("ours, aiohttp + orjson", call["aiohttp"], False),
            ("raw httpx 0.27", peers["raw"], True),
            ("logto-admin", peers["logto-admin"], False),
            ("py-logto", peers["py-logto"], False),
        )),
        _panel("Parse a 100-user page", "µs", _bars(
            ("json.loads", parse["json"], True),
            ("User models", parse["models"], False),
            ("User models, orjson", parse["orjson models"], False),
        )),
        _panel(f"Page {users} (server: 10 ms/page)", "s", _bars(*(
            (f"{name}, concurrency={c}", pages[f"{prefix}{c}"], c == 1)
            for prefix, name in [*PAGING.items(), ("raw ", "raw httpx floor")] for c in (1, 8)
        ))),
        _before_panel(r),
        *_real_panels(r),
        _panel(f"Peak RSS growth while paging {users}", "MiB", _bars(*growth)),
    ]  # fmt: skip


def _number(text: str) -> float:
    return float(text.split("x")[0])


def _before_panel(r: Results) -> Panel:
    """The two ratios issue 15 set out to change, before (grey) and now."""
    parse = ratio(r["parsing"]["models"], r["parsing"]["json"])
    speedup = ratio(r["pagination"]["1"], r["pagination"]["8"])
    before_parse = _number(BEFORE[("Parsing", "100-user page to User models")])
    before_speedup = _number(BEFORE[("Pagination", "concurrency=8")])
    bars = [
        {"label": f"parsing / json.loads, {BEFORE_DATE}", "value": before_parse, "baseline": True},
        {"label": "parsing / json.loads, now", "value": parse, "baseline": False},
        {"label": f"paging speed-up, {BEFORE_DATE}", "value": before_speedup, "baseline": True},
        {"label": "paging speed-up, now", "value": speedup, "baseline": False},
    ]
    return _panel("Before issue 15 (grey) and now", "x", bars)


def _real_panels(r: Results) -> list[Panel]:
    real = r["real"]
    if "samples" not in real:
        return []
    samples = real["samples"]
    names = {"raw": "raw httpx", **REAL_CLIENTS}
    clients = [c for c in names if c in samples]

    def bars(workload: str, index: int) -> list[dict[str, Any]]:
        return [
            {"label": names[c], "value": med([p[index] for p in samples[c][workload]]),
             "baseline": c == "raw"}
            for c in clients
        ]  # fmt: skip

    users, gets = f"{real['users']:,}", f"{real['gets']:,}"
    return [
        _panel(f"Real Logto: page {users} users, concurrency=8", "s (wall)", bars("page 8", 0)),
        _panel(f"Real Logto: {gets} get_user, client CPU", "s (CPU)", bars("get", 1)),
    ]
