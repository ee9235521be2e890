"""Test support for the Logto test double (owner: double).

* :func:`openapi_document_path`: the ONE place that names the OpenAPI document the double's
  responses are validated against (switch it to the normalized document when it exists).
* :class:`OpenApiValidator`: validates a JSON body against an operation's documented response
  schema. It takes any OpenAPI 3.0 document: ``$ref`` to ``#/components/schemas`` is resolved,
  ``nullable: true`` becomes ``{"anyOf": [schema, {"type": "null"}]}``, non-standard ``format``
  values are dropped and JavaScript regex literals (``/^\\d+$/``) become Python patterns.
  ``oneOf`` is checked as ``anyOf``: with formats dropped, Logto's ``oneOf`` branches
  (``url`` | ``empty`` string) overlap and a valid value would match both.
* :func:`exchanges`: the recorded Logto traffic (read from ``../shared``; never copied).
* :class:`FakeClock`: an injectable clock for the double.
* :func:`api_client` / :func:`request_token`: an httpx client wired to a double in-process.
* :func:`double_credentials`: a `ClientCredentials` that gets its tokens from a double.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]  # no types-jsonschema in dev.lock
import pytest

from logto_management import ClientCredentials
from logto_management.testing import LogtoDouble

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
RAW_MANAGEMENT_DOCUMENT = SHARED / "spec" / "logto-oss-1.42.0" / "management.openapi.json"


@cache
def openapi_document_path() -> Path:
    """The OpenAPI document whose response schemas the double must satisfy: the normalized
    document the client is generated from (made here from the document spec.lock names, so it
    is never stale), or a missing path when that document is not on this machine."""
    from spec.generate import write_document
    from spec.normalize import normalize
    from spec.source import SpecLock, SpecUnavailable, load_locked_document

    target = Path(tempfile.mkdtemp(prefix="logto-normalized-")) / "management.json"
    try:
        document, _ = load_locked_document(SpecLock.read())
    except SpecUnavailable:
        return target
    write_document(normalize(document)[0], target)
    return target


_STANDARD_FORMATS = {
    "date-time",
    "date",
    "time",
    "email",
    "hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "uuid",
    "int32",
    "int64",
    "float",
    "double",
}
_DROPPED_KEYS = {
    "nullable",
    "discriminator",
    "xml",
    "externalDocs",
    "example",
    "deprecated",
    "readOnly",
    "writeOnly",
}
_LITERAL_KEYS = {"enum", "default", "const", "examples"}
_JS_REGEX = re.compile(r"/(?P<body>.*)/(?P<flags>[a-z]*)", re.DOTALL)


def _python_pattern(pattern: str) -> str | None:
    found = _JS_REGEX.fullmatch(pattern)
    body = pattern
    if found is not None:
        body, flags = found["body"], found["flags"]
        if set(flags) - {"i", "u"}:
            return None
        if "i" in flags:
            body = f"(?i){body}"
    try:
        re.compile(body)
    except re.error:
        return None
    return body


def to_json_schema(node: Any) -> Any:
    """Convert an OpenAPI 3.0 schema object to a draft-4 JSON Schema (see module docstring)."""
    if isinstance(node, list):
        return [to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROPPED_KEYS or key.startswith("x-"):
            continue
        if key == "format" and value not in _STANDARD_FORMATS:
            continue
        if key == "pattern":
            converted = _python_pattern(value) if isinstance(value, str) else None
            if converted is not None:
                out[key] = converted
            continue
        if key in ("properties", "patternProperties"):
            out[key] = {name: to_json_schema(sub) for name, sub in value.items()}
        elif key in _LITERAL_KEYS:
            out[key] = value
        elif key == "oneOf":
            out["anyOf"] = to_json_schema(value)
        else:
            out[key] = to_json_schema(value)
    if node.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


class OpenApiValidator:
    """Response-schema validation for the operations of one OpenAPI 3.0 document."""

    def __init__(self, path: Path) -> None:
        self.document: dict[str, Any] = json.loads(path.read_text())
        self.operations: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for route, item in self.document["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self.operations[operation["operationId"]] = (method.upper(), route, operation)
        schemas = self.document.get("components", {}).get("schemas", {})
        self._components = {name: to_json_schema(s) for name, s in schemas.items()}

    def operation(self, operation_id: str) -> tuple[str, str, dict[str, Any]]:
        return self.operations[operation_id]

    def declared_statuses(self, operation_id: str) -> set[int]:
        return {int(s) for s in self.operation(operation_id)[2]["responses"] if s.isdigit()}

    def response_schema(self, operation_id: str, status: int) -> dict[str, Any] | None:
        """The JSON schema of a response (components attached), ``None`` if it has no body."""
        responses = self.operation(operation_id)[2]["responses"]
        response = responses.get(str(status))
        if response is None:
            raise AssertionError(f"{operation_id} does not declare status {status}")
        response = self._deref(response)
        content = response.get("content", {})
        media = content.get("application/json")
        if media is None or "schema" not in media:
            return None
        schema = to_json_schema(media["schema"])
        if not isinstance(schema, dict):
            raise AssertionError(f"{operation_id} {status}: schema is not an object")
        return {**schema, "components": {"schemas": self._components}}

    def _deref(self, node: dict[str, Any]) -> dict[str, Any]:
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return node
        target: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        return self._deref(target)

    def validate(self, operation_id: str, status: int, body: Any) -> None:
        """Raise ``AssertionError`` listing every place ``body`` breaks the documented schema."""
        schema = self.response_schema(operation_id, status)
        if schema is None:
            return
        validator = jsonschema.Draft4Validator(schema)
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
        if errors:
            lines = [f"{list(e.absolute_path)}: {e.message[:300]}" for e in errors[:10]]
            raise AssertionError(
                f"{operation_id} {status} does not match the documented schema:\n"
                + "\n".join(lines)
            )


@cache
def _validator(path: Path) -> OpenApiValidator:
    return OpenApiValidator(path)


def openapi_validator() -> OpenApiValidator:
    """The validator for :func:`openapi_document_path` (skips the test when it is absent)."""
    path = openapi_document_path()
    if not path.exists():
        pytest.skip(f"OpenAPI document not available: {path}")
    return _validator(path)


def logto_document() -> OpenApiValidator:
    """Logto's own (raw) document: the authority on which statuses an operation answers,
    including the error statuses a normalized document may leave out."""
    if not RAW_MANAGEMENT_DOCUMENT.exists():
        pytest.skip(f"OpenAPI document not available: {RAW_MANAGEMENT_DOCUMENT}")
    return _validator(RAW_MANAGEMENT_DOCUMENT)


class FakeClock:
    """Seconds since the epoch that move only when told to (plus 1 ms per reading, so
    consecutive timestamps stay distinct and ordered)."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        self.now += 0.001
        return self.now

    def set(self, seconds: float) -> None:
        self.now = seconds


