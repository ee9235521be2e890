"""``make integration``'s runner: which Logto it uses, and that it never stops a shared one."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from integration import __main__ as runner

NEEDED = ("LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET")


class Calls:
    """Stand-ins for the subprocesses: up.sh prints an env file, pytest "passes"."""

    def __init__(self, env_file: Path) -> None:
        self.env_file = env_file
        self.scripts: list[str] = []
        self.pytest_env: dict[str, str] = {}

    def run(self, command: list[str], **_kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.scripts.append(Path(command[-1]).name)
        return subprocess.CompletedProcess(command, 0, stdout=f"{self.env_file}\n")

    def call(self, command: list[str], **kwargs: Any) -> int:
        assert "addopts=" in command
        self.pytest_env = kwargs["env"]
        return 0


@pytest.fixture
def calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Calls:
    for name in NEEDED:
        monkeypatch.delenv(name, raising=False)
    server = tmp_path / "logto-server"
    server.mkdir()
    (server / "up.sh").write_text("")
    env_file = tmp_path / "logto.env"
    env_file.write_text("LOGTO_ENDPOINT=http://127.0.0.1:3001\nLOGTO_APP_ID=app\n")
    fake = Calls(env_file)
    monkeypatch.setattr(runner, "SERVER", server)
    monkeypatch.setattr(subprocess, "run", fake.run)
    monkeypatch.setattr(subprocess, "call", fake.call)
    return fake


def test_a_server_this_run_started_is_stopped(
    calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "status_ok", lambda _endpoint: False)
    assert runner.main([]) == 0
    assert calls.scripts == ["up.sh", "down.sh"]
    assert calls.pytest_env["LOGTO_APP_ID"] == "app"


def test_a_server_that_was_running_is_left_running(
    calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "status_ok", lambda _endpoint: True)
    assert runner.main([]) == 0
    assert calls.scripts == ["up.sh"]


def test_the_users_own_logto_is_used_as_is(calls: Calls, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in NEEDED:
        monkeypatch.setenv(name, "x")
    assert runner.main([]) == 0
    assert calls.scripts == []


def test_without_any_logto_it_skips_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in NEEDED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(runner, "SERVER", tmp_path / "absent")
    assert runner.main([]) == 0
    assert capsys.readouterr().out.startswith("integration: SKIPPED, no real Logto")
