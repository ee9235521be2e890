"""``make integration``: the client against a real Logto.

Which Logto:
1. yours, when ``LOGTO_ENDPOINT``, ``LOGTO_APP_ID`` and ``LOGTO_APP_SECRET`` are set (e.g. the
   official Docker image with a machine-to-machine app that has the Management API role);
2. otherwise the one ``../shared/logto-server/up.sh`` builds and starts. It is stopped afterwards
   with ``down.sh`` only if this run started it: other people may share a running one.
3. Where neither is available, it prints a SKIPPED line and exits 0.

Extra arguments go to pytest (``python -m tests.integration -k sweep -x``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SERVER = Path(os.environ.get("LOGTO_SERVER_DIR", REPO.parent / "shared" / "logto-server"))
NEEDED = ("LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET")


def status_ok(endpoint: str) -> bool:
    """Whether a Logto answers ``GET /api/status`` there (204) right now."""
    try:
        with urllib.request.urlopen(f"{endpoint.rstrip('/')}/api/status", timeout=3) as answer:
            return bool(answer.status == 204)
    except (OSError, urllib.error.URLError):
        return False


def read_env_file(path: str) -> dict[str, str]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def run_pytest(env: dict[str, str], args: list[str]) -> int:
    # --tb=short: long tracebacks print fixture values, and logto_env holds the app secret.
    command = [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-rs", "--tb=short"]
    command += ["-p", "tests.integration._report", "tests/integration", *args]
    return subprocess.call(command, cwd=REPO, env={**os.environ, **env})


def main(args: list[str]) -> int:
    if all(os.environ.get(name) for name in NEEDED):
        print(f"integration: against {os.environ['LOGTO_ENDPOINT']} (LOGTO_* from the environment)")
        return run_pytest({}, args)
    up, down = SERVER / "up.sh", SERVER / "down.sh"
    if not up.is_file():
        print(
            "integration: SKIPPED, no real Logto: set LOGTO_ENDPOINT, LOGTO_APP_ID, "
            f"LOGTO_APP_SECRET, or put the logto-server folder at {SERVER}"
        )
        return 0
    port = os.environ.get("LOGTO_PORT", "3001")
    was_running = status_ok(f"http://127.0.0.1:{port}")
    print(
        f"integration: {'using the running' if was_running else 'starting the'} Logto of {SERVER}"
    )
    started = subprocess.run(["bash", str(up)], stdout=subprocess.PIPE, text=True, check=False)
    if started.returncode != 0:
        print(f"integration: FAILED, {up} exited with {started.returncode}")
        return started.returncode
    env = read_env_file(started.stdout.strip().splitlines()[-1])
    env.setdefault("NO_PROXY", "127.0.0.1")
    try:
        return run_pytest(env, args)
    finally:
        if not was_running:
            print("integration: stopping the Logto this run started")
            subprocess.run(["bash", str(down)], check=False, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
