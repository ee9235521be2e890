"""The supported range (spec/releases.py, spec/releases.json): derived, applied, and true.

The tests over the real documents need ../shared/spec (skipped elsewhere, failing on CI like
``make check-generated``); the others run on small made-up documents.
"""

from __future__ import annotations

import copy
import json
import os
import re
from functools import cache
from typing import Any

import attrs
import pytest

import logto_management_api.models as models
from logto_management import SUPPORTED_LOGTO
from spec import releases, server_truth, source
from spec.normalize import normalize
from spec.releases import Release, Table

RANGE_DOCUMENTS = [
    source.resolve_locked_source(r.source) for r in Table.read().releases
]  # fmt: skip
needs_shared = pytest.mark.skipif(
    not all(os.path.isfile(p) for p in RANGE_DOCUMENTS) and os.environ.get("CI") != "true",
    reason="the supported releases' documents (../shared/spec) are not on this machine",
)


@cache
def _documents() -> dict[str, Any]:
    return releases.load_documents(Table.read().releases)


@cache
def _ranged_client_document() -> dict[str, Any]:
    """What make generate generates from: the locked document, normalized, range applied."""
    lock = source.SpecLock.read()
    document, _data = source.load_locked_document(lock)
    normalized, _report = normalize(document)
    notes = releases.apply(normalized, Table.read())
    assert not [n for n in notes if n.startswith("UNMATCHED")]
    return normalized


def test_the_table_is_derived_for_the_locked_document() -> None:
    assert Table.read().client.sha256 == source.SpecLock.read().sha256
    assert Table.read().names[:-1] == sorted(Table.read().names[:-1], key=releases.version_key)
    assert Table.read().names[0] == "1.28.0"


def test_the_supported_range_in_code_is_the_table() -> None:
    """``SUPPORTED_LOGTO``, which users read (and the misfit error quotes), names the range the
    types are derived for: adding or dropping a release changes both."""
    names = Table.read().names
    assert (SUPPORTED_LOGTO.oss_oldest, SUPPORTED_LOGTO.oss_newest) == (names[0], names[-2])
    assert names[-1] == f"master {SUPPORTED_LOGTO.master}"


@needs_shared
def test_the_committed_table_is_what_the_documents_derive() -> None:
    table = Table.read()
    fresh = releases.derive(_documents(), table.releases)
    assert fresh.to_json() == table.to_json(), "stale: run `make releases` and `make generate`"


@needs_shared
def test_no_answer_field_is_required_that_a_supported_release_omits() -> None:
    """Every field required in what the client is generated from is sent by every supported
    release that has the operation (each release's document, after its server-truth rules)."""
    client = _ranged_client_document()
    names = Table.read().names
    omitted: dict[str, list[str]] = {}
    for name in names[:-1]:
        mine = {key: op for key, _m, _p, op in releases._operations(client)}
        theirs = {key: op for key, _m, _p, op in releases._operations(_documents()[name])}
        for key, operation in mine.items():
            if key not in theirs:
                continue
            their_answers = releases._answers(theirs[key])
            for status, schema in releases._answers(operation).items():
                other = their_answers.get(status) or (
                    next(iter(their_answers.values())) if len(their_answers) == 1 else None
                )
                if other is None:
                    continue
                walk = releases._Walk(client, _documents()[name])
                walk.walk(schema, other, f"{operation['operationId']} {status}", frozenset())
                for site in walk.missing:
                    omitted.setdefault(walk.models[site], []).append(f"{name}: {site}")
    assert omitted == {}


@needs_shared
def test_operations_without_a_json_answer_on_older_releases_return_none_there() -> None:
    client = _ranged_client_document()
    marked = {
        key
        for key, _m, _p, operation in releases._operations(client)
        for response in operation["responses"].values()
        if releases.BODY_SINCE_EXTENSION in response
    }
    assert marked == set(Table.read().answers) == set(server_truth.ANSWER_BODY_SINCE)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def test_the_generated_models_type_the_range_optional_fields_as_optional() -> None:
    """Each Model.field of the table is an optional attribute (default UNSET) of its model."""
    checked = 0
    for model_field in Table.read().fields:
        model_name, json_name = model_field.split(".")
        cls = getattr(models, model_name)
        field = attrs.fields_dict(cls)[_snake(json_name)]
        assert field.default is not attrs.NOTHING, model_field
        assert "Logto" in (cls.__doc__ or ""), model_field
        checked += 1
    assert checked == len(Table.read().fields) >= 39


def test_a_user_from_every_supported_release_parses_and_round_trips() -> None:
    """1.42.0 and older send no cimdClientId; a newer server may add fields and enum values."""
    older: dict[str, Any] = {
        "id": "u1", "username": "ada", "primaryEmail": None, "primaryPhone": None,
        "name": None, "avatar": None, "customData": {}, "identities": {},
        "lastSignInAt": None, "createdAt": 1, "updatedAt": 2, "profile": {},
        "applicationId": None, "isSuspended": False,
    }  # fmt: skip
    newer = {**older, "cimdClientId": None, "passwordAlgorithm": "Yescrypt", "tier": "gold"}
    for answer in (older, newer):
        user = models.User.from_dict(answer)
        assert user.to_dict() == answer
    assert models.User.from_dict(newer).additional_properties == {"tier": "gold"}


