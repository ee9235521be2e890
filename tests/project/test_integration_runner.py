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
        self.script_env: list[dict[str, str]] = []
        self.pytest_env: dict[str, str] = {}
        self.modules: list[str] = []

    def run(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.scripts.append(Path(command[1]).name)
        self.script_env.append(kwargs["env"])
        return subprocess.CompletedProcess(command, 0, stdout=f"{self.env_file}\n")

    def call(self, command: list[str], **kwargs: Any) -> int:
        self.modules.append(command[2])  # python -m <module>
        if command[2] == "pytest":
            assert "addopts=" in command
            self.pytest_env = kwargs["env"]
        return 0


@pytest.fixture
def calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Calls:
    for name in (*NEEDED, "LOGTO_RELEASE", "LOGTO_PORT", "LOGTO_SERVER_STATE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LOGTO_SERVER_HOME", str(tmp_path / "home"))
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


def test_each_release_gets_its_own_ports_and_state(
    calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def status_ok(endpoint: str) -> bool:
        asked.append(endpoint)
        return False

    monkeypatch.setattr(runner, "status_ok", status_ok)
    for release in ("1.28.0", "1.42.0", "master"):
        monkeypatch.setenv("LOGTO_RELEASE", release)
        assert runner.main([]) == 0
    up = [
        env
        for script, env in zip(calls.scripts, calls.script_env, strict=True)
        if script == "up.sh"
    ]
    down = [
        env
        for script, env in zip(calls.scripts, calls.script_env, strict=True)
        if script == "down.sh"
    ]
    assert [env.get("LOGTO_RELEASE") for env in up] == ["1.28.0", "1.42.0", None]
    ports = [(env["LOGTO_PORT"], env["LOGTO_ADMIN_PORT"], env["LOGTO_PG_PORT"]) for env in up]
    assert len({p for trio in ports for p in trio}) == 9  # nine distinct ports
    assert "3001" not in {p for trio in ports for p in trio}  # not a developer's default server
    assert len({env["LOGTO_SERVER_STATE"] for env in up}) == 3
    assert down == up  # down.sh is told the same release, ports and state
    assert asked == [f"http://127.0.0.1:{trio[0]}" for trio in ports]


def test_an_unknown_release_is_refused(
    calls: Calls, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LOGTO_RELEASE", "1.0.0")
    assert runner.main([]) == 2
    assert calls.scripts == []
    assert "1.28.0" in capsys.readouterr().out


def test_demo_runs_after_the_suite_against_the_same_server(
    calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "status_ok", lambda _endpoint: False)
    assert runner.main(["--demo", "-x"]) == 0
    assert calls.modules == ["pytest", "examples.run_demo"]
    assert calls.scripts == ["up.sh", "down.sh"]
