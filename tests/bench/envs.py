"""The bench's own virtual environments, created from pinned lock files when missing.

* ``.peers/venv``: the peers (``peers.lock``), so that their measurements run with the
  dependencies they pin (logto-admin needs httpx < 0.28) and nothing of ours.
* ``.bench/chart-venv``: matplotlib (``chart.lock``) to draw the chart, kept out of
  ``requirements/dev.lock`` so that ``make install`` and CI do not carry it.

Both folders are git-ignored. A venv is rebuilt from scratch when its lock file changes (the
lock's sha256 is stamped inside it), so a fresh clone and a stale machine end up alike.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .traffic import REPO_ROOT

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Env:
    """A virtual environment at ``path`` holding what ``lock`` pins."""

    name: str
    path: Path
    lock: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"


PEERS = Env("peers", REPO_ROOT / ".peers" / "venv", HERE / "peers.lock")
CHART = Env("chart", REPO_ROOT / ".bench" / "chart-venv", HERE / "chart.lock")


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-20:])
        raise SystemExit(f"bench: {what} failed ({done.returncode}):\n{tail}")


def ensure(env: Env) -> Path:
    """The interpreter of ``env``, after creating or rebuilding it if needed."""
    digest = hashlib.sha256(env.lock.read_bytes()).hexdigest()
    stamp = env.path / ".bench-lock-sha256"
    if env.python.exists() and stamp.is_file() and stamp.read_text().strip() == digest:
        return env.python
    rel = env.path.relative_to(REPO_ROOT)
    print(f"bench: creating {rel} from {env.lock.relative_to(REPO_ROOT)} ...", flush=True)
    _run([sys.executable, "-m", "venv", "--clear", str(env.path)], f"creating {rel}")
    _run(
        [
            str(env.python),
            *("-m", "pip", "install", "--quiet", "--disable-pip-version-check"),
            *("--no-input", "-r", str(env.lock)),
        ],
        f"installing {env.lock.name} into {rel}",
    )
    stamp.write_text(digest + "\n")
    return env.python
