"""The normalization rules of issue 21 on small documents: free-form objects become JsonObject,
maps of strings StringMap; enum unions one enum; one-off answers, union variants and nullable
fields' shapes named (curated, else derived, never by the generator); boolean query parameters
bool, flags sent only when true."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx

from logto_management_api import Client
from spec.answers import merge_enum_unions, name_the_rest
from spec.booleans import boolean_parameters
from spec.json_objects import json_objects

FREE = {"type": "object", "description": "arbitrary", "additionalProperties": True}


def document(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"paths": paths, "components": {"schemas": schemas or {}}}


def op(op_id: str, *, answer: Any = None, body: Any = None, status: str = "200") -> Any:
    operation: dict[str, Any] = {"operationId": op_id, "responses": {status: {"description": "ok"}}}
    if answer is not None:
        operation["responses"][status]["content"] = {"application/json": {"schema": answer}}
    if body is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return operation


def test_free_form_objects_and_string_maps_become_the_two_aliases() -> None:
    body = {
        "type": "object",
        "properties": {
            "customData": copy.deepcopy(FREE),
            "extra": {"type": "object"},
            "maybe": {**FREE, "nullable": True},
            "headers": {"type": "object", "additionalProperties": {"type": "string"}},
            "sized": {"type": "object", "properties": {"n": {"type": "number"}}},
        },
    }
    doc = document(
        {"/api/things": {"post": op("CreateThing", body=body)}},
        {"SearchParams": {"type": "object", "additionalProperties": {"type": "string"}}},
    )
    notes = json_objects(doc)
    props = doc["paths"]["/api/things"]["post"]["requestBody"]["content"]["application/json"]
    props = props["schema"]["properties"]
    assert props["customData"] == {"$ref": "#/components/schemas/JsonObject"}
    assert props["extra"] == {"$ref": "#/components/schemas/JsonObject"}
    assert props["maybe"] == {
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/JsonObject"}],
    }
    assert props["headers"] == {"$ref": "#/components/schemas/StringMap"}
    assert "properties" in props["sized"]
    schemas = doc["components"]["schemas"]
    assert schemas["SearchParams"]["additionalProperties"] == {"type": "string"}  # kept a model
    assert schemas["JsonObject"]["additionalProperties"] is True
    assert notes == ["3 schemas became JsonObject", "1 schemas became StringMap"]


def test_a_union_of_string_enums_is_one_enum() -> None:
    union = {"oneOf": [{"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b", "a"]}]}
    doc = document({"/api/x": {"get": op("GetX", answer={"type": "object", "properties": {
        "kind": union}})}})  # fmt: skip
    merge_enum_unions(doc)
    kind = doc["paths"]["/api/x"]["get"]["responses"]["200"]["content"]["application/json"]
    assert kind["schema"]["properties"]["kind"] == {"type": "string", "enum": ["a", "b"]}


def test_one_off_answers_variants_and_nullable_shapes_get_names_a_person_would_choose() -> None:
    answer = {"type": "object", "properties": {"totalUserCount": {"type": "number"}}}
    variants = {
        "oneOf": [
            {"type": "object", "properties": {"type": {"type": "string", "enum": ["Totp"]}}},
            {"type": "object", "properties": {"type": {"type": "string", "enum": ["Sms"]}}},
        ]
    }
    nullable = {
        "type": "object",
        "properties": {"meta": {"type": "object", "nullable": True, "properties": {"a": {}}}},
    }
    doc = document(
        {
            "/api/count": {"get": op("GetTotalUserCount", answer=answer)},
            "/api/new": {"post": op("RotateWidgets", answer=copy.deepcopy(nullable))},
            "/api/mfa": {"post": op("CreateGadget", body=variants)},
        }
    )
    name_the_rest(doc)
    schemas = doc["components"]["schemas"]
    assert "UserCountTotal" in schemas  # curated (names.py would call {totalUserCount} a field)
    assert "RotateWidgetsResult" in schemas  # derived for an operation the tables do not know
    assert {"TotpGadgetRequest", "SmsGadgetRequest"} <= set(schemas)
    meta = schemas["RotateWidgetsResult"]["properties"]["meta"]
    assert meta == {
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/RotateWidgetsResultMeta"}],
    }
    assert not [n for n in schemas if "Response" in n or "Type0" in n]


def test_boolean_parameters_flags_and_the_tri_state_filter() -> None:
    def parameter(name: str) -> dict[str, Any]:
        truthy = "If it's provided with a truthy value (`true`, `1`, `yes`), more."
        return {"name": name, "in": "query", "schema": {"type": "string"}, "description": truthy}

    doc = document(
        {
            "/api/r": {"get": {**op("ListResources"), "parameters": [parameter("includeScopes")]}},
            "/api/a": {"get": {**op("ListApps"), "parameters": [parameter("isThirdParty")]}},
        }
    )
    boolean_parameters(doc)
    flag = doc["paths"]["/api/r"]["get"]["parameters"][0]
    assert flag["schema"] == {"type": "boolean", "default": False}
    assert flag["description"] == "When True, more."
    assert doc["paths"]["/api/a"]["get"]["parameters"][0]["schema"] == {"type": "boolean"}


def test_a_flag_is_sent_only_when_true_and_a_filter_both_ways() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.params))
        hook: dict[str, Any] = {"id": "h1", "tenantId": "t", "name": "n", "event": None,
                                "events": [], "signingKey": "k", "enabled": True,
                                "config": {"url": "https://x.test"}, "createdAt": 1}  # fmt: skip
        body: Any = [] if request.url.path.endswith("/applications") else hook
        return httpx.Response(200, headers={"Total-Number": "0"}, content=json.dumps(body).encode())

    client = Client(
        base_url="https://logto.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    client.sync.hooks.get("h1", include_execution_stats=False)
    client.sync.hooks.get("h1", include_execution_stats=True)
    client.sync.hooks.get("h1")
    client.sync.applications.list(is_third_party=False).page(1)
    client.sync.applications.list(is_third_party=True).page(1)
    assert seen == [
        "",
        "includeExecutionStats=true",
        "",
        "isThirdParty=false&page=1&page_size=100",
        "isThirdParty=true&page=1&page_size=100",
    ]
