"""The examples run against the Logto double: the scenarios in-process, the demo as `make demo`
runs it (a subprocess serving the double on loopback)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from examples import advanced_user_search, organization_admin_portal, user_profile_backend
from logto_management import ManagementApiClient
from spec.source import REPO_ROOT


@pytest.fixture
def client(double_client: ManagementApiClient) -> ManagementApiClient:
    return double_client


async def test_user_profile_backend(client: ManagementApiClient) -> None:
    lines = await user_profile_backend.run(client)
    assert "name='Ada Lovelace'" in lines[0]
    assert lines[1] == "custom data: {'preferences': {'theme': 'dark', 'language': 'en'}}"
    assert lines[2].endswith("refused")
    assert lines[3].endswith("done")


async def test_advanced_user_search(client: ManagementApiClient) -> None:
    lines = await advanced_user_search.run(client)
    assert lines[0].endswith(": 3 users")
    assert lines[1].endswith("['Alan Turing']")
    assert ": 3 (case-insensitive)" in lines[2]
    assert ": 0 (stored emails have capitals)" in lines[3]
    assert lines[4].endswith("['Ada Lovelace', 'Grace Hopper']")


async def test_organization_admin_portal(client: ManagementApiClient) -> None:
    lines = await organization_admin_portal.run(client)
    members = sorted(line.strip() for line in lines if line.strip().startswith("member"))
    assert len(members) == 2
    alice, bob = members
    tag = alice.removeprefix("member alice_")[:6]
    assert alice == f"member alice_{tag}: roles ['admin_{tag}']"
    assert bob == f"member bob_{tag}: roles []"
    assert any("(Pending)" in line for line in lines)


def test_make_demo_runs_the_quickstart_against_a_loopback_double() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGTO_")}
    run = subprocess.run(
        [sys.executable, "-W", "always::ResourceWarning", "-m", "examples.run_demo"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "ResourceWarning" not in run.stderr, run.stderr[-3000:]  # nothing left unclosed
    out = run.stdout
    assert "Logto test double at http://127.0.0.1:" in out
    assert "created users          300" in out
    assert "[##############################] 300/300" in out
    assert "0042 -> 1" in out
    assert "organization           5 members, 1 role, 1 invitation" in out
    assert "cleaned up             300 users" in out
    assert "1 token request(s); stopped" in out