def walk_ids(recorded: Any, actual: Any) -> Iterator[tuple[str, str]]:
    """Pairs (recorded id, actual id) found at the same places of two JSON documents."""
    if isinstance(recorded, Mapping) and isinstance(actual, Mapping):
        for key, value in recorded.items():
            if key not in actual:
                continue
            other = actual[key]
            is_id = key == "id" or key.endswith("Id")
            if is_id and isinstance(value, str) and isinstance(other, str):
                yield value, other
            else:
                yield from walk_ids(value, other)
    elif isinstance(recorded, list) and isinstance(actual, list) and len(recorded) == len(actual):
        for left, right in zip(recorded, actual, strict=True):
            yield from walk_ids(left, right)
        if all(isinstance(v, str) for v in recorded) and all(isinstance(v, str) for v in actual):
            yield from zip(recorded, actual, strict=True)


async def request_token(
    client: httpx.AsyncClient,
    double: LogtoDouble,
    *,
    app_id: str | None = None,
    app_secret: str | None = None,
    **form: str,
) -> httpx.Response:
    """``POST /oidc/token`` with HTTP Basic client authentication (form fields overridable)."""
    data = {"grant_type": "client_credentials", "resource": double.api_indicator, "scope": "all"}
    data.update(form)
    auth = (app_id or double.app_id, app_secret or double.app_secret)
    return await client.post("/oidc/token", auth=auth, data=data)


@asynccontextmanager
async def api_client(
    double: LogtoDouble, *, base_url: str = "http://logto.test", authenticated: bool = True
) -> AsyncIterator[httpx.AsyncClient]:
    """An AsyncClient calling ``double`` in-process, with a Management API token by default."""
    transport = httpx.ASGITransport(app=double.app)
    async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
        if authenticated:
            response = await request_token(client, double)
            assert response.status_code == 200, response.text
            client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        yield client


def double_credentials(double: LogtoDouble, **options: Any) -> ClientCredentials:
    """A `ClientCredentials` for ``double``'s machine-to-machine app, its token requests sent
    in-process; ``options`` (``token_cache``, ``clock``, ...) go to `ClientCredentials`."""
    return ClientCredentials(
        token_endpoint="http://localhost/oidc/token",
        client_id=double.app_id,
        client_secret=double.app_secret,
        resource=double.api_indicator,
        http_client=httpx.AsyncClient(transport=double.transport()),
        **options,
    )
