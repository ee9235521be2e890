"""Just enough HTTP for the double: a request, a response and Logto's error answers.

The lowest layer of the double: it imports nothing of it. The double has no web framework
dependency (see ``_app/router.py``), which keeps the per-request cost small.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote_plus

JSONType = Any
"""A JSON value as the json module produces it."""

JSON_CONTENT_TYPE = "application/json; charset=utf-8"


@dataclass
class Request:
    """One HTTP request as the handlers see it (body already read)."""

    method: str
    path: str
    query_string: str
    headers: Mapping[str, str]
    body: bytes
    scheme: str = "http"
    client_host: str = "127.0.0.1"
    query: list[tuple[str, str]] = field(init=False)

    def __post_init__(self) -> None:
        self.query = parse_qsl(self.query_string, keep_blank_values=True)

    @property
    def origin(self) -> str:
        """``scheme://host[:port]`` as the client addressed the server (Logto's ``ctx.origin``)."""
        return f"{self.scheme}://{self.headers.get('host', 'localhost')}"

    def query_value(self, name: str) -> str | None:
        """First value of a query parameter, like ``URLSearchParams.get``."""
        for key, value in self.query:
            if key == name:
                return value
        return None

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]


@dataclass
class Response:
    """What a handler returns; the app adds Logto's standard headers around it."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    """Headers sent after ``Content-Type`` (``Total-Number``, ``Link``...)."""
    leading_headers: list[tuple[str, str]] = field(default_factory=list)
    """Headers sent before ``Content-Type`` (the token endpoint's ``cache-control``...)."""

    @classmethod
    def json(cls, data: JSONType, status: int = 200) -> Response:
        return cls(status, dump_json(data), JSON_CONTENT_TYPE)

    @classmethod
    def no_content(cls) -> Response:
        return cls(204)

    @classmethod
    def created_without_body(cls) -> Response:
        """Koa's answer when a route sets ``ctx.status = 201`` and no body: the status text."""
        return cls(201, b"Created", "text/plain; charset=utf-8")


def dump_json(data: JSONType) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


class ApiError(Exception):
    """A Logto ``RequestError``: rendered as ``{"code", "data"?, "details"?, "message"}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        data: JSONType = None,
        details: str | None = None,
    ) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.message = message
        self.data = data
        self.details = details

    def to_response(self) -> Response:
        # Logto's error bodies list their keys in this (alphabetical) order, as recorded.
        body: dict[str, JSONType] = {"code": self.code}
        if self.data is not None:
            body["data"] = self.data
        if self.details is not None:
            body["details"] = self.details
        body["message"] = self.message
        return Response.json(body, self.status)


class RawError(Exception):
    """An error whose body is not Logto's usual shape (malformed JSON, OAuth errors)."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def not_found() -> ApiError:
    return ApiError(404, "entity.not_found", "The resource does not exist.")


def invalid_input(details: str, status: int = 400) -> ApiError:
    return ApiError(
        status, "request.invalid_input", f"Input is invalid. {details}", details=details
    )


def search_params_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Serialize like ``URLSearchParams.toString()`` (spaces as ``+``; only ``*-._`` kept)."""
    return "&".join(f"{_form_quote(k)}={_form_quote(v)}" for k, v in pairs)


def _form_quote(value: str) -> str:
    return quote_plus(value, safe="*").replace("~", "%7E")


def not_exists_with_id(table: str, key: str) -> ApiError:
    return ApiError(
        404, "entity.not_exists_with_id", f"The {table} with ID `{key}` does not exist."
    )


def foreign_key_error(_: str) -> ApiError:
    return ApiError(
        422,
        "entity.relation_foreign_key_not_found",
        "Cannot find one or more foreign keys. Please check the input and ensure that all "
        "referenced entities exist.",
    )


def not_found_error(_: str) -> ApiError:
    return not_found()


def unique_violation() -> ApiError:
    return ApiError(
        422,
        "entity.unique_integrity_violation",
        "The entity already exists. Please check the input and try again.",
    )


def require_membership_error() -> ApiError:
    """What Logto answers when the user or application is not in the organization."""
    return ApiError(
        422,
        "organization.require_membership",
        "The user must be a member of the organization to proceed.",
    )
