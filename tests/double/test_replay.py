"""Replay the 69 recorded exchanges with a real Logto 1.42 against the double, in-process.

The double is first brought to the state the real server was in (the same ten older users,
the same machine-to-machine app, seven older audit log entries, an organization created between
the two recording sessions); then every recorded request is sent in order, with the recorded
ids replaced by the ids the double generated for the same entities. Each answer must match the
recorded one: status; header names in wire order (where the recording kept all of them) and
the values of the headers that carry meaning (``Content-Type``, ``Total-Number``, every
``Link`` line, ``WWW-Authenticate``, ``cache-control`` ...); and the body, equal after the id
mapping, except timestamps (type only), access tokens (JWT shape only) and the audit log's
error text (a Node stack trace in the recording).
"""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import httpx
import pytest
from _testing_support import (
    FakeClock,
    walk_ids,
)
from _traffic import exchange, exchanges

from logto_management.testing import LogtoDouble

BASE_URL = "http://localhost:3001"  # the recorded server's origin: Link URLs must match it
# The recorded app's credentials (a throwaway server's; they appear in token_ok_post's body).
APP_ID = "g5mftoyauf2wy8a63cbae"
APP_SECRET = "9iBbjCd5X9I0xMowWy8bPRmuubKAdmKN"
TIMESTAMP_KEYS = {"createdAt", "updatedAt", "lastSignInAt", "expiresAt"}
MEANINGFUL_HEADERS = {
    "content-type",
    "total-number",
    "total-number-is-capped",
    "link",
    "www-authenticate",
    "cache-control",
    "access-control-allow-origin",
    "access-control-expose-headers",
}
# Framing headers depend on the body's length and the server, not on Logto's behaviour.
FRAMING_HEADERS = {"content-length", "transfer-encoding", "content-encoding", "date"}


class Replay:
    def __init__(self) -> None:
        self.clock = FakeClock(1795288221.548)
        self.double = LogtoDouble(app_id=APP_ID, app_secret=APP_SECRET, clock=self.clock, seed=7)
        self.double.store.applications[APP_ID].row.update(
            name="py-client-tests M2M",
            description="M2M app for Management API client tests (created via SQL)",
        )
        self.ids: dict[str, str] = {}
        self.token = ""
        self.problems: dict[str, list[str]] = {}
        self.responses: dict[str, httpx.Response] = {}

    async def seed(self, client: httpx.AsyncClient) -> None:
        """The state of the recorded server before the first recorded exchange."""
        self.clock.set(1795288226.0)
        for _ in range(7):  # seven older token exchanges in the audit log (recorded total: 14)
            self.token = await self._token(client)
        auth = {"Authorization": f"Bearer {self.token}"}
        for user in reversed(exchange("users_default_paging")["response"]["body"]):
            self.clock.set(user["createdAt"] / 1000 - 0.001)
            fields = {k: user[k] for k in ("username", "primaryEmail", "name") if user[k]}
            created = await client.post(
                "/api/users", json={**fields, "password": "pw"}, headers=auth
            )
            assert created.status_code == 200, created.text
        self.clock.set(1795288590.613)
        org = await client.post("/api/organizations", json={"name": "Org ab6c04"}, headers=auth)
        assert org.status_code == 201, org.text
        self.clock.set(1795288339.0)

    async def _token(self, client: httpx.AsyncClient) -> str:
        response = await client.post(
            "/oidc/token",
            auth=(APP_ID, APP_SECRET),
            data={
                "grant_type": "client_credentials",
                "resource": self.double.api_indicator,
                "scope": "all",
            },
        )
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token

    def _map(self, text: str) -> str:
        for recorded, actual in self.ids.items():
            text = text.replace(recorded, actual)
        return text

    def _headers(self, recorded: dict[str, str]) -> dict[str, str]:
        headers = {}
        for name, value in recorded.items():
            if value == "Basic <base64(app_id:app_secret)>":
                secret = APP_SECRET if self._current != "token_wrong_secret" else "wrong-secret"
                value = "Basic " + base64.b64encode(f"{APP_ID}:{secret}".encode()).decode()
            elif value == "Bearer <access_token>":
                value = f"Bearer {self.token}"
            elif value == "Bearer <tampered>":
                value = f"Bearer {self.token[:-6]}AAAAAA"
            headers[name] = value
        return headers

    async def run(self, client: httpx.AsyncClient) -> None:
        await self.seed(client)
        for item in exchanges():
            self._current = item["name"]
            request = item["request"]
            body = request["body"]
            content = (
                None if body is None else (body if isinstance(body, str) else json.dumps(body))
            )
            response = await client.request(
                request["method"],
                self._map(request["path"]),
                headers=self._headers(request["headers"]),
                content=None if content is None else self._map(content).encode(),
            )
            self.problems[item["name"]] = self.compare(item, response)
            self.responses[item["name"]] = response
            if item["name"] == "token_ok_basic":
                self.token = response.json()["access_token"]

    def compare(self, item: dict[str, Any], response: httpx.Response) -> list[str]:
        recorded = item["response"]
        problems = []
        if response.status_code != recorded["status"]:
            problems.append(f"status {response.status_code} != {recorded['status']}")
        problems += self._compare_headers(recorded["headers"], response)
        actual_body: Any = (
            response.json() if response.content and _is_json(response) else (response.text)
        )
        for old, new in walk_ids(recorded["body"], actual_body):
            if old != new:
                self.ids.setdefault(old, new)
        expected = _mask(json.loads(self._map(json.dumps(recorded["body"]))))
        actual = _mask(actual_body)
        if item["name"] == "organizations_list":
            expected, actual = _by_name(expected), _by_name(actual)
        if item["name"] == "logs_list":
            expected, actual = _without_log_errors(expected), _without_log_errors(actual)
        if expected != actual:
            problems.append(
                "body differs:\n  recorded "
                + json.dumps(expected)[:1500]
                + "\n  double   "
                + json.dumps(actual)[:1500]
            )
        return problems

    def _compare_headers(self, recorded: list[list[str]], response: httpx.Response) -> list[str]:
        problems = []
        actual = [(k.decode().lower(), v.decode()) for k, v in response.headers.raw]
        if any(name.lower() == "vary" for name, _ in recorded):  # the recording kept them all
            want = [n.lower() for n, _ in recorded if n.lower() not in FRAMING_HEADERS]
            got = [n for n, _ in actual if n not in FRAMING_HEADERS]
            if want != got:
                problems.append(f"header names {got} != {want}")
        want_values = [
            (n.lower(), self._map(v)) for n, v in recorded if n.lower() in MEANINGFUL_HEADERS
        ]
        got_values = [(n, v) for n, v in actual if n in MEANINGFUL_HEADERS]
        if want_values != got_values:
            problems.append(f"headers {got_values} != {want_values}")
        return problems


