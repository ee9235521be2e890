"""Parsing a recorded-format 100-user page into models, against ``json.loads`` alone."""

from __future__ import annotations

import json
import time

from logto_management_api.models import User

from .traffic import page_body

PAGE_SIZE = 100


def parsing(*, reps: int, loops: int) -> dict[str, list[float]]:
    """µs per 100-user page: ``json.loads`` alone, and ``json.loads`` + ``User.from_dict`` each."""
    body = page_body(1, PAGE_SIZE, PAGE_SIZE)

    def loads_only() -> None:
        json.loads(body)

    def to_models() -> None:
        users = [User.from_dict(item) for item in json.loads(body)]
        if len(users) != PAGE_SIZE:
            raise RuntimeError("wrong page")

    samples: dict[str, list[float]] = {"json": [], "models": []}
    to_models()  # warm up
    for _ in range(reps):
        for name, work in (("json", loads_only), ("models", to_models)):
            start = time.perf_counter_ns()
            for _ in range(loops):
                work()
            samples[name].append((time.perf_counter_ns() - start) / loops / 1000)
    return samples
