"""From raw samples to the table: medians, ratios and the goals.

Every figure is the median of its samples; every ratio divides two medians of the same run.
"""

from __future__ import annotations

import statistics
from dataclasses import astuple, dataclass
from typing import Any, TypedDict

from .imports import CASES

# The ratios of the run before issue 15 (BENCHMARKS.md of 2026-11-21 20:03 UTC), shown beside
# today's: (measurement, subject) -> ratio as printed then.
BEFORE_DATE = "2026-11-21"
BEFORE = {
    ("Import, cold", "ours: list_users module"): "1.03x",
    ("Import, cold", "ours: + logto_management"): "1.19x",
    ("Import, cold", "logto-admin: get_api_users"): "6.39x",
    ("Import, cold", "py-logto: users_api"): "11.51x",
    ("Per call", "ours: get_user"): "1.16x",
    ("Per call", "logto-admin"): "1.12x",
    ("Per call", "py-logto (sync urllib3)"): "0.78x",
    ("Parsing", "100-user page to User models"): "4.39x",
    ("Pagination", "concurrency=8"): "4.63x faster",
    ("Memory, peak RSS", "concurrency=1"): "+1.8 MiB",
    ("Memory, peak RSS", "concurrency=8"): "+2.9 MiB",
}


def _before(measurement: str, subject: str) -> str:
    for (m, s), value in BEFORE.items():
        if measurement.startswith(m) and subject.endswith(s):
            return value
    return ""


class Results(TypedDict):
    """What the runner gathers (also written to ``.bench/results.json``)."""

    imports: dict[str, list[float]]  # ms per case of imports.CASES
    per_call: dict[str, list[float]]  # µs per call: "ours", "aiohttp", "raw"; "cpu NAME": CPU µs
    peers: dict[str, list[float]]  # µs per call: "raw", "logto-admin", "py-logto"
    parsing: dict[str, list[float]]  # µs per page: "json", "models"
    pagination: dict[str, list[float]]  # seconds: "1", "8", "aiohttp 1", "aiohttp 8";
    # client CPU seconds: "cpu 1", "cpu 8", "cpu aiohttp 1", "cpu aiohttp 8"
    single_flight: list[dict[str, float]]  # per run: "ok", "seconds", "token_requests"
    memory: dict[str, list[dict[str, float]]]  # per concurrency: "baseline_mib", "peak_mib"
    calls: int  # sequential calls per per-call sample
    concurrent_calls: int  # calls of each single-flight run
    total_users: int
    real: dict[str, Any]  # the real-server section (tests.bench.real.measure)


@dataclass(frozen=True)
class Goal:
    """A goal of issues 2, 4 or 7: the ratio it is judged on, and its limit."""

    name: str
    value: float
    limit: float
    at_most: bool  # the value must be <= limit (else >= limit)
    detail: str

    @property
    def met(self) -> bool:
        return self.value <= self.limit if self.at_most else self.value >= self.limit

    @property
    def limit_text(self) -> str:
        return f"{'<=' if self.at_most else '>='} {self.limit:g}x"

    @property
    def verdict(self) -> str:
        return f"{self.limit_text}: {'met' if self.met else 'NOT met'}"


@dataclass(frozen=True)
class Row:
    measurement: str
    subject: str
    median: str
    baseline: str
    baseline_median: str
    ratio: str
    goal: str = ""
    before: str = ""


HEADER = Row(
    "Measurement", "Subject", "Median", "Baseline", "Baseline median", "Ratio", "Goal",
    f"Before ({BEFORE_DATE})",
)  # fmt: skip


def med(samples: list[float]) -> float:
    return statistics.median(samples)


def ratio(samples: list[float], baseline: list[float]) -> float:
    return med(samples) / med(baseline)


def token_requests(r: Results) -> list[int]:
    return [int(run["token_requests"]) for run in r["single_flight"]]


def single_flight_met(r: Results) -> bool:
    """One token request in every run, and every call answered."""
    all_ok = all(int(run["ok"]) == r["concurrent_calls"] for run in r["single_flight"])
    return all_ok and set(token_requests(r)) == {1}