def _is_json(response: httpx.Response) -> bool:
    return str(response.headers.get("content-type", "")).startswith("application/json")


def _mask(value: Any, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _mask(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask(v) for v in value]
    if key in TIMESTAMP_KEYS and isinstance(value, int):
        return "<timestamp>"
    if key == "access_token" and isinstance(value, str):
        parts = value.split(".")
        return "<jwt>" if len(parts) == 3 and all(parts) else value
    return value


def _by_name(value: Any) -> Any:
    return sorted(value, key=lambda row: row["name"]) if isinstance(value, list) else value


def _without_log_errors(value: Any) -> Any:
    """Drop the error text (a Node stack trace when recorded) after checking it names the error."""
    for entry in value if isinstance(value, list) else []:
        error = entry["payload"].pop("error", None)
        if error is not None:
            assert json.loads(error)["error"] == "unsupported_grant_type"
    return value


@pytest.fixture(scope="module")
def replay() -> Replay:
    replay = Replay()

    async def run() -> None:
        transport = httpx.ASGITransport(app=replay.double.app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            await replay.run(client)

    if not exchanges():
        pytest.skip("no recorded exchanges")
    asyncio.run(run())
    return replay


def _names() -> list[str]:
    try:
        return [item["name"] for item in exchanges()]
    except pytest.skip.Exception:
        return []


@pytest.mark.parametrize("name", _names())
def test_recorded_exchange(replay: Replay, name: str) -> None:
    assert replay.problems[name] == [], "\n".join(replay.problems[name])


def test_every_recorded_exchange_is_replayed(replay: Replay) -> None:
    assert len(replay.problems) == len(exchanges()) == 69


def test_large_lists_are_gzipped_like_logto(replay: Replay) -> None:
    """users_default_paging came back gzip-encoded from Logto; so it does from the double."""
    recorded = {k.lower(): v for k, v in exchange("users_default_paging")["response"]["headers"]}
    assert recorded["content-encoding"] == "gzip"
    assert replay.responses["users_default_paging"].headers["content-encoding"] == "gzip"
    assert "content-encoding" not in replay.responses["users_page1"].headers  # under 1 KiB
