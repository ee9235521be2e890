"""``make integration``: the client against a real Logto.

Which Logto:
1. yours, when ``LOGTO_ENDPOINT``, ``LOGTO_APP_ID`` and ``LOGTO_APP_SECRET`` are set (e.g. the
   official Docker image with a machine-to-machine app that has the Management API role);
2. otherwise the one ``../shared/logto-server/up.sh`` builds and starts: ``LOGTO_RELEASE``
   (``1.28.0``, ``1.32.0``, ``1.36.0``, ``1.42.0``; unset or ``master``: the master build the
   client is generated from). Each release gets its own ports and state folder here
   (``RELEASE_PORTS``, ``state-integration-<release>``), so runs against several releases, and
   servers someone else started with the defaults, do not collide; ``LOGTO_PORT``,
   ``LOGTO_ADMIN_PORT``, ``LOGTO_PG_PORT`` and ``LOGTO_SERVER_STATE`` override them. It is
   stopped afterwards with ``down.sh`` only if this run started it.
3. Where neither is available, it prints a SKIPPED line and exits 0.

``--demo`` also runs ``examples/run_demo.py`` (``make demo``) against the same server. Other
arguments go to pytest (``python -m tests.integration -k sweep -x``).
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
# Core, admin and PostgreSQL ports of the server this runner starts, by release: apart from the
# defaults (3001/3002/54320) that developers' own servers use, and from each other.
RELEASE_PORTS: dict[str, tuple[int, int, int]] = {
    "master": (3301, 3302, 54350),
    "1.42.0": (3311, 3312, 54351),
    "1.36.0": (3321, 3322, 54352),
    "1.32.0": (3331, 3332, 54353),
    "1.28.0": (3341, 3342, 54354),
}


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


def run_demo(env: dict[str, str]) -> int:
    command = [sys.executable, "-m", "examples.run_demo"]
    return subprocess.call(command, cwd=REPO, env={**os.environ, **env})


def server_settings(release: str) -> dict[str, str]:
    """The variables up.sh and down.sh get for ``release``: its ports and state folder."""
    home = os.environ.get("LOGTO_SERVER_HOME") or str(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "logto-server"
    )
    core, admin, pg = RELEASE_PORTS[release]
    settings = {
        "LOGTO_SERVER_HOME": home,
        "LOGTO_PORT": os.environ.get("LOGTO_PORT") or str(core),
        "LOGTO_ADMIN_PORT": os.environ.get("LOGTO_ADMIN_PORT") or str(admin),
        "LOGTO_PG_PORT": os.environ.get("LOGTO_PG_PORT") or str(pg),
        "LOGTO_SERVER_STATE": os.environ.get("LOGTO_SERVER_STATE")
        or str(Path(home) / f"state-integration-{release}"),
    }
    if release != "master":
        settings["LOGTO_RELEASE"] = release
    return settings


def main(args: list[str]) -> int:
    demo = "--demo" in args
    args = [arg for arg in args if arg != "--demo"]
    if all(os.environ.get(name) for name in NEEDED):
        print(f"integration: against {os.environ['LOGTO_ENDPOINT']} (LOGTO_* from the environment)")
        code = run_pytest({}, args)
        return code or (run_demo({}) if demo else 0)
    up, down = SERVER / "up.sh", SERVER / "down.sh"
    if not up.is_file():
        print(
            "integration: SKIPPED, no real Logto: set LOGTO_ENDPOINT, LOGTO_APP_ID, "
            f"LOGTO_APP_SECRET, or put the logto-server folder at {SERVER}"
        )
        return 0
    release = os.environ.get("LOGTO_RELEASE", "").strip() or "master"
    if release not in RELEASE_PORTS:
        print(f"integration: LOGTO_RELEASE={release} is none of {', '.join(RELEASE_PORTS)}")
        return 2
    settings = server_settings(release)
    server_env = {k: v for k, v in os.environ.items() if k != "LOGTO_RELEASE"} | settings
    was_running = status_ok(f"http://127.0.0.1:{settings['LOGTO_PORT']}")
    what = "using the running" if was_running else "starting the"
    print(f"integration: {what} Logto {release} of {SERVER} on port {settings['LOGTO_PORT']}")
    env_file = Path(settings["LOGTO_SERVER_STATE"] + ".env")
    started = subprocess.run(
        ["bash", str(up), str(env_file)],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
        env=server_env,
    )
    if started.returncode != 0:
        print(f"integration: FAILED, {up} exited with {started.returncode}")
        return started.returncode
    env = read_env_file(started.stdout.strip().splitlines()[-1])
    env.setdefault("NO_PROXY", "127.0.0.1")
    try:
        code = run_pytest(env, args)
        return code or (run_demo(env) if demo else 0)
    finally:
        if not was_running:
            print(f"integration: stopping the Logto {release} this run started")
            subprocess.run(
                ["bash", str(down)], check=False, stdout=subprocess.DEVNULL, env=server_env
            )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
