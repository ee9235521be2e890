"""Unions told apart by a boolean literal (``{result: true} | {result: false, issues}``), against
the real server: each answer parses to its own variant and round-trips (before boolean literals
became consts, ``{result: false, issues}`` parsed as the ``{result: true}`` variant).

(An enabled password expiration, ``{enabled: true, validPeriodDays}``, is refused by an OSS
server without an email or SMS connector: 422 password_expiration_requires_forgot_password; its
parsing is tested offline in tests/spec/test_unions.py.)

LOGTO_RECORD=1 writes the answers to tests/fixtures/real_boolean_literals.json (offline test:
tests/spec/test_unions.py)."""

from __future__ import annotations

import json
import os

import _recorded
import httpx

from logto_management import ManagementApiClient
from logto_management_api.api.sign_in_experience import (
    check_password_with_default_sign_in_experience as check_password,
)
from logto_management_api.models import (
    CheckPasswordWithDefaultSignInExperienceBody as CheckPasswordBody,
)
from logto_management_api.models import (
    PasswordCheckFailed as Refused,
)
from logto_management_api.models import (
    PasswordCheckPassed as Accepted,
)

PATH = "/api/sign-in-exp/default/check-password"
FIXTURE = _recorded.FIXTURE.parent / "real_boolean_literals.json"


async def test_a_password_check_parses_to_its_variant(real_client: ManagementApiClient) -> None:
    # The check asks haveibeenpwned.com unless the policy's rejects.pwned is off, and needs a user
    # unless rejects.userInfo is off: both off for the test, the tenant's policy put back after.
    http = real_client.get_async_httpx_client()
    original = (await http.get("/api/sign-in-exp")).json()["passwordPolicy"]
    offline = {
        **original,
        "rejects": {**original.get("rejects", {}), "pwned": False, "userInfo": False},
    }
    await http.patch("/api/sign-in-exp", json={"passwordPolicy": offline})
    try:
        await check_both_variants(real_client)
    finally:
        await http.patch("/api/sign-in-exp", json={"passwordPolicy": original})
    assert (await http.get("/api/sign-in-exp")).json()["passwordPolicy"] == original


async def check_both_variants(real_client: ManagementApiClient) -> None:
    """A good password: 200 ``{result: true}``. A weak one: Logto answers 400 with the
    ``{result: false, issues}`` body of the document's 200 union, parsed here by that union."""
    recorded = []
    http = real_client.get_async_httpx_client()
    for password, variant in (("aaaaaa", Refused), ("Kq7#vLm2!xPz9@wR", Accepted)):
        body = CheckPasswordBody(password=password)
        raw_answer = await http.send(
            http.build_request("POST", PATH, json=body.to_dict()), auth=http.auth
        )
        assert raw_answer.status_code == (200 if variant is Accepted else 400)
        as_200 = httpx.Response(200, headers=raw_answer.headers, content=raw_answer.content)
        parsed = check_password._parse_response(client=real_client, response=as_200)
        assert isinstance(parsed, variant), parsed
        raw = json.loads(raw_answer.content)
        assert raw["result"] is (variant is Accepted)
        assert _recorded.round_trip_differences(parsed, raw) == []
        if variant is Accepted:
            assert await check_password.asyncio(client=real_client, body=body) == parsed
        recorded.append(
            _recorded.exchange(
                "check_password_with_default_sign_in_experience",
                {"body": {"password": "<redacted>"}},
                raw_answer.status_code,
                "application/json",
                raw_answer.content,
            )
        )
    if os.environ.get("LOGTO_RECORD"):
        FIXTURE.write_text(json.dumps(recorded, indent=1, ensure_ascii=False) + "\n")
