"""The rules of spec/server_truth.py: on Logto's real documents, and on small hand-made ones."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from spec import server_truth
from spec.normalize import normalize
from spec.source import REPO_ROOT, parse_document, read_bytes

SHARED = REPO_ROOT.parent / "shared" / "spec"
DOCUMENTS = [
    SHARED / "logto-oss-1.42.0" / "swagger.json",
    SHARED / "logto-cloud-2025-01" / "source.json",
]


def placeholder() -> dict[str, Any]:
    return {"type": "object", "description": "Validator function", "additionalProperties": True}


def document(path: str, schema: Any, *, body: bool = False) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": "Op", "responses": {"200": {"description": "ok"}}}
    if body:
        operation["requestBody"] = {"content": {"application/json": {"schema": schema}}}
    else:
        operation["responses"]["200"]["content"] = {"application/json": {"schema": schema}}
    return {"paths": {path: {"post": operation}}}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_no_placeholder_survives_normalization(path: Path) -> None:
    if not path.is_file():
        pytest.skip(f"{path} is not on this machine")
    raw = parse_document(read_bytes(str(path)), str(path))
    normalized, _report = normalize(raw)
    assert server_truth.unresolved_placeholders(normalized) == []
    assert '"Validator function"' not in repr(normalized).replace("'", '"')


def test_the_oss_document_has_74_placeholders_all_resolved() -> None:
    path = DOCUMENTS[0]
    if not path.is_file():
        pytest.skip(f"{path} is not on this machine")
    raw = parse_document(read_bytes(str(path)), str(path))
    assert len(server_truth.unresolved_placeholders(raw)) == 74
    _doc, report = normalize(raw)
    assert report.notes["resolve_validator_placeholders"][0] == "74 placeholders resolved, 0 left"


def test_an_unknown_placeholder_is_reported_and_kept() -> None:
    doc = document("/api/widgets", {"type": "object", "properties": {"shape": placeholder()}})
    notes = server_truth.resolve_validator_placeholders(doc)
    assert notes[0] == "0 placeholders resolved, 1 left"
    assert notes[-1] == "UNRESOLVED POST /api/widgets 200: shape"
    assert server_truth.unresolved_placeholders(doc) == ["POST /api/widgets 200: shape"]


def test_redirect_uris_become_strings() -> None:
    uris: dict[str, Any] = {"type": "array", "items": placeholder()}
    metadata = {"type": "object", "properties": {"redirectUris": uris}}
    schema = {"type": "object", "properties": {"oidcClientMetadata": metadata}}
    doc = document("/api/applications", schema, body=True)
    server_truth.resolve_validator_placeholders(doc)
    assert uris["items"] == {"type": "string"}


def test_a_nullable_placeholder_stays_nullable_behind_a_named_component() -> None:
    node = {**placeholder(), "nullable": True}
    doc = document("/api/saml-applications", {"type": "object", "properties": {"encryption": node}})
    server_truth.resolve_validator_placeholders(doc)
    assert node == {"allOf": [{"$ref": "#/components/schemas/SamlEncryption"}], "nullable": True}
    assert "certificate" in doc["components"]["schemas"]["SamlEncryption"]["properties"]


def test_a_connector_name_is_a_translation_map_only_under_connectors() -> None:
    schema = {"type": "object", "properties": {"name": placeholder()}}
    connectors = document("/api/connectors/{id}", copy.deepcopy(schema))
    others = document("/api/widgets", copy.deepcopy(schema))
    server_truth.resolve_validator_placeholders(connectors)
    server_truth.resolve_validator_placeholders(others)
    name = connectors["paths"]["/api/connectors/{id}"]["post"]["responses"]["200"]
    assert name["content"]["application/json"]["schema"]["properties"]["name"] == {
        "$ref": "#/components/schemas/I18nPhrases"
    }
    assert server_truth.unresolved_placeholders(others) == ["POST /api/widgets 200: name"]


def test_required_with_default_becomes_optional_in_request_bodies_only() -> None:
    schema = {
        "type": "object",
        "required": ["name", "scopeIds"],
        "properties": {"name": {"type": "string"}, "scopeIds": {"type": "array", "default": []}},
    }
    body = document("/api/organization-roles", copy.deepcopy(schema), body=True)
    answer = document("/api/organization-roles", copy.deepcopy(schema))
    notes = server_truth.optional_defaults(body)
    assert notes == ["POST /api/organization-roles body: scopeIds"]
    request = body["paths"]["/api/organization-roles"]["post"]["requestBody"]
    assert request["content"]["application/json"]["schema"]["required"] == ["name"]
    assert server_truth.optional_defaults(answer) == []


def test_listed_epoch_date_times_become_numbers() -> None:
    expires = {"type": "string", "format": "date-time"}
    schema = {"type": "array", "items": {"type": "object", "properties": {"expiresAt": expires}}}
    doc = document("/api/saml-applications/{id}/secrets", schema)
    assert len(server_truth.epoch_date_times(doc)) == 1
    assert expires == {"type": "number"}


def test_xml_answers_keep_only_xml() -> None:
    doc = document("/api/saml-applications/{id}/metadata", {"type": "string"})
    response = doc["paths"]["/api/saml-applications/{id}/metadata"]["post"]["responses"]["200"]
    response["content"]["text/xml"] = {"schema": {"type": "string"}}
    assert server_truth.xml_answers(doc) == [
        "POST /api/saml-applications/{id}/metadata 200: text/xml read as str"
    ]
    assert list(response["content"]) == ["text/xml"]


def test_openapi_document_answers_are_marked_json_objects() -> None:
    operation: dict[str, Any] = {"responses": {"200": {"content": {"application/json": {}}}}}
    doc: dict[str, Any] = {"paths": {"/api/swagger.json": {"get": operation}}}
    assert server_truth.openapi_document_answers(doc) == [
        "GET /api/swagger.json 200: a JSON object, dict[str, Any]"
    ]
    response = operation["responses"]["200"]
    assert response["content"]["application/json"] == {"schema": {}}
    assert response[server_truth.JSON_OBJECT] is True


def test_openapi_document_answers_are_plain_dicts() -> None:
    from typing import assert_type

    import httpx

    from logto_management_api import Client, errors
    from logto_management_api.api.swagger_json import get_swagger_json

    document = {"openapi": "3.0.1", "paths": {"/api/x": {}}, "info": {"title": "Logto"}}
    client = Client("http://logto.invalid", raise_on_unexpected_status=True)
    parsed = get_swagger_json._parse_response(
        client=client, response=httpx.Response(200, json=document)
    )
    assert parsed == document
    assert type(parsed) is dict
    sync_answer = get_swagger_json.sync(
        client=Client(
            "http://logto.invalid",
            httpx_args={
                "transport": httpx.MockTransport(lambda _: httpx.Response(200, json=document))
            },
        )
    )
    assert_type(sync_answer, dict[str, Any])
    assert sync_answer == document
    with pytest.raises(errors.UnexpectedStatus):
        get_swagger_json._parse_response(client=client, response=httpx.Response(200, json=[1]))


def test_every_rule_prints_its_reason() -> None:
    from spec.normalize import TRANSFORMATIONS

    ours = [t for t in TRANSFORMATIONS if t.__module__ == server_truth.__name__]
    assert len(ours) == 7
    assert all(re.match(r"\w", (t.__doc__ or "").strip()) for t in ours)


def test_a_string_with_properties_becomes_an_object() -> None:
    acs = {"type": "string", "required": ["url"], "properties": {"url": {"type": "string"}}}
    doc = document("/api/saml-applications", {"type": "object", "properties": {"acsUrl": acs}})
    assert server_truth.string_typed_objects(doc) == ["POST /api/saml-applications 200: acsUrl"]
    assert acs["type"] == "object"


def test_the_jwt_customizer_body_gets_its_types_and_requires_the_script() -> None:
    fields = ("script", "environmentVariables", "contextSample", "blockIssuanceOnError")
    body: dict[str, Any] = {"properties": {name: {"description": name} for name in fields}}
    doc = document("/api/configs/jwt-customizer/{tokenTypePath}", body, body=True)
    doc["paths"]["/api/configs/jwt-customizer/{tokenTypePath}"]["put"] = doc["paths"][
        "/api/configs/jwt-customizer/{tokenTypePath}"
    ].pop("post")
    assert server_truth.jwt_customizer_bodies(doc) == [
        "PUT /api/configs/jwt-customizer/{tokenTypePath} body"
    ]
    assert body["required"] == ["script"]
    assert body["properties"]["script"] == {"description": "script", "type": "string"}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_no_date_time_is_left_where_logto_sends_epoch_numbers(path: Path) -> None:
    """Every date-time of these documents was checked against the server: all are epoch ms."""
    if not path.is_file():
        pytest.skip(f"{path} is not on this machine")
    normalized, _report = normalize(parse_document(read_bytes(str(path)), str(path)))
    left = [
        f"{label}: {place}"
        for place, node, label in server_truth.schemas(normalized)
        if node.get("format") == "date-time"
    ]
    assert left == []
