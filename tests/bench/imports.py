"""Cold import cost: every sample is a fresh interpreter that times one ``import`` statement.

The time is taken inside the interpreter (``time.perf_counter`` around the import), so the
interpreter's own start-up is not counted. Bytecode caches exist (a discarded first round writes
them), as they do after any install. ``-I`` keeps ``PYTHON*`` variables and the user's site out.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

_PROBE = "import time; _t = time.perf_counter(); import {modules}; print(time.perf_counter() - _t)"


# key -> (which interpreter: "ours" or "peers", the modules imported). Each peer's operation
# import is compared with the import of its own runtime dependencies, in its own environment.
CASES: dict[str, tuple[str, str]] = {
    "deps": ("ours", "httpx, attrs, dateutil.parser"),
    "list_users": ("ours", "logto_management_api.api.users.list_users"),
    "layer": ("ours", "logto_management, logto_management_api.api.users.list_users"),
    "logto-admin deps": ("peers", "httpx, attrs, dateutil.parser"),
    "logto-admin": ("peers", "logto_admin.api.users.get_api_users"),
    "py-logto deps": ("peers", "urllib3, dateutil.parser, pydantic.main"),
    "py-logto": ("peers", "py_logto.api.users_api"),
}


@dataclass(frozen=True)
class ImportCase:
    """``import {modules}`` run by ``python``."""

    key: str
    python: Path
    modules: str


def _sample_ms(case: ImportCase) -> float:
    done = subprocess.run(
        [str(case.python), "-I", "-c", _PROBE.format(modules=case.modules)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench: import {case.modules} failed:\n{done.stderr.strip()}")
    return float(done.stdout.strip().splitlines()[-1]) * 1000


def cases(*, ours: Path, peers: Path) -> list[ImportCase]:
    """The `CASES`, with the project's and the peers' interpreters."""
    pythons = {"ours": ours, "peers": peers}
    return [ImportCase(key, pythons[env], modules) for key, (env, modules) in CASES.items()]


def measure(cases: list[ImportCase], *, rounds: int) -> dict[str, list[float]]:
    """``rounds`` samples (ms) per case, taken round-robin so that drift hits all alike."""
    for case in cases:
        _sample_ms(case)  # writes bytecode caches; not counted
    samples: dict[str, list[float]] = {case.key: [] for case in cases}
    for _ in range(rounds):
        for case in cases:
            samples[case.key].append(_sample_ms(case))
    return samples