def goals(r: Results) -> list[Goal]:
    """The ratio goals (import and per call: issue 2 and 7; pagination: issue 4)."""
    imp = ratio(r["imports"]["list_users"], r["imports"]["deps"])
    call = ratio(r["per_call"]["ours"], r["per_call"]["raw"])
    parse = ratio(r["parsing"]["models"], r["parsing"]["json"])
    pages = r["pagination"]
    speedup = ratio(pages["1"], pages["8"])
    busy = med(pages["cpu 8"]) / med(pages["8"])
    aio = ratio(pages["aiohttp 1"], pages["aiohttp 8"])
    aio_busy = med(pages["cpu aiohttp 8"]) / med(pages["aiohttp 8"])
    return [
        Goal("import", imp, 1.5, True, f"list_users import is {imp:.2f}x its dependencies'"),
        Goal("per call", call, 1.3, True, f"get_user is {call:.2f}x raw httpx"),
        Goal("parsing", parse, 2.5, True, f"json.loads + User models is {parse:.2f}x json.loads"),
        Goal(
            "pagination",
            speedup,
            6.0,
            False,
            f"concurrency=8 is {speedup:.2f}x faster; the client used CPU {busy:.0%} of its "
            f"time (over aiohttp: {aio:.2f}x faster, CPU {aio_busy:.0%})",
        ),
        Goal(
            "pagination, aiohttp",
            aio,
            6.0,
            False,
            f"over aiohttp, concurrency=8 is {aio:.2f}x faster than concurrency=1",
        ),
    ]


def summary(r: Results) -> list[str]:
    """One line per goal: met or not, with its numbers."""
    lines = [
        f"{g.name}: {'met' if g.met else 'NOT met'}: {g.detail} (goal {g.limit_text})"
        for g in goals(r)
    ]
    tokens = ", ".join(map(str, token_requests(r)))
    met = "met" if single_flight_met(r) else "NOT met"
    lines.append(f"token single flight: {met}: token requests per run {tokens} (goal = 1)")
    return lines


def _import_rows(r: Results, goal: Goal) -> list[Row]:
    imp = r["imports"]

    def row(key: str, deps: str, subject: str, verdict: str = "") -> Row:
        where = "" if deps == "deps" else " (peers' venv)"
        base = f"import {CASES[deps][1]}{where}"
        value, floor = med(imp[key]), med(imp[deps])
        return Row("Import, cold", subject, f"{value:.1f} ms", base, f"{floor:.1f} ms",
                   f"{value / floor:.2f}x", verdict, _before("Import, cold", subject))  # fmt: skip

    return [
        row("list_users", "deps", "ours: list_users module", goal.verdict),
        row("layer", "deps", "ours: + logto_management"),
        row("logto-admin", "logto-admin deps", "logto-admin: get_api_users"),
        row("py-logto", "py-logto deps", "py-logto: users_api"),
    ]


def _call_rows(r: Results, goal: Goal) -> list[Row]:
    title = f"Per call ({r['calls']} seq.)"
    ours, peers = r["per_call"], r["peers"]
    floor28, floor27 = med(ours["raw"]), med(peers["raw"])
    subjects = [
        ("ours: get_user", med(ours["ours"]), "raw httpx 0.28 (floor)", floor28, goal.verdict),
        ("logto-admin", med(peers["logto-admin"]), "raw httpx 0.27 (peers' venv)", floor27, ""),
        ("py-logto (sync urllib3)", med(peers["py-logto"]), "raw httpx 0.27 (peers' venv)",
         floor27, ""),
    ]  # fmt: skip
    return [
        Row(title, s, f"{v:.0f} µs", b, f"{f:.0f} µs", f"{v / f:.2f}x", verdict,
            _before("Per call", s))
        for s, v, b, f, verdict in subjects
    ] + _cpu_call_rows(r)  # fmt: skip


def _cpu_call_rows(r: Results) -> list[Row]:
    """Per call over aiohttp, and the client's CPU per call of each, against the default."""
    calls = r["per_call"]
    title = f"Per call ({r['calls']} seq.)"
    aio, floor = med(calls["aiohttp"]), med(calls["raw"])
    cpu = {name: med(calls[f"cpu {name}"]) for name in ("ours", "aiohttp", "raw")}
    return [
        Row(title, "ours over aiohttp: get_user", f"{aio:.0f} µs", "raw httpx 0.28 (floor)",
            f"{floor:.0f} µs", f"{aio / floor:.2f}x"),
        Row("Client CPU per call", "ours: get_user", f"{cpu['ours']:.0f} µs", "raw httpx 0.28",
            f"{cpu['raw']:.0f} µs", f"{cpu['ours'] / cpu['raw']:.2f}x"),
        Row("Client CPU per call", "ours over aiohttp: get_user", f"{cpu['aiohttp']:.0f} µs",
            "ours over httpx (default)", f"{cpu['ours']:.0f} µs",
            f"{cpu['aiohttp'] / cpu['ours']:.2f}x"),
    ]  # fmt: skip


