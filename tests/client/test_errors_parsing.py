"""LogtoApiError.from_response on every kind of error body, and the clients that raise it."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from logto_management._errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    LogtoApiError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from logto_management._http import DEFAULT_TIMEOUT, LogtoAsyncHTTPClient, LogtoHTTPClient

TOKEN = "eyJ-secret-access-token"
URL = "https://tenant.logto.app/api/users/u1"


def response(
    status: int,
    content: bytes = b"",
    *,
    headers: list[tuple[str, str]] | None = None,
    method: str = "GET",
    url: str = URL,
) -> httpx.Response:
    request = httpx.Request(method, url, headers={"Authorization": f"Bearer {TOKEN}"})
    return httpx.Response(status, content=content, headers=headers or [], request=request)


def logto_body(code: str, message: str) -> bytes:
    return f'{{"code":"{code}","message":"{message}"}}'.encode()


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (599, InternalServerError),
        (402, LogtoApiError),
        (405, LogtoApiError),
        (410, LogtoApiError),
        (418, LogtoApiError),
    ],
)
def test_status_picks_the_class(status: int, error_class: type[LogtoApiError]) -> None:
    error = LogtoApiError.from_response(response(status, logto_body("some.code", "Some message.")))
    assert type(error) is error_class
    assert isinstance(error, LogtoApiError)
    assert error.status == status
    assert error.status_code == status  # httpx's and openai-python's name
    assert error.code == "some.code"
    assert str(error) == f"{status} some.code: Some message. (GET /api/users/u1)"


def test_permission_denied_and_conflict_in_logto_shape() -> None:
    denied = LogtoApiError.from_response(
        response(403, logto_body("auth.forbidden", "Forbidden."), method="DELETE")
    )
    assert isinstance(denied, PermissionDeniedError)
    assert str(denied) == "403 auth.forbidden: Forbidden. (DELETE /api/users/u1)"
    conflict = LogtoApiError.from_response(
        response(409, logto_body("entity.unique_integrity_violation", "Duplicate."), method="PUT")
    )
    assert isinstance(conflict, ConflictError)
    assert conflict.code == "entity.unique_integrity_violation"


def test_rate_limit_retry_after() -> None:
    seconds = LogtoApiError.from_response(response(429, headers=[("Retry-After", "30")]))
    assert isinstance(seconds, RateLimitError)
    assert seconds.retry_after == 30.0
    absent = LogtoApiError.from_response(response(429))
    assert isinstance(absent, RateLimitError)
    assert absent.retry_after is None
    later = email.utils.formatdate(time.time() + 3600, usegmt=True)
    dated = LogtoApiError.from_response(response(429, headers=[("Retry-After", later)]))
    assert isinstance(dated, RateLimitError)
    assert dated.retry_after is not None
    assert 3000 < dated.retry_after <= 3600
    garbage = LogtoApiError.from_response(response(429, headers=[("Retry-After", "soon")]))
    assert isinstance(garbage, RateLimitError)
    assert garbage.retry_after is None


def test_html_page_gives_a_short_excerpt() -> None:
    page = b"<html>\n  <head><title>502 Bad Gateway</title></head>\n" + b"<p>filler</p>" * 100
    error = LogtoApiError.from_response(
        response(502, page, headers=[("Content-Type", "text/html; charset=utf-8")])
    )
    assert error.code is None
    assert error.body is None
    assert error.message.startswith(
        "Bad Gateway (non-JSON text/html body: '<html> <head><title>502 Bad Gateway</title></head>"
    )
    assert len(error.message) < 260
    assert "…" in error.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "Service Unavailable (empty body)"),
        (b"  \r\n", "Service Unavailable (empty body)"),
        (
            b"upstream connect error",
            "Service Unavailable (non-JSON body: 'upstream connect error')",
        ),
        (b"\xff\xfe\x00garbage", "Service Unavailable (non-JSON body: '\ufffd\ufffd\\x00garbage')"),
        (b'["a", "b"]', 'Service Unavailable (\'["a", "b"]\')'),
        (b'"just a string"', "Service Unavailable ('\"just a string\"')"),
        (b'{"error": "x"}', 'Service Unavailable (\'{"error": "x"}\')'),
        (b'{"code": 7, "message": ""}', 'Service Unavailable (\'{"code": 7, "message": ""}\')'),
        (b"{truncated", "Service Unavailable (non-JSON body: '{truncated')"),
    ],
)
def test_bodies_that_are_not_logto_errors_never_crash(content: bytes, expected: str) -> None:
    error = LogtoApiError.from_response(response(503, content))
    assert isinstance(error, InternalServerError)
    assert error.code is None
    assert error.message == expected
    assert str(error) == f"503: {expected} (GET /api/users/u1)"


def test_malformed_json_400_carries_only_the_message() -> None:
    body = b'{"message":"Unexpected token } in JSON at position 9"}'
    error = LogtoApiError.from_response(response(400, body, method="POST", url=URL))
    assert isinstance(error, BadRequestError)
    assert (error.code, error.data, error.details) == (None, None, None)
    assert str(error) == "400: Unexpected token } in JSON at position 9 (POST /api/users/u1)"


def test_unread_streamed_body_is_reported_not_read() -> None:
    request = httpx.Request("GET", URL)
    streamed = httpx.Response(500, stream=httpx.ByteStream(b"{}"), request=request)
    error = LogtoApiError.from_response(streamed)
    assert error.message == "Internal Server Error (body not read)"


def test_response_without_request() -> None:
    error = LogtoApiError.from_response(httpx.Response(404, content=logto_body("a.b", "Gone.")))
    assert (error.method, error.path) == ("", "")
    assert str(error) == "404 a.b: Gone."


def test_no_headers_or_query_in_the_message() -> None:
    url = "https://tenant.logto.app/api/users?search=%25alice%40example.com%25"
    error = LogtoApiError.from_response(response(400, logto_body("x.y", "Bad."), url=url))
    for text in (str(error), repr(error), *map(str, error.args)):
        assert TOKEN not in text
        assert "Bearer" not in text
        assert "alice" not in text
    assert error.path == "/api/users"
    assert repr(error) == (
        "BadRequestError(status=400, code='x.y', message='Bad.', method='GET', path='/api/users', "
        "request_id=None)"
    )


# --- the clients -----------------------------------------------------------------------------


def answering(status: int, content: bytes = b"") -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, content=content))


async def test_async_client_raises_for_every_verb_helper() -> None:
    transport = answering(404, logto_body("entity.not_found", "Nope."))
    async with LogtoAsyncHTTPClient(transport=transport, base_url="https://t.logto.app") as client:
        with pytest.raises(NotFoundError):
            await client.get("/api/users/u1")
        with pytest.raises(NotFoundError):
            await client.delete("/api/users/u1")
        with pytest.raises(NotFoundError):
            await client.request(method="patch", url="/api/users/u1", json={"name": "x"})


async def test_async_client_success_passes_through() -> None:
    transport = answering(200, b'{"id":"u1"}')
    async with LogtoAsyncHTTPClient(transport=transport, base_url="https://t.logto.app") as client:
        response = await client.request(method="get", url="/api/users/u1")
    assert response.json() == {"id": "u1"}


async def test_raise_on_error_false_keeps_plain_httpx_behaviour() -> None:
    transport = answering(422, logto_body("user.username_already_in_use", "Taken."))
    async with LogtoAsyncHTTPClient(
        transport=transport, base_url="https://t.logto.app", raise_on_error=False
    ) as client:
        response = await client.post("/api/users", json={"username": "a"})
    assert response.status_code == 422


async def test_send_and_stream_do_not_raise() -> None:
    transport = answering(401, b'{"error":"invalid_client"}')
    async with LogtoAsyncHTTPClient(transport=transport, base_url="https://t.logto.app") as client:
        sent = await client.send(client.build_request("POST", "/oidc/token"), auth=None)
        assert sent.status_code == 401
        async with client.stream("GET", "/api/users") as streamed:
            assert streamed.status_code == 401


def test_timeouts() -> None:
    assert httpx.Timeout(10.0) == DEFAULT_TIMEOUT
    with LogtoHTTPClient() as client:
        assert client.timeout == httpx.Timeout(10.0)
    with LogtoHTTPClient(timeout=2.5) as client:
        assert client.timeout == httpx.Timeout(2.5)
    with LogtoHTTPClient(timeout=httpx.Timeout(5.0, connect=1.0)) as client:
        assert client.timeout.connect == 1.0
        assert client.timeout.read == 5.0


async def test_async_timeout_default() -> None:
    async with LogtoAsyncHTTPClient() as client:
        assert client.timeout == httpx.Timeout(10.0)
        assert client.raise_on_error is True


def test_sync_client_raises_and_can_be_told_not_to() -> None:
    transport = answering(409, logto_body("entity.unique_integrity_violation", "Duplicate."))
    with LogtoHTTPClient(transport=transport, base_url="https://t.logto.app") as client:
        with pytest.raises(ConflictError) as caught:
            client.put("/api/roles/r1", json={})
        assert str(caught.value).endswith("(PUT /api/roles/r1)")
        client.raise_on_error = False
        assert client.put("/api/roles/r1", json={}).status_code == 409
        assert client.send(client.build_request("GET", "/api/x")).status_code == 409
