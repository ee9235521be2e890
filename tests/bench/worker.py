"""``python -m tests.bench.worker TASK [--url URL] [...]``: one client-side workload, as JSON.

The benchmark runner starts this in a fresh process of the project's virtual environment for
each workload, while it serves the bench Logto itself; the last line printed is the result.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

from . import calls, paging, parsing


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.worker")
    parser.add_argument(
        "task", choices=["per-call", "single-flight", "pagination", "memory", "parsing"]
    )
    parser.add_argument("--url", default="")
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--loops", type=int, default=200)
    parser.add_argument("--concurrency", type=int, action="append", default=[])
    parser.add_argument("--expected", type=int, default=0)
    return parser


def run(args: argparse.Namespace) -> Any:
    """The result of the task ``args`` name."""
    if args.task == "per-call":
        return asyncio.run(calls.per_call(args.url, calls=args.calls, reps=args.reps))
    if args.task == "single-flight":
        return asyncio.run(calls.single_flight(args.url, calls=args.calls))
    if args.task == "pagination":
        return asyncio.run(
            paging.pagination(
                args.url, concurrencies=args.concurrency, reps=args.reps, expected=args.expected
            )
        )
    if args.task == "memory":
        (concurrency,) = args.concurrency
        return asyncio.run(paging.memory(args.url, concurrency=concurrency, expected=args.expected))
    return parsing.parsing(reps=args.reps, loops=args.loops)


def main() -> None:
    print(json.dumps(run(_parser().parse_args())))


if __name__ == "__main__":
    main()
