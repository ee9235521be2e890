"""Every one of the document's operations answers: 2xx/4xx as Logto would, or 501.

Two walks over the operations of the document shipped with the double (the normalized document
the client is generated from):

* every operation is called once with path parameters that name nothing and the plainest body
  its request schema allows: it answers a status Logto's document declares for it (a 4xx such as
  ``404 entity.not_found`` for the missing entity) or ``501 double.not_implemented`` naming the
  operation; never Koa's plain-text ``404 Not Found`` of an unknown route;
* every collection the generic store answers is driven through create, get, list, update and
  delete, and every singleton through get and update; each success body validates against the
  document's response schema.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
from _testing_support import OpenApiValidator, api_client

from logto_management.testing import LogtoDouble, Operation
from logto_management.testing._model.document import Schemas, load_document

_PARAM = re.compile(r"\{([^}]+)\}")
RAW_DOCUMENT = Path(__file__).resolve().parents[3] / "shared" / "spec"
RAW_DOCUMENT = RAW_DOCUMENT / "logto-oss-1.42.0" / "management.openapi.json"


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> OpenApiValidator:
    """A validator for the document the double ships (always on this machine)."""
    data = resources.files("logto_management.testing").joinpath("management.json.gz")
    path = tmp_path_factory.mktemp("document") / "management.json"
    path.write_bytes(gzip.decompress(data.read_bytes()))
    return OpenApiValidator(path)


@pytest.fixture(scope="module")
def declared() -> dict[str, set[int]]:
    """Statuses each operation declares in Logto's own document, error statuses included
    (the normalized document drops schema-less error answers); empty without ``../shared``."""
    if not RAW_DOCUMENT.exists():
        return {}
    document = json.loads(RAW_DOCUMENT.read_text())
    return {
        op["operationId"]: {int(s) for s in op.get("responses", {}) if s.isdigit()}
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


@pytest.fixture
def double() -> LogtoDouble:
    return LogtoDouble(seed=14)


@pytest.fixture
async def client(double: LogtoDouble) -> AsyncIterator[httpx.AsyncClient]:
    async with api_client(double) as client:
        yield client


def _body(operation: Operation) -> Any:
    schemas = Schemas(load_document())
    spec = load_document()["paths"][operation.path][operation.method.lower()]
    content = spec.get("requestBody", {}).get("content", {})
    for media, body in content.items():
        if "json" in media and "schema" in body:
            return schemas.default(body["schema"])
    return None


def test_every_operation_of_the_document_is_routed(double: LogtoDouble) -> None:
    operations = double.operations
    assert len(operations) == len({o.operation_id for o in operations})
    document_ids = {
        op["operationId"] for item in load_document()["paths"].values() for op in item.values()
    }
    assert {o.operation_id for o in operations} == document_ids
    counts = Counter(o.kind for o in operations)
    print(f"\n{len(operations)} operations: {dict(sorted(counts.items()))}")
    assert len(operations) == 284
    assert counts["stateful"] + counts["generic"] > counts["not_implemented"]


OSS_ANSWERS_501 = {
    "GetSystemApplicationConfig": "protected apps are a Logto Cloud feature: Logto OSS answers "
    "501 application.protected_app_not_configured, and so does the double",
}


async def test_every_operation_answers_as_logto_or_501(
    double: LogtoDouble,
    client: httpx.AsyncClient,
    shipped: OpenApiValidator,
    declared: dict[str, set[int]],
) -> None:
    seen: Counter[int] = Counter()
    for operation in double.operations:
        path = _PARAM.sub("missing-0", operation.path)
        body = _body(operation)
        kwargs: dict[str, Any] = {} if body is None else {"json": body}
        response = await client.request(operation.method, path, **kwargs)
        where = f"{operation.operation_id} {operation.method} {path}: {response.text[:300]}"
        seen[response.status_code] += 1
        assert response.headers.get("content-type", "").startswith("application/json") or (
            response.status_code in (201, 204)
        ), where
        if operation.kind == "not_implemented":
            assert response.status_code == 501, where
            assert response.json()["code"] == "double.not_implemented", where
            assert operation.operation_id in response.json()["message"], where
            continue
        assert response.status_code != 501 or operation.operation_id in OSS_ANSWERS_501, where
        missing = response.status_code == 404 and "{" in operation.path
        if declared and not missing:  # Logto's document leaves out many 404s of its routes
            assert response.status_code in declared[operation.operation_id], where
        if response.status_code < 300:
            if response.status_code != 204 and response.content != b"Created":
                shipped.validate(operation.operation_id, response.status_code, response.json())
        else:
            assert "code" in response.json(), where
    print(f"\nstatuses: {dict(sorted(seen.items()))}")


_CREATE_BODIES: dict[str, dict[str, Any]] = {
    # Checks Logto makes beyond the request schema (the plainest body would be refused).
    "CreateHook": {"events": ["User.Created"]},
}


def _generic(double: LogtoDouble) -> dict[str, dict[str, Operation]]:
    by_path: dict[str, dict[str, Operation]] = {}
    for operation in double.operations:
        if operation.kind == "generic":
            by_path.setdefault(operation.path, {})[operation.method] = operation
    return by_path


async def _check(
    shipped: OpenApiValidator, operation: Operation, response: httpx.Response, status: int
) -> Any:
    where = f"{operation.operation_id}: {response.text[:300]}"
    assert response.status_code == status, where
    if response.headers.get("content-type", "").startswith("application/json"):
        body = response.json()
        shipped.validate(operation.operation_id, status, body)
        return body
    return None


async def _parent_values(double: LogtoDouble, client: httpx.AsyncClient) -> dict[str, str]:
    user = double.add_user(username="walker")
    return {"userId": user.id}


async def test_generic_collections_keep_what_they_are_given(
    double: LogtoDouble, client: httpx.AsyncClient, shipped: OpenApiValidator
) -> None:
    parents = await _parent_values(double, client)
    by_path = _generic(double)
    driven: list[str] = []
    for path, methods in by_path.items():
        create = methods.get("POST")
        if create is None or ("{" in path and not set(_PARAM.findall(path)) <= set(parents)):
            continue
        collection = _PARAM.sub(lambda m: parents[m.group(1)], path)
        items = [
            p for p in by_path if p.startswith(path + "/{") and p.count("/") == path.count("/") + 1
        ]
        body = {**_body(create), **_CREATE_BODIES.get(create.operation_id, {})}
        status = 201 if 201 in shipped.declared_statuses(create.operation_id) else 200
        created = await _check(shipped, create, await client.post(collection, json=body), status)
        listing = by_path[path].get("GET")
        if listing is not None:
            rows = await _check(shipped, listing, await client.get(collection), 200)
            assert len(rows) == 1, listing.operation_id
        if not items or not isinstance(created, dict):
            continue
        item_path = items[0]
        key_name = _PARAM.findall(item_path)[-1]
        if key_name not in created:  # an item keyed by a field the create does not answer
            continue
        key = created[key_name]
        url = f"{collection}/{key}"
        item = by_path[item_path]
        if "GET" in item:
            got = await _check(shipped, item["GET"], await client.get(url), 200)
            assert {k: got[k] for k in created if k in got} == {
                k: v for k, v in created.items() if k in got
            }, item["GET"].operation_id
        if "DELETE" in item:
            deleted = await client.delete(url)
            assert deleted.status_code in (200, 204), item["DELETE"].operation_id
            again = await client.delete(url)
            assert again.status_code == 404, item["DELETE"].operation_id
            assert again.json()["code"] == "entity.not_found"
        driven.append(path)
    print(f"\ndriven through create/get/delete: {driven}")
    assert len(driven) >= 8


async def test_a_hook_round_trip(client: httpx.AsyncClient) -> None:
    created = await client.post(
        "/api/hooks",
        json={"name": "crm", "events": ["User.Created"], "config": {"url": "https://x.test/h"}},
    )
    assert created.status_code == 201, created.text
    hook = created.json()
    assert hook["name"] == "crm"
    assert hook["events"] == ["User.Created"]
    assert hook["config"]["url"] == "https://x.test/h"
    updated = await client.patch(f"/api/hooks/{hook['id']}", json={"name": "erp"})
    assert updated.json()["name"] == "erp"
    assert updated.json()["events"] == ["User.Created"]
    listed = await client.get("/api/hooks", params={"page": 1, "page_size": 10})
    assert [h["id"] for h in listed.json()] == [hook["id"]]
    assert listed.headers["Total-Number"] == "1"
    invalid = await client.post("/api/hooks", json={"name": "no config"})
    assert invalid.status_code == 400
    assert invalid.json()["code"] == "guard.invalid_input"


async def test_a_singleton_keeps_its_update(client: httpx.AsyncClient) -> None:
    before = (await client.get("/api/sign-in-exp")).json()
    patched = await client.patch("/api/sign-in-exp", json={"termsOfUseUrl": "https://x.test/t"})
    assert patched.status_code == 200, patched.text
    after = (await client.get("/api/sign-in-exp")).json()
    assert after["termsOfUseUrl"] == "https://x.test/t"
    assert set(after) == set(before) | {"termsOfUseUrl"}


async def test_children_of_a_missing_user_are_not_found(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/users/nobody/personal-access-tokens")
    assert response.status_code == 404
    assert response.json()["code"] == "entity.not_found"


async def test_unknown_routes_still_answer_like_koa(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.text == "Not Found"