def _other_rows(r: Results, parse_goal: Goal, goal: Goal, aio_goal: Goal) -> list[Row]:
    parse, pages, users = r["parsing"], r["pagination"], f"{r['total_users']:,} users"
    tokens = token_requests(r)
    verdict = f"= 1: {'met' if single_flight_met(r) else 'NOT met'}"
    rows = [
        Row("Parsing", "100-user page to User models", f"{med(parse['models']):.0f} µs",
            "json.loads alone", f"{med(parse['json']):.0f} µs",
            f"{ratio(parse['models'], parse['json']):.2f}x", parse_goal.verdict,
            BEFORE[("Parsing", "100-user page to User models")]),
        Row("Pagination", f"{users}, concurrency=8", f"{med(pages['8']):.2f} s", "concurrency=1",
            f"{med(pages['1']):.2f} s", f"{goal.value:.2f}x faster", goal.verdict,
            BEFORE[("Pagination", "concurrency=8")]),
        Row("Pagination", f"{users}, concurrency=8, over aiohttp",
            f"{med(pages['aiohttp 8']):.2f} s", "concurrency=1, over aiohttp",
            f"{med(pages['aiohttp 1']):.2f} s", f"{aio_goal.value:.2f}x faster",
            aio_goal.verdict),
        Row("Token single flight", f"{r['concurrent_calls']:,} concurrent calls, fresh client",
            f"{med([float(t) for t in tokens]):.0f} token request", "token requests per run",
            ", ".join(map(str, tokens)), "", verdict),
    ]  # fmt: skip
    for concurrency, runs in r["memory"].items():
        peak = med([m["peak_mib"] for m in runs])
        before = med([m["baseline_mib"] for m in runs])
        growth = med([m["peak_mib"] - m["baseline_mib"] for m in runs])
        rows.append(Row("Memory, peak RSS", f"paging {users}, concurrency={concurrency}",
                        f"{peak:.1f} MiB", "RSS before paging", f"{before:.1f} MiB",
                        f"+{growth:.1f} MiB", "",
                        _before("Memory, peak RSS", f"concurrency={concurrency}")))  # fmt: skip
    return rows


REAL_CLIENTS = {
    "ours": "ours (httpx)",
    "ours-aiohttp": "ours over aiohttp",
    "node": "@logto/api (Node SDK)",
}


def real_rows(real: dict[str, Any]) -> list[Row]:
    """The real-server section: wall and client CPU of each client against raw httpx."""
    if "samples" not in real:
        return [Row("Real Logto", f"skipped: {real.get('skipped', '')}", "", "", "", "")]
    samples, users, gets = real["samples"], f"{real['users']:,}", f"{real['gets']:,}"
    workloads = {
        "page 1": f"Real Logto: page {users} users, sequential",
        "page 8": f"Real Logto: page {users} users, concurrency=8",
        "get": f"Real Logto: {gets} get_user, sequential",
    }

    def both(client: str, workload: str) -> tuple[float, float]:
        pairs = samples[client][workload]
        return med([p[0] for p in pairs]), med([p[1] for p in pairs])

    rows = []
    for workload, title in workloads.items():
        raw_wall, raw_cpu = both("raw", workload)
        for client, subject in REAL_CLIENTS.items():
            if client not in samples:
                continue
            wall, cpu = both(client, workload)
            rows.append(Row(title, subject, f"{wall:.2f} s (CPU {cpu:.2f} s)",
                            "raw httpx, same token", f"{raw_wall:.2f} s (CPU {raw_cpu:.2f} s)",
                            f"{wall / raw_wall:.2f}x (CPU {cpu / raw_cpu:.2f}x)"))  # fmt: skip
    return rows


def rows(r: Results) -> list[Row]:
    """The table, top to bottom."""
    imp, call, parse, pages, aio = goals(r)
    return [
        *_import_rows(r, imp),
        *_call_rows(r, call),
        *_other_rows(r, parse, pages, aio),
        *real_rows(r["real"]),
    ]


def table(table_rows: list[Row]) -> str:
    """A Markdown table, padded so that it also reads in a terminal."""
    cells = [astuple(row) for row in [HEADER, *table_rows]]
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADER.__dict__))]

    def line(values: tuple[str, ...]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(cells[0]), rule, *(line(c) for c in cells[1:])])
