"""The pytest plugin: loaded through its entry point, and the testing guide's example passes.

The testing guide's complete test file (docs/guides/testing.md) is written to an empty folder
(no conftest, no configuration) and run by a separate pytest process with the installed
package: what a user gets after ``pip install ".[testing]"``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from logto_management import ManagementApiClient
from logto_management.testing import LogtoDouble, LogtoServer
from logto_management_api.api.users import get_user, list_users

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "docs" / "guides" / "testing.md"


def _readme_test_file() -> str:
    blocks: list[str] = re.findall(r"```python\n(.*?)```", GUIDE.read_text(), re.DOTALL)
    found = [b for b in blocks if b.startswith("# test_signup.py\n")]
    assert len(found) == 1, "the testing guide's complete test file is missing"
    return str(found[0])


def _assert_readme_example_passes(
    python: str | Path, folder: Path, *pytest_args: str, env: dict[str, str] | None = None
) -> None:
    """Write the testing guide's test file into ``folder`` and run it there with ``python``'s pytest
    (``env=None``: this process's environment)."""
    (folder / "test_signup.py").write_text(_readme_test_file())
    result = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout, result.stdout


def test_the_plugin_is_registered_for_pytest() -> None:
    names = {e.value for e in entry_points(group="pytest11")}
    assert "logto_management.testing.pytest_plugin" in names


def test_the_readme_example_passes_in_a_bare_folder(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "PYTHONPATH"))}
    _assert_readme_example_passes(sys.executable, tmp_path, "test_signup.py", env=env)


@pytest.mark.skipif(
    os.environ.get("LOGTO_TEST_FRESH_VENV") != "1",
    reason="builds a fresh venv from the package index (about 40 s): LOGTO_TEST_FRESH_VENV=1",
)
def test_the_readme_example_passes_after_pip_install_testing(tmp_path: Path) -> None:
    """The whole promise: a new venv, ``pip install ".[testing]"``, ``pytest``; nothing else."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "-q", f"{REPO}[testing]"]
    subprocess.run(install, check=True, timeout=600, capture_output=True)
    project = tmp_path / "project"
    project.mkdir()
    _assert_readme_example_passes(python, project)


def test_the_loopback_server_fixture(logto_double: LogtoDouble, logto_server: LogtoServer) -> None:
    assert logto_server.double is logto_double
    assert "secret" not in repr(logto_server).lower()
    with logto_server.client() as client, pytest.raises(Exception, match="404"):
        get_user.sync("nobody", client=client)


async def test_fixtures_work_under_pytest_asyncio(
    logto_double: LogtoDouble, logto_client: ManagementApiClient
) -> None:
    user = logto_double.add_user(username="ada")
    async with logto_client as client:
        users = await list_users.asyncio(client=client)
    assert users is not None
    assert [u.id for u in users] == [user.id]
    assert logto_double.controls.token_requests == 1


def test_logto_server_is_exported_where_users_look_and_is_the_fixtures_type() -> None:
    import logto_management.testing as testing
    from logto_management.testing import pytest_plugin

    assert "LogtoServer" in testing.__all__
    assert pytest_plugin.LogtoServer is testing.LogtoServer
