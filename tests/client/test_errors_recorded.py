"""Every error answer recorded from a real Logto becomes the right LogtoApiError.

The recorded responses (../shared/logto-traffic/exchanges.json) are replayed through
LogtoAsyncHTTPClient / LogtoHTTPClient with the call the generated code makes.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _resilience_support import replay_transport
from _traffic import exchange, exchanges

from logto_management._errors import (
    AuthenticationError,
    BadRequestError,
    LogtoApiError,
    NotFoundError,
    UnprocessableEntityError,
)
from logto_management._http import LogtoAsyncHTTPClient, LogtoHTTPClient

BASE = "https://default.logto.app"
TOKEN = "eyJ-secret-access-token"

# name, class, code, str() of the error
CASES = [
    (
        "users_get_404",
        NotFoundError,
        "entity.not_found",
        "404 entity.not_found: The resource does not exist. (GET /api/users/doesnotexist)",
    ),
    (
        "users_delete_again",
        NotFoundError,
        "entity.not_found",
        "404 entity.not_found: The resource does not exist. (DELETE /api/users/qtswms4zko0e)",
    ),
    (
        "users_create_dup",
        UnprocessableEntityError,
        "user.username_already_in_use",
        "422 user.username_already_in_use: This username is already in use. (POST /api/users)",
    ),
    (
        "users_create_invalid",
        BadRequestError,
        "guard.invalid_input",
        '400 guard.invalid_input: The request body is invalid. Error in key path "username": '
        "(invalid_type) Expected string but received number. (POST /api/users)",
    ),
    (
        "users_create_bad_json",
        BadRequestError,
        None,
        "400: Expected property name or '}' in JSON at position 1 (line 1 column 2) "
        "(POST /api/users)",
    ),
    (
        "users_page_size_too_big",
        BadRequestError,
        "guard.invalid_pagination",
        "400 guard.invalid_pagination: The request pagination value is invalid. (GET /api/users)",
    ),
    (
        "users_page_zero",
        BadRequestError,
        "guard.invalid_pagination",
        "400 guard.invalid_pagination: The request pagination value is invalid. (GET /api/users)",
    ),
    (
        "api_no_token",
        AuthenticationError,
        "auth.authorization_header_missing",
        "401 auth.authorization_header_missing: Authorization header is missing. (GET /api/users)",
    ),
    (
        "api_bad_token",
        AuthenticationError,
        "auth.unauthorized",
        "401 auth.unauthorized: Unauthorized. Please check credentials and its scope. "
        "(GET /api/users)",
    ),
    (
        "users_verify_password_bad",
        UnprocessableEntityError,
        "session.invalid_credentials",
        "422 session.invalid_credentials: Incorrect account or password. Please check your input. "
        "(POST /api/users/d2lw9ghaasvp/password/verify)",
    ),
    (
        "roles_create_dup",
        UnprocessableEntityError,
        "role.name_in_use",
        "422 role.name_in_use: This role name editor88648 is already in use (POST /api/roles)",
    ),
]


def request_kwargs(item: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments a generated operation passes to ``request()``."""
    kwargs: dict[str, Any] = {"method": item["request"]["method"].lower()}
    kwargs["url"] = item["request"]["path"]
    body = item["request"]["body"]
    if isinstance(body, dict):
        kwargs["json"] = body
    elif isinstance(body, str):
        kwargs["content"] = body.encode()
    return kwargs


@pytest.mark.parametrize(("name", "error_class", "code", "text"), CASES)
async def test_recorded_error_async(
    name: str, error_class: type[LogtoApiError], code: str | None, text: str
) -> None:
    item = exchange(name)
    async with LogtoAsyncHTTPClient(
        transport=replay_transport(item),
        base_url=BASE,
        headers={"Authorization": f"Bearer {TOKEN}"},
    ) as client:
        with pytest.raises(LogtoApiError) as caught:
            await client.request(**request_kwargs(item))
    error = caught.value
    assert type(error) is error_class
    assert error.status == item["response"]["status"]
    assert error.code == code
    assert error.message == item["response"]["body"]["message"]
    assert error.data == item["response"]["body"].get("data")
    assert error.body == item["response"]["body"]
    assert error.method == item["request"]["method"]
    assert error.response.status_code == error.status
    assert str(error) == text
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)


@pytest.mark.parametrize(("name", "error_class", "code", "text"), CASES)
def test_recorded_error_sync(
    name: str, error_class: type[LogtoApiError], code: str | None, text: str
) -> None:
    item = exchange(name)
    with (
        LogtoHTTPClient(transport=replay_transport(item), base_url=BASE) as client,
        pytest.raises(error_class) as caught,
    ):
        client.request(**request_kwargs(item))
    assert caught.value.code == code
    assert str(caught.value) == text


async def test_invalid_input_keeps_zod_issues() -> None:
    item = exchange("users_create_invalid")
    async with LogtoAsyncHTTPClient(transport=replay_transport(item), base_url=BASE) as client:
        with pytest.raises(BadRequestError) as caught:
            await client.request(**request_kwargs(item))
    issues = caught.value.data["issues"]
    assert issues[0]["path"] == ["username"]
    assert issues[0]["code"] == "invalid_type"
    assert caught.value.details is not None
    assert caught.value.details.startswith("Error in key path")


async def test_bad_token_keeps_data() -> None:
    item = exchange("api_bad_token")
    async with LogtoAsyncHTTPClient(transport=replay_transport(item), base_url=BASE) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.get("/api/users")
    assert caught.value.data == {
        "code": "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
        "name": "JWSSignatureVerificationFailed",
    }


def test_every_recorded_api_error_is_covered() -> None:
    """No recorded Management API error is left out of CASES (the token endpoint's are not ours:
    they come through send() and ClientCredentialsError)."""
    api_errors = {
        item["name"]
        for item in exchanges()
        if item["response"]["status"] >= 400 and item["request"]["path"].startswith("/api/")
    }
    assert api_errors == {name for name, *_ in CASES}


@pytest.mark.parametrize(
    "name", ["token_wrong_secret", "token_unknown_resource", "token_bad_grant"]
)
async def test_token_requests_sent_with_send_are_not_turned_into_api_errors(name: str) -> None:
    item = exchange(name)
    async with LogtoAsyncHTTPClient(transport=replay_transport(item), base_url=BASE) as client:
        request = client.build_request(
            "POST", "/oidc/token", content=item["request"]["body"].encode()
        )
        response = await client.send(request, auth=None)
    assert response.status_code == item["response"]["status"]
    assert response.json()["error"] == item["response"]["body"]["error"]


def test_recorded_response_framing_is_dropped() -> None:
    """replay_transport re-encodes bodies; make sure a stale Content-Length does not leak in."""
    transport = replay_transport(exchange("users_get_404"))
    with httpx.Client(transport=transport, base_url=BASE) as client:
        response = client.get("/api/users/doesnotexist")
    assert int(response.headers["content-length"]) == len(response.content)
