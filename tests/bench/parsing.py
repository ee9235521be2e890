"""Parsing a recorded-format 100-user page into models, against ``json.loads`` alone."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from logto_management_api.models import User
from logto_management_api.types import json_loads

from .calls import use_orjson
from .traffic import page_body

PAGE_SIZE = 100


def parsing(*, reps: int, loops: int) -> dict[str, list[float]]:
    """µs per 100-user page: ``json.loads`` alone (``"json"``), ``json.loads`` + ``User.from_dict``
    each (``"models"``), and what the client does with orjson installed: ``types.json_loads``
    (orjson, after its check for long numbers) + ``User.from_dict`` (``"orjson models"``)."""
    body = page_body(1, PAGE_SIZE, PAGE_SIZE)

    def loads_only() -> None:
        json.loads(body)

    def models_with(loads: Callable[[bytes], Any]) -> Callable[[], None]:
        def to_models() -> None:
            users = [User.from_dict(item) for item in loads(body)]
            if len(users) != PAGE_SIZE:
                raise RuntimeError("wrong page")

        return to_models

    use_orjson(True)
    work_by_name = [
        ("json", loads_only),
        ("models", models_with(json.loads)),
        ("orjson models", models_with(json_loads)),
    ]
    samples: dict[str, list[float]] = {name: [] for name, _ in work_by_name}
    for _name, work in work_by_name:
        work()  # warm up
    for _ in range(reps):
        for name, work in work_by_name:
            start = time.perf_counter_ns()
            for _ in range(loops):
                work()
            samples[name].append((time.perf_counter_ns() - start) / loops / 1000)
    return samples
