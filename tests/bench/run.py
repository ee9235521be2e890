"""The benchmark runner behind ``make bench``.

1. Make sure the peers' venv and the chart venv exist (`tests.bench.envs`).
2. Cold imports, in fresh interpreters (`tests.bench.imports`); parsing, in a worker.
3. Serve the bench Logto (`tests.bench.server`) and run each client workload in a fresh worker
   process (`tests.bench.worker`, `tests.bench.peer_worker`).
4. Print the table; write ``.bench/results.json``, the chart and ``BENCHMARKS.md``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from . import document, envs, fleet, imports, panels, real, report
from .server import TOTAL_USERS, BenchLogto, serve
from .traffic import REPO_ROOT, recorded

HERE = Path(__file__).resolve().parent
CHART = HERE / "benchmarks.png"
OUTPUT = REPO_ROOT / "BENCHMARKS.md"
RESULTS = REPO_ROOT / ".bench" / "results.json"


@dataclass(frozen=True)
class Settings:
    """Repetitions and sizes; the whole run takes about five minutes on 2 cores."""

    import_rounds: int = 9  # cold-import samples per case
    calls: int = 300  # sequential calls per per-call sample
    call_reps: int = 7
    parse_reps: int = 7
    parse_loops: int = 200  # pages parsed per parsing sample
    pagination_reps: int = 9  # the VM's CPU speed swings (json.loads of a page: 250-475 µs)
    concurrent_calls: int = 1000
    flight_runs: int = 3
    memory_runs: int = 3
    real_users: int = 2000  # seeded on the real Logto, paged sequentially and 8 at a time
    real_gets: int = 500  # sequential get_user calls on the real Logto
    real_reps: int = 3  # samples per client (each in a fresh process)


SETTINGS = Settings()


def _json_from(command: list[str], what: str) -> Any:
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: {what} failed ({done.returncode}):\n{done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _worker(task: str, *args: str) -> Any:
    return _json_from([sys.executable, "-m", "tests.bench.worker", task, *args], task)


def _step(text: str) -> None:
    print(f"bench: {text}", flush=True)


def _served(peers_python: Path, s: Settings) -> dict[str, Any]:
    """The measurements that need the bench Logto."""
    app = BenchLogto()
    out: dict[str, Any] = {}
    with serve(app) as url:
        calls = ["--url", url, "--calls", str(s.calls), "--reps", str(s.call_reps)]
        _step(f"per call, {s.calls} sequential calls x {s.call_reps} (ours, raw httpx)")
        out["per_call"] = _worker("per-call", *calls)
        _step("per call, peers")
        peer_script = str(HERE / "peer_worker.py")
        peer_command = [str(peers_python), "-I", peer_script, url, str(s.calls), str(s.call_reps)]
        out["peers"] = _json_from(peer_command, "peer_worker")
        _step(f"token single flight, {s.concurrent_calls} concurrent calls")
        out["single_flight"] = []
        for _ in range(s.flight_runs):
            before = app.token_requests
            run = _worker("single-flight", "--url", url, "--calls", str(s.concurrent_calls))
            out["single_flight"].append({**run, "token_requests": app.token_requests - before})
        _step(f"pagination of {TOTAL_USERS:,} users, concurrency 1 and 8")
        paging = ["--url", url, "--expected", str(TOTAL_USERS)]
        both = ["--concurrency", "1", "--concurrency", "8"]
        reps = ["--reps", str(s.pagination_reps)]
        out["pagination"] = _worker("pagination", *paging, *both, *reps)
        _step("peak memory while paging")
        out["memory"] = {
            c: [_worker("memory", *paging, "--concurrency", c) for _ in range(s.memory_runs)]
            for c in ("1", "8")
        }
    return out


_PROBE_ENV = (
    "import importlib.util, httpx; "
    "print(httpx.__version__, importlib.util.find_spec('sniffio') is not None)"
)


def _environment(peers_python: Path, load: tuple[float, float, float]) -> str:
    """Where and with what the figures were taken; ``load`` is the load average at the start
    (on a machine shared with other work, wall-time figures are only comparable within a run)."""
    probe = [str(peers_python), "-I", "-c", _PROBE_ENV]
    peers_httpx, peers_sniffio = subprocess.run(
        probe, capture_output=True, text=True, check=True
    ).stdout.split()
    ours_sniffio = importlib.util.find_spec("sniffio") is not None
    return (
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"ours with httpx {metadata.version('httpx')} (sniffio installed: {ours_sniffio}), "
        f"logto-admin 1.0.0 and py-logto 2.0.0 with httpx {peers_httpx} "
        f"(sniffio installed: {peers_sniffio}) in `.peers/venv`. Load average at the start "
        f"{load[0]:.2f} and at the end {os.getloadavg()[0]:.2f} (1 minute)."
    )


def _measure(peers_python: Path, s: Settings) -> report.Results:
    _step(f"cold imports, {s.import_rounds} rounds")
    cases = imports.cases(ours=Path(sys.executable), peers=peers_python)
    import_samples = imports.measure(cases, rounds=s.import_rounds)
    _step("parsing")
    parsing = _worker("parsing", "--reps", str(s.parse_reps), "--loops", str(s.parse_loops))
    served = _served(peers_python, s)
    _step("real-server section")
    real_results = real.measure(users=s.real_users, gets=s.real_gets, reps=s.real_reps)
    return report.Results(
        imports=import_samples,
        parsing=parsing,
        per_call=served["per_call"],
        peers=served["peers"],
        single_flight=served["single_flight"],
        pagination=served["pagination"],
        memory=served["memory"],
        calls=s.calls,
        concurrent_calls=s.concurrent_calls,
        total_users=TOTAL_USERS,
        real=real_results,
    )


def _chart(chart_python: Path, results: report.Results) -> None:
    """Write ``.bench/results.json`` (raw samples and panels) and draw the chart from it."""
    when = f"{datetime.now(UTC):%Y-%m-%d}"
    subtitle = f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {when}"
    data = {"panels": panels.panels(results), "subtitle": subtitle, "results": results}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(data, indent=1), encoding="utf-8")
    command = [str(chart_python), "-I", str(HERE / "chart.py"), str(RESULTS), str(CHART)]
    subprocess.run(command, check=True)


SECTIONS = ("parsing", "pagination", "real")


def section(name: str, s: Settings = SETTINGS) -> int:
    """``python -m tests.bench NAME``: one section alone, printed (BENCHMARKS.md is untouched)."""
    if name == "parsing":
        samples = _worker("parsing", "--reps", str(s.parse_reps), "--loops", str(s.parse_loops))
        json_us, models_us = report.med(samples["json"]), report.med(samples["models"])
        orjson_us = report.med(samples["orjson models"])
        print(f"parsing: json.loads {json_us:.0f} µs, + User models {models_us:.0f} µs: "
              f"{models_us / json_us:.2f}x (goal <= 2.5x); with orjson {orjson_us:.0f} µs: "
              f"{orjson_us / json_us:.2f}x")  # fmt: skip
    elif name == "pagination":
        with serve(BenchLogto()) as url:
            pages = _worker(
                "pagination", "--url", url, "--expected", str(TOTAL_USERS), "--concurrency", "1",
                "--concurrency", "8", "--reps", str(s.pagination_reps),
            )  # fmt: skip
        for prefix, name in report.PAGING.items():
            one, eight = report.med(pages[f"{prefix}1"]), report.med(pages[f"{prefix}8"])
            cpu = report.med(pages[f"cpu {prefix}8"])
            print(f"pagination, {name}: concurrency=1 {one:.2f} s, concurrency=8 {eight:.2f} s "
                  f"(client CPU {cpu:.2f} s): {one / eight:.2f}x faster (goal >= 6x)")  # fmt: skip
        one, eight = report.med(pages["raw 1"]), report.med(pages["raw 8"])
        print(f"pagination floor, raw httpx + json.loads: concurrency=1 {one:.2f} s, "
              f"concurrency=8 {eight:.2f} s: {one / eight:.2f}x faster")  # fmt: skip
    else:
        results = real.measure(users=s.real_users, gets=s.real_gets, reps=s.real_reps)
        print(report.table(report.real_rows(results)))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Everything (no argument), or the sections named (see `SECTIONS`)."""
    names = sys.argv[1:] if argv is None else argv
    unknown = sorted(set(names) - set(SECTIONS))
    if unknown:
        raise SystemExit(f"bench: unknown section {unknown}; sections: {', '.join(SECTIONS)}")
    if names:
        recorded()
        return max(section(name) for name in names)
    started, load = time.monotonic(), os.getloadavg()
    recorded()  # fail early when the recorded traffic is missing
    peers_python = envs.ensure(envs.PEERS)
    chart_python = envs.ensure(envs.CHART)
    results = _measure(peers_python, SETTINGS)
    table = report.table(report.rows(results))
    print(table, flush=True)
    _chart(chart_python, results)
    summary = report.summary(results)
    seconds = time.monotonic() - started
    text = document.render(
        results=results,
        table=table,
        summary=summary,
        chart=CHART.relative_to(REPO_ROOT).as_posix(),
        environment=_environment(peers_python, load),
        seconds=seconds,
        settings=asdict(SETTINGS),
    )
    OUTPUT.write_text(text, encoding="utf-8")
    for line in summary:
        _step(f"goal {line}")
    _step("fleet: 8 processes sharing a token and a budget through Redis (make bench-fleet)")
    fleet_result = fleet.run()
    if fleet_result is not None:
        print("\n".join(fleet_result.lines()), flush=True)
        with OUTPUT.open("a", encoding="utf-8") as out:
            out.write("\n" + fleet_result.markdown())
    _step(f"wrote {OUTPUT.name} and {CHART.relative_to(REPO_ROOT)} in {seconds:.0f} s")
    return 0
