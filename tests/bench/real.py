"""The real-server section of ``make bench``: ours, raw httpx and Logto's Node SDK on a real Logto.

When ``LOGTO_ENDPOINT``, ``LOGTO_APP_ID`` and ``LOGTO_APP_SECRET`` are set, that Logto is used;
otherwise ``../shared/logto-server/up.sh`` starts (or finds) the shared one. With neither, the
section is skipped with a note. Steps:

1. Seed 2,000 users whose usernames share a prefix unique to this run (``lmbench<hex>_``).
2. Install Logto's official Node SDK, ``@logto/api`` (pinned by ``node/package-lock.json``), from
   the npm registry into ``.bench/node`` (git-ignored), when it is not there yet.
3. Interleaved samples, each client in a fresh process: ours over httpx, ours over aiohttp, raw
   httpx with a token fetched once (the floor), and the Node SDK on the machine's ``node``. Each
   pages every seeded user (``page_size=100``, a ``like`` search on the prefix, so other users of
   a shared database do not count) sequentially and 8 pages at a time, then makes
   ``get_user`` calls one after the other; wall and client CPU time for each.
4. Delete the seeded users, whatever happened.

``python -m tests.bench real`` runs this section alone and prints its table.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from logto_management import ClientCredentials

from .traffic import REPO_ROOT

HERE = Path(__file__).resolve().parent
NODE_SOURCE = HERE / "node"
NODE_DIR = REPO_ROOT / ".bench" / "node"
UP_SH = REPO_ROOT.parent / "shared" / "logto-server" / "up.sh"
OSS_RESOURCE = "https://default.logto.app/api"
CLIENTS = ("ours", "ours-aiohttp", "raw", "node")
SEED_CONCURRENCY = 8

Samples = dict[str, dict[str, list[list[float]]]]  # client -> workload -> [[wall, cpu], ...]


def _step(text: str) -> None:
    print(f"bench: {text}", flush=True)


def logto_env() -> tuple[dict[str, str] | None, str]:
    """The LOGTO_* variables of a real Logto, or None and why not."""
    names = ("LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET")
    if all(os.environ.get(name) for name in names):
        env = {name: os.environ[name] for name in names}
        env["LOGTO_RESOURCE"] = os.environ.get("LOGTO_RESOURCE") or OSS_RESOURCE
        return env, f"LOGTO_ENDPOINT={env['LOGTO_ENDPOINT']}"
    if not UP_SH.is_file():
        return None, f"no LOGTO_* variables and no {UP_SH.relative_to(REPO_ROOT.parent)}"
    done = subprocess.run(["bash", str(UP_SH)], capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = " ".join(done.stderr.strip().splitlines()[-2:])
        return None, f"../shared/logto-server/up.sh failed ({done.returncode}): {tail}"
    values = dict(
        line.split("=", 1) for line in Path(lines[-1]).read_text().splitlines() if "=" in line
    )
    env = {name: values.get(name, "") for name in (*names, "LOGTO_RESOURCE", "LOGTO_VERSION")}
    return env, f"../shared/logto-server (Logto {env['LOGTO_VERSION']})"


def _node_ready() -> tuple[bool, str]:
    """Install ``@logto/api`` into .bench/node if needed; (usable, the node version or why not)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return False, "no node/npm on PATH"
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json", "bench.mjs"):
        shutil.copyfile(NODE_SOURCE / name, NODE_DIR / name)
    installed = NODE_DIR / "node_modules" / "@logto" / "api" / "package.json"
    if not installed.is_file():
        _step("installing @logto/api from the npm registry into .bench/node ...")
        command = [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"]
        done = subprocess.run(command, cwd=NODE_DIR, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return False, f"npm ci failed: {done.stderr.strip()[-300:]}"
    return True, version


async def _seed(env: dict[str, str], token: str, prefix: str, count: int) -> list[str]:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=env["LOGTO_ENDPOINT"], headers=headers) as http:
        numbers = iter(range(count))
        ids: list[str] = []

        async def worker() -> None:
            for index in numbers:
                body = {"username": f"{prefix}{index:05d}", "name": f"Bench user {index}"}
                response = await http.post("/api/users", json=body, timeout=30)
                response.raise_for_status()
                ids.append(response.json()["id"])

        await asyncio.gather(*(worker() for _ in range(SEED_CONCURRENCY)))
        return ids


async def _delete_prefixed(env: dict[str, str], token: str, prefix: str) -> int:
    """Delete every user whose username starts with ``prefix`` (found by search, not by the ids
    recorded, so that a seeding that failed half-way is cleaned up too)."""
    headers = {"Authorization": f"Bearer {token}"}
    search: dict[str, str | int] = {
        "search.username": f"{prefix}%",
        "mode.username": "like",
        "page_size": 100,
    }
    deleted = 0
    async with httpx.AsyncClient(base_url=env["LOGTO_ENDPOINT"], headers=headers) as http:
        while True:
            response = await http.get("/api/users", params={**search, "page": 1}, timeout=30)
            response.raise_for_status()
            users = [user["id"] for user in response.json()]
            if not users:
                return deleted

            async def delete(user_id: str) -> None:
                gone = await http.delete(f"/api/users/{user_id}", timeout=30)
                if gone.status_code not in (204, 404):
                    gone.raise_for_status()

            for start in range(0, len(users), SEED_CONCURRENCY):
                await asyncio.gather(*map(delete, users[start : start + SEED_CONCURRENCY]))
            deleted += len(users)


@contextmanager
def seeded_users(env: dict[str, str], token: str, count: int) -> Iterator[tuple[str, list[str]]]:
    """(prefix, ids) of ``count`` new users, deleted on the way out."""
    prefix = f"lmbench{uuid.uuid4().hex[:10]}_"
    try:
        yield prefix, asyncio.run(_seed(env, token, prefix, count))
    finally:
        deleted = asyncio.run(_delete_prefixed(env, token, prefix))
        _step(f"deleted the {deleted:,} seeded users")


def _run_client(client: str, env: dict[str, str]) -> dict[str, list[float]]:
    if client == "node":
        command = ["node", str(NODE_DIR / "bench.mjs")]
        cwd = NODE_DIR
    else:
        command = [sys.executable, "-m", "tests.bench.real_worker", client]
        cwd = REPO_ROOT
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: real-server {client} failed:\n{done.stderr.strip()[-2000:]}")
    result: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(*, users: int, gets: int, reps: int) -> dict[str, Any]:
    """The section's results: ``{"skipped": why}``, or the samples and what they ran against."""
    env, where = logto_env()
    if env is None:
        _step(f"real-server section skipped: {where}")
        return {"skipped": where}
    node_ok, node_note = _node_ready()
    clients = [c for c in CLIENTS if c != "node" or node_ok]
    credentials = ClientCredentials(
        token_endpoint=f"{env['LOGTO_ENDPOINT']}/oidc/token",
        client_id=env["LOGTO_APP_ID"],
        client_secret=env["LOGTO_APP_SECRET"],
        resource=env["LOGTO_RESOURCE"] or OSS_RESOURCE,
        allow_insecure_http=True,
    )
    token = credentials.get_token_sync()
    _step(f"real server: {where}; seeding {users:,} users")
    samples: Samples = {client: {} for client in clients}
    with seeded_users(env, token, users) as (prefix, ids):
        run_env = {
            **os.environ,
            **env,
            "BENCH_PREFIX": prefix,
            "BENCH_TOTAL": str(users),
            "BENCH_IDS": json.dumps(ids[:gets]),
            "BENCH_TOKEN": token,  # for the raw httpx floor only; never printed
        }
        for rep in range(reps):
            _step(f"real server, sample {rep + 1} of {reps}: {', '.join(clients)}")
            order = clients if rep % 2 == 0 else clients[::-1]
            for client in order:
                for workload, pair in _run_client(client, run_env).items():
                    samples[client].setdefault(workload, []).append(pair)
    return {
        "where": where,
        "node": node_note if node_ok else f"skipped: {node_note}",
        "users": users,
        "gets": gets,
        "samples": samples,
    }
