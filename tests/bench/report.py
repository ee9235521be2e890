"""From raw samples to the table: medians, ratios and the goals.

Every figure is the median of its samples; every ratio divides two medians of the same run.
"""

from __future__ import annotations

import statistics
from dataclasses import astuple, dataclass
from typing import Any, TypedDict

from .imports import CASES
from .paging import CONFIGURATIONS

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
    ("Pagination", "concurrency=8"): "4.63x faster",  # a default install
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
    # µs per call: "ours" (default install), "aiohttp" (extras aiohttp and orjson), "raw";
    # "cpu NAME": the client's CPU µs per call
    per_call: dict[str, list[float]]
    peers: dict[str, list[float]]  # µs per call: "raw", "logto-admin", "py-logto"
    parsing: dict[str, list[float]]  # µs per page: "json", "models", "orjson models"
    # seconds: "PREFIX N" for the prefixes of paging.CONFIGURATIONS ("", "orjson ", "aiohttp ")
    # and "raw " (raw httpx + json.loads, the floor), N in 1, 8; client CPU: "cpu PREFIX N"
    pagination: dict[str, list[float]]
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


# The paging configurations (sample-key prefix -> name in the table and the goals).
PAGING = {prefix: name for prefix, name, _backend, _orjson in CONFIGURATIONS}


def _paging_goal(r: Results, prefix: str) -> Goal:
    pages = r["pagination"]
    speedup = ratio(pages[f"{prefix}1"], pages[f"{prefix}8"])
    busy = med(pages[f"cpu {prefix}8"]) / med(pages[f"{prefix}8"])
    name = "pagination" + (f", {PAGING[prefix]}" if prefix else "")
    detail = (
        f"{PAGING[prefix]}: concurrency=8 is {speedup:.2f}x faster than concurrency=1; the "
        f"client used CPU {busy:.0%} of its time"
    )
    return Goal(name, speedup, 6.0, False, detail)


def goals(r: Results) -> list[Goal]:
    """The ratio goals (import and per call: issue 2 and 7; parsing and pagination: issue 15),
    pagination once per configuration."""
    imp = ratio(r["imports"]["list_users"], r["imports"]["deps"])
    call = ratio(r["per_call"]["ours"], r["per_call"]["raw"])
    parse = ratio(r["parsing"]["models"], r["parsing"]["json"])
    return [
        Goal("import", imp, 1.5, True, f"list_users import is {imp:.2f}x its dependencies'"),
        Goal("per call", call, 1.3, True, f"get_user is {call:.2f}x raw httpx"),
        Goal("parsing", parse, 2.5, True, f"json.loads + User models is {parse:.2f}x json.loads"),
        *(_paging_goal(r, prefix) for prefix in PAGING),
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
    """Per call with the extras aiohttp and orjson, and the client's CPU per call of each,
    against the default install."""
    calls = r["per_call"]
    title = f"Per call ({r['calls']} seq.)"
    aio, floor = med(calls["aiohttp"]), med(calls["raw"])
    cpu = {name: med(calls[f"cpu {name}"]) for name in ("ours", "aiohttp", "raw")}
    return [
        Row(title, "ours, aiohttp + orjson: get_user", f"{aio:.0f} µs", "raw httpx 0.28 (floor)",
            f"{floor:.0f} µs", f"{aio / floor:.2f}x"),
        Row("Client CPU per call", "ours: get_user", f"{cpu['ours']:.0f} µs", "raw httpx 0.28",
            f"{cpu['raw']:.0f} µs", f"{cpu['ours'] / cpu['raw']:.2f}x"),
        Row("Client CPU per call", "ours, aiohttp + orjson: get_user",
            f"{cpu['aiohttp']:.0f} µs", "ours, default install", f"{cpu['ours']:.0f} µs",
            f"{cpu['aiohttp'] / cpu['ours']:.2f}x"),
    ]  # fmt: skip


def _paging_rows(r: Results, paging_goals: list[Goal]) -> list[Row]:
    pages, users = r["pagination"], f"{r['total_users']:,} users"
    rows = []
    for prefix, goal in zip(PAGING, paging_goals, strict=True):
        where = f", {PAGING[prefix]}" if prefix else ""
        rows.append(
            Row(
                "Pagination",
                f"{users}, concurrency=8{where}",
                f"{med(pages[f'{prefix}8']):.2f} s",
                f"concurrency=1{where}",
                f"{med(pages[f'{prefix}1']):.2f} s",
                f"{goal.value:.2f}x faster",
                goal.verdict,
                "" if prefix else BEFORE[("Pagination", "concurrency=8")],
            )
        )
    floor = ratio(pages["raw 1"], pages["raw 8"])
    busy = med(pages["cpu raw 8"]) / med(pages["raw 8"])
    rows.append(
        Row(
            "Pagination",
            f"{users}, concurrency=8, raw httpx + json.loads (floor)",
            f"{med(pages['raw 8']):.2f} s",
            "concurrency=1, raw httpx + json.loads",
            f"{med(pages['raw 1']):.2f} s",
            f"{floor:.2f}x faster (CPU {busy:.0%})",
        )
    )
    return rows  # fmt: skip


def _other_rows(r: Results, parse_goal: Goal, paging_goals: list[Goal]) -> list[Row]:
    parse, users = r["parsing"], f"{r['total_users']:,} users"
    tokens = token_requests(r)
    verdict = f"= 1: {'met' if single_flight_met(r) else 'NOT met'}"
    rows = [
        Row("Parsing", "100-user page to User models", f"{med(parse['models']):.0f} µs",
            "json.loads alone", f"{med(parse['json']):.0f} µs",
            f"{ratio(parse['models'], parse['json']):.2f}x", parse_goal.verdict,
            BEFORE[("Parsing", "100-user page to User models")]),
        Row("Parsing", "100-user page to User models, orjson installed",
            f"{med(parse['orjson models']):.0f} µs", "json.loads alone",
            f"{med(parse['json']):.0f} µs",
            f"{ratio(parse['orjson models'], parse['json']):.2f}x"),
        *_paging_rows(r, paging_goals),
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
    "ours-aiohttp": "ours, aiohttp + orjson",
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
    imp, call, parse, *paging = goals(r)
    return [
        *_import_rows(r, imp),
        *_call_rows(r, call),
        *_other_rows(r, parse, paging),
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
