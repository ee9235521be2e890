"""The fleet benchmark: many replicas, one Redis, one token and one rate budget.

``python -m tests.bench.fleet`` (``make bench-fleet``; also the last section of ``make bench``)
starts a redis-server on a free loopback port and the project's Logto double on loopback, then
PROCESSES replicas (`tests.bench.fleet_worker`), each keeping CONCURRENCY calls going for SECONDS
with a `RedisTokenCache` and a `RedisRateLimiter` of BUDGET requests per second. The double
stamps every API request as it arrives (one clock for all replicas). Reported, with the goals:

* token requests the fleet made (goal: 1);
* the most requests the replicas' limiters let go in any window of the budget's length (goal:
  <= BUDGET), stamped on ``time.monotonic()``, one clock for all processes of a Linux machine;
* throughput: requests let go in the SECONDS after the start signal, as a share of the budget
  (goal: >= 90%; the limiter's tolerance costs 5% at one-second windows);
* for information, the most requests that *arrived* at the stand-in in any such window: on a
  busy machine, requests let go on time can be delayed on their way by different amounts, so
  this can exceed the budget by the few that bunch up. Against Logto Cloud, leave a margin.
"""

from __future__ import annotations

import bisect
import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from logto_management.testing import LogtoDouble

from .redis_server import RedisServer, find_binary, free_port
from .server import serve

PROCESSES = 8
CONCURRENCY = 8
BUDGET = 50  # requests per second, for the whole fleet
SECONDS = 6
WINDOW = 1.0

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class Stamped:
    """The double, noting when each ``/api`` request arrives."""

    def __init__(self, double: LogtoDouble) -> None:
        self.double = double
        self.arrivals: list[float] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/api/"):
            self.arrivals.append(time.monotonic())
        await self.double(scope, receive, send)


@dataclass(frozen=True)
class FleetResult:
    processes: int
    budget: int
    seconds: int
    token_requests: int
    max_in_window: int
    max_arrived: int
    share: float
    calls: int
    failed: int
    rebooked: int
    load: float

    def lines(self) -> list[str]:
        return [
            f"fleet: {self.processes} processes x {CONCURRENCY} concurrent calls, one Redis, "
            f"budget {self.budget} requests/s, {self.seconds} s, {self.calls} calls "
            f"({self.failed} failed), load average {self.load:.1f} on {os.cpu_count()} CPUs",
            f"fleet: token requests {self.token_requests} (goal: 1)",
            f"fleet: most requests in any {WINDOW:g} s window {self.max_in_window} "
            f"(goal: <= {self.budget}); as they arrived at the stand-in: {self.max_arrived}",
            f"fleet: throughput {self.share:.1%} of the budget (goal: >= 90%); slots left "
            f"unused by late wakers: {self.rebooked}",
        ]

    def markdown(self) -> str:
        rows = [
            ("token requests", str(self.token_requests), "1"),
            (f"most requests in any {WINDOW:g} s", str(self.max_in_window), f"<= {self.budget}"),
            ("throughput, share of the budget", f"{self.share:.1%}", ">= 90%"),
            (f"most arrivals at the stand-in in any {WINDOW:g} s", str(self.max_arrived), "-"),
            ("slots left unused by late wake-ups", str(self.rebooked), "-"),
        ]
        table = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
        return (
            "## Fleet: many replicas, one Redis\n\n"
            f"{self.processes} processes, each with {CONCURRENCY} concurrent calls, share one "
            f"token and a budget of {self.budget} requests per second through Redis "
            f"(`make bench-fleet`; {self.seconds} s, {self.calls} calls, {self.failed} failed; "
            f"load average {self.load:.1f} on {os.cpu_count()} CPUs).\n\n"
            f"| figure | measured | goal |\n| --- | --- | --- |\n{table}\n"
        )


def _max_in_window(times: list[float], window: float) -> int:
    best = 0
    for i, start in enumerate(times):  # the busiest window starts with a request
        best = max(best, bisect.bisect_left(times, start + window, lo=i) - i)
    return best


def run() -> FleetResult | None:
    binary = find_binary()
    if binary is None:
        print("fleet: skipped, no redis-server (make bench-fleet installs it as root)")
        return None
    redis = RedisServer(binary, free_port())
    redis.start()
    try:
        return _run(Stamped(LogtoDouble()), redis)
    finally:
        redis.stop()


def _run(app: Stamped, redis: RedisServer) -> FleetResult:
    double = app.double
    with serve(app) as url:  # type: ignore[arg-type]  # it serves any ASGI app
        env = {
            **os.environ,
            "LOGTO_ENDPOINT": url,
            "LOGTO_APP_ID": double.app_id,
            "LOGTO_APP_SECRET": double.app_secret,
            "REDIS_URL": redis.url,
            "BUDGET": str(BUDGET),
            "CONCURRENCY": str(CONCURRENCY),
            "SECONDS": str(SECONDS),
        }
        command = [sys.executable, "-m", "tests.bench.fleet_worker"]
        workers = [
            subprocess.Popen(
                command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
            )
            for _ in range(PROCESSES)
        ]
        for worker in workers:
            assert worker.stdout is not None
            if worker.stdout.readline().strip() != "ready":
                raise SystemExit("fleet: a worker failed to start")
        # The warm-up calls filled the budget: let one window go by so that the run starts with
        # the whole budget, as a fleet that was idle for a moment would.
        time.sleep(WINDOW)
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = []
        for worker in workers:
            out, _ = worker.communicate(timeout=120)
            if worker.returncode != 0:
                raise SystemExit(f"fleet: a worker failed ({worker.returncode})")
            results.append(json.loads(out.strip().splitlines()[-1]))
    starts = sorted(t for r in results for t in r["starts"])
    go = min(r["go"] for r in results)
    in_run = bisect.bisect_left(starts, go + SECONDS) - bisect.bisect_left(starts, go)
    return FleetResult(
        processes=PROCESSES,
        budget=BUDGET,
        seconds=SECONDS,
        token_requests=double.controls.token_requests,
        max_in_window=_max_in_window(starts, WINDOW),
        max_arrived=_max_in_window(sorted(app.arrivals), WINDOW),
        share=in_run / (BUDGET * SECONDS / WINDOW),
        calls=sum(r["calls"] for r in results),
        failed=sum(r["failed"] for r in results),
        rebooked=sum(r["rebooked"] for r in results),
        load=os.getloadavg()[0],
    )


def main() -> int:
    result = run()
    if result is not None:
        for line in result.lines():
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