# Made-up documents: one operation whose answer gains a field, and one added later.


def _document(user_fields: dict[str, Any], required: list[str], *, grants: bool) -> Any:
    answer = {"type": "object", "required": required, "properties": user_fields}
    paths: dict[str, Any] = {
        "/api/users/{userId}": {
            "get": {
                "operationId": "GetUser",
                "responses": {"200": {"content": {"application/json": {"schema": answer}}}},
            }
        }
    }
    if grants:
        paths["/api/users/{id}/grants"] = {
            "get": {"operationId": "ListUserGrants", "responses": {"200": {"description": "ok"}}}
        }
    return {"openapi": "3.0.1", "paths": paths, "components": {"schemas": {}}}


OLD = _document({"id": {"type": "string"}}, ["id"], grants=False)
MIDDLE = _document(
    {"id": {"type": "string"}, "color": {"type": "string"}}, ["id"], grants=True
)  # fmt: skip
NEW = _document(
    {"id": {"type": "string"}, "color": {"type": "string", "description": "The color."}},
    ["id", "color"],
    grants=True,
)
RANGE = [Release("1.0.0", "a", "0"), Release("1.1.0", "b", "1"), Release("master", "c", "2")]


def test_derive_finds_late_fields_and_late_operations() -> None:
    table = releases.derive({"1.0.0": OLD, "1.1.0": MIDDLE, "master": NEW}, RANGE)
    assert table.fields == {"(inline).color": {"since": "master", "sites": ["GetUser 200.color"]}}
    assert table.operations == {
        "GET /api/users/{}/grants": {"operation": "ListUserGrants", "since": "1.1.0"}
    }
    lines = releases.changes(None, table)
    assert "  field (inline).color: since master, older supported releases lack it" in lines
    assert "  - release" not in "\n".join(lines)


def test_a_field_every_release_sends_stays_required() -> None:
    table = releases.derive({"1.0.0": NEW, "1.1.0": NEW, "master": NEW}, RANGE)
    assert table.fields == {}
    assert table.operations == {}


def test_apply_makes_the_field_optional_and_says_since_when() -> None:
    table = releases.derive({"1.0.0": OLD, "1.1.0": MIDDLE, "master": NEW}, RANGE)
    document = copy.deepcopy(NEW)
    releases.apply(document, table)
    answer = document["paths"]["/api/users/{userId}"]["get"]["responses"]["200"]
    schema = answer["content"]["application/json"]["schema"]
    assert schema["required"] == ["id"]
    assert schema["properties"]["color"]["description"].startswith(
        "The color. Sent by Logto master"
    )
    grants = document["paths"]["/api/users/{id}/grants"]["get"]
    assert grants["description"].startswith("Logto ≥ 1.1.0")
    assert grants["responses"]["200"][releases.SINCE_EXTENSION] == "1.1.0"


def test_a_dropped_release_makes_fields_required_again_and_says_so() -> None:
    wide = releases.derive({"1.0.0": OLD, "1.1.0": MIDDLE, "master": NEW}, RANGE)
    narrow_range = [RANGE[1], RANGE[2]]
    narrow_docs = {"1.1.0": NEW, "master": NEW}
    narrow = releases.derive(narrow_docs, narrow_range)
    text = "\n".join(releases.changes(wide, narrow))
    assert "- release 1.0.0" in text
    assert "field (inline).color: in every supported release now (was since master)" in text


def test_union_variants_are_matched_by_their_literal_type() -> None:
    def variant(kind: str, extra: dict[str, Any], required: list[str]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["type", *required],
            "properties": {"type": {"type": "string", "enum": [kind]}, **extra},
        }

    def doc(variants: list[dict[str, Any]]) -> Any:
        document = _document({}, [], grants=False)
        operation = document["paths"]["/api/users/{userId}"]["get"]
        operation["responses"]["200"]["content"]["application/json"]["schema"] = {"oneOf": variants}
        return document

    string = {"value": {"type": "string"}}
    old = doc([variant("b", {}, []), variant("a", string, ["value"])])
    new = doc([variant("a", string, ["value"]), variant("b", string, ["value"])])
    table = releases.derive({"1.0.0": old, "1.1.0": old, "master": new}, RANGE)
    assert table.fields == {
        "(inline).value": {"since": "master", "sites": ["GetUser 200|oneOf1.value"]}
    }


def test_a_release_document_drops_the_json_answers_its_server_does_not_send() -> None:
    answer = {"content": {"application/json": {"schema": {"type": "object"}}}}
    document: Any = {
        "paths": {"/api/users/{userId}/roles": {"post": {"responses": {"201": answer}}}}
    }
    older = json.loads(json.dumps(document))
    assert server_truth.answers_without_body(older, (1, 28, 0)) == [
        "POST /api/users/{}/roles 201: no JSON body before Logto 1.36.0"
    ]
    assert "content" not in older["paths"]["/api/users/{userId}/roles"]["post"]["responses"]["201"]
    assert server_truth.answers_without_body(document, (1, 36, 0)) == []


def test_resource_methods_say_since_which_release_too() -> None:
    from logto_management_api.resources.users import UsersResource

    assert "Logto ≥ 1.36.0" in (UsersResource.get_logto_configs.__doc__ or "")
    assert "Logto < 1.36.0 answers without a JSON body" in (
        UsersResource.assign_roles.__doc__ or ""
    )
