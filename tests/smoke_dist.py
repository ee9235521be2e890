"""`make dist`'s last step: the built wheel, installed into a fresh virtual environment, works.

``python -m tests.smoke_dist dist`` creates a virtual environment in a temporary folder, with
nothing of the checkout on its path (with the interpreter ``SMOKE_PYTHON`` names, this one by
default), installs ``dist/*.whl`` with the ``testing`` extra from the package index, and there:
imports both packages and checks the version, makes one call through a client against the Logto
double, and runs a test file that uses the pytest plugin's fixtures, which pytest must load from
the wheel's entry point by itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

SMOKE = """
import asyncio

import logto_management
import logto_management_api
from logto_management import create_management_api
from logto_management.testing import LogtoDouble
from logto_management_api.models import CreateUserBody

assert "site-packages" in logto_management.__file__, logto_management.__file__
assert "site-packages" in logto_management_api.__file__, logto_management_api.__file__
print("logto-management", logto_management.__version__, "for", logto_management.SUPPORTED_LOGTO)


async def main() -> None:
    logto = LogtoDouble()
    async with create_management_api(
        "default",
        client_id=logto.app_id,
        client_secret=logto.app_secret,
        base_url="http://logto.test",
        allow_insecure_http=True,
        httpx_args={"transport": logto.transport()},
    ) as client:
        user = await client.users.create(body=CreateUserBody(username="smoke"))
        assert (await client.users.get(user.id)).username == "smoke"
    print("a client against the double: created and read user", user.id)


asyncio.run(main())
"""

PLUGIN_TEST = """
def test_the_plugin_gives_a_double(logto_double):
    assert logto_double.add_user(username="ada").username == "ada"
"""


def run(command: list[str], cwd: Path) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=cwd, check=True)


def main(dist: str) -> int:
    (wheel,) = Path(dist).resolve().glob("*.whl")
    with tempfile.TemporaryDirectory(prefix="logto-dist-") as folder:
        work = Path(folder)
        interpreter = os.environ.get("SMOKE_PYTHON") or sys.executable
        run([interpreter, "-m", "venv", str(work / "venv")], work)
        python = str(work / "venv" / "bin" / "python")
        run([python, "-c", "import sys; print('Python', sys.version.split()[0])"], work)
        pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        run([*pip, f"{wheel}[testing]"], work)
        (work / "smoke.py").write_text(SMOKE, encoding="utf-8")
        run([python, "-I", "smoke.py"], work)  # -I: not even the working folder on sys.path
        (work / "test_plugin.py").write_text(textwrap.dedent(PLUGIN_TEST), encoding="utf-8")
        run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_plugin.py"], work)
    print(f"smoke test of {wheel.name}: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
