"""The normalizer's transformations, on small hand-made documents."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from spec.hoist import shape_key
from spec.normalize import normalize

Doc = dict[str, Any]

USER = {
    "type": "object",
    "required": ["id", "username"],
    "properties": {
        "id": {"type": "string"},
        "username": {"type": "string", "nullable": True},
        "profile": {
            "type": "object",
            "properties": {"nickname": {"type": "string"}, "website": {"type": "string"}},
        },
    },
}


def op(op_id: str, *, status: str = "200", schema: Any = None, body: Any = None) -> Doc:
    operation: Doc = {"operationId": op_id, "tags": ["Users"], "responses": {}}
    operation["responses"][status] = {"description": "ok"}
    if schema is not None:
        operation["responses"][status]["content"] = {"application/json": {"schema": schema}}
    operation["responses"]["404"] = {"description": "Not found"}
    if body is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return operation


def document(paths: Doc) -> Doc:
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "Cloud"},
        "paths": paths,
        "components": {"schemas": {}},
        "tags": [{"name": "Users"}, {"name": "Experience"}],
    }


def user_api(user: Doc = USER) -> Doc:
    return document(
        {
            "/api/users": {
                "get": op("ListUsers", schema={"type": "array", "items": copy.deepcopy(user)}),
                "post": op("CreateUser", schema=copy.deepcopy(user), body={"type": "object"}),
            },
            "/api/users/{userId}": {
                "get": op("GetUser", schema=copy.deepcopy(user)),
                "delete": op("DeleteUser", status="204"),
            },
            "/api/experience/identification": {
                "post": {"operationId": "IdentifyUser", "tags": ["Experience"], "responses": {}}
            },
            "/api/my-account": {"get": op("GetProfile", schema={"type": "object"})},
        }
    )


def schema_of(doc: Doc, path: str, method: str, status: str = "200") -> Any:
    response = doc["paths"][path][method]["responses"][status]
    return response["content"]["application/json"]["schema"]


def test_keeps_only_the_management_api_and_says_what_it_dropped() -> None:
    normalized, report = normalize(user_api())
    assert set(normalized["paths"]) == {"/api/users", "/api/users/{userId}"}
    assert report.operations_before == 6
    assert report.operations_after == 4
    assert report.dropped == {"Experience API": 1, "My account API": 1}
    assert [t["name"] for t in normalized["tags"]] == ["Users"]


def test_schemaless_error_responses_are_dropped_but_typed_ones_stay() -> None:
    doc = user_api()
    typed_error = {"description": "bad", "content": {"application/json": {"schema": USER}}}
    doc["paths"]["/api/users"]["get"]["responses"]["400"] = typed_error
    normalized, _ = normalize(doc)
    listed = normalized["paths"]["/api/users"]["get"]["responses"]
    assert "404" not in listed
    assert "400" in listed
    assert "404" not in normalized["paths"]["/api/users/{userId}"]["delete"]["responses"]


def test_bodyless_success_beside_a_typed_one_is_dropped() -> None:
    doc = user_api()
    doc["paths"]["/api/users"]["post"]["responses"]["204"] = {"description": "empty"}
    normalized, report = normalize(doc)
    assert set(normalized["paths"]["/api/users"]["post"]["responses"]) == {"200"}
    assert report.notes["drop_bodyless_success_beside_typed"] == [
        "POST /api/users: dropped body-less 204"
    ]


def test_repeated_shape_becomes_one_curated_component() -> None:
    normalized, _ = normalize(user_api())
    ref = {"$ref": "#/components/schemas/User"}
    assert schema_of(normalized, "/api/users/{userId}", "get") == ref
    assert schema_of(normalized, "/api/users", "post") == ref
    assert schema_of(normalized, "/api/users", "get") == {"type": "array", "items": ref}
    user = normalized["components"]["schemas"]["User"]
    assert user["required"] == ["id", "username"]
    assert set(user["properties"]) == {"id", "username", "profile"}


def test_nested_repeated_shapes_get_names_from_where_they_sit() -> None:
    normalized, _ = normalize(user_api())
    schemas = normalized["components"]["schemas"]
    assert schemas["User"]["properties"]["profile"] == {"$ref": "#/components/schemas/Profile"}
    assert set(schemas["Profile"]["properties"]) == {"nickname", "website"}


def test_curated_family_merges_optional_extra_fields() -> None:
    """GetUser with one more field than ListUsers still gives one User; the extra is optional."""
    doc = user_api()
    get_user = schema_of(doc, "/api/users/{userId}", "get")
    get_user["properties"]["hasPassword"] = {"type": "boolean"}
    get_user["required"] = [*get_user["required"], "hasPassword"]
    normalized, _ = normalize(doc)
    user = normalized["components"]["schemas"]["User"]
    assert "hasPassword" in user["properties"]
    assert "hasPassword" not in user["required"]
    for path, method in (("/api/users/{userId}", "get"), ("/api/users", "post")):
        assert schema_of(normalized, path, method) == {"$ref": "#/components/schemas/User"}


def test_curated_member_that_disagrees_is_left_out_of_the_family() -> None:
    doc = user_api()
    created = schema_of(doc, "/api/users", "post")
    created["properties"]["id"] = {"type": "integer"}
    normalized, _ = normalize(doc)
    assert schema_of(normalized, "/api/users/{userId}", "get") == {
        "$ref": "#/components/schemas/User"
    }
    assert schema_of(normalized, "/api/users", "post") != {"$ref": "#/components/schemas/User"}


def test_nullable_shape_keeps_its_nullability_outside_the_component() -> None:
    doc = user_api()
    wrapper = {
        "type": "object",
        "properties": {"owner": {**copy.deepcopy(USER), "nullable": True}},
    }
    doc["paths"]["/api/users/{userId}"]["patch"] = op("UpdateThing", schema=wrapper)
    normalized, _ = normalize(doc)
    answer = schema_of(normalized, "/api/users/{userId}", "patch")
    assert answer == {"$ref": "#/components/schemas/UpdateThingResult"}  # spec/answers.py
    owner = normalized["components"]["schemas"]["UpdateThingResult"]["properties"]["owner"]
    assert owner == {"nullable": True, "allOf": [{"$ref": "#/components/schemas/User"}]}
    assert "nullable" not in normalized["components"]["schemas"]["User"]


def test_literal_formats_become_enums_and_unknown_formats_go() -> None:
    doc = user_api()
    schema = schema_of(doc, "/api/users/{userId}", "get")
    schema["properties"]["kind"] = {"type": "string", "format": '"Password"'}
    schema["properties"]["homepage"] = {"type": "string", "format": "url"}
    schema["properties"]["email"] = {"type": "string", "format": "email"}
    normalized, _ = normalize(doc)
    props = normalized["components"]["schemas"]["User"]["properties"]
    assert props["kind"] == {"type": "string", "enum": ["Password"]}
    assert props["homepage"] == {"type": "string"}
    assert props["email"] == {"type": "string", "format": "email"}


def test_multi_type_request_body_keeps_json() -> None:
    doc = user_api()
    form = {"schema": {"type": "object"}}
    doc["paths"]["/api/users"]["post"]["requestBody"]["content"]["multipart/form-data"] = form
    normalized, _ = normalize(doc)
    body = normalized["paths"]["/api/users"]["post"]["requestBody"]["content"]
    assert list(body) == ["application/json"]


def test_normalization_is_deterministic_and_leaves_its_input_alone() -> None:
    raw = user_api()
    before = json.dumps(raw, sort_keys=True)
    first, _ = normalize(raw)
    second, _ = normalize(raw)
    assert json.dumps(first) == json.dumps(second)
    assert json.dumps(raw, sort_keys=True) == before


def test_names_survive_a_small_change_elsewhere() -> None:
    """Adding an operation and a field to another shape does not rename existing components."""
    base, _ = normalize(user_api())
    changed_doc = user_api()
    changed_doc["paths"]["/api/roles"] = {
        "get": op(
            "ListRoles",
            schema={
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                },
            },
        ),
    }
    changed, _ = normalize(changed_doc)
    assert set(base["components"]["schemas"]) <= set(changed["components"]["schemas"])
    for name in base["components"]["schemas"]:
        assert shape_key(base["components"]["schemas"][name]) == shape_key(
            changed["components"]["schemas"][name]
        )


@pytest.mark.parametrize(
    ("field", "expected"),
    [("customDomains[]", "CustomDomain"), ("identities", "Identities"), ("addresses[]", "Address")],
)
def test_derived_names_read_like_a_person_wrote_them(field: str, expected: str) -> None:
    prop = field.removesuffix("[]")
    shape = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
    value: Any = {"type": "array", "items": shape} if field.endswith("[]") else shape
    parent = {"type": "object", "properties": {prop: value}}
    doc = document(
        {
            "/api/things": {"get": op("ListThings", schema=copy.deepcopy(parent))},
            "/api/others": {"get": op("ListOthers", schema=copy.deepcopy(parent))},
        }
    )
    normalized, _ = normalize(doc)
    assert expected in normalized["components"]["schemas"]


def test_a_large_repeated_enum_becomes_one_component_whatever_its_order() -> None:
    values = ["Native", "SPA", "Traditional", "MachineToMachine", "Protected"]
    doc = user_api()
    schema = schema_of(doc, "/api/users/{userId}", "get")
    schema["properties"]["type"] = {"type": "string", "enum": values}
    create = schema_of(doc, "/api/users", "post")
    create["properties"]["type"] = {"type": "string", "enum": list(reversed(values))}
    listed = schema_of(doc, "/api/users", "get")["items"]
    listed["properties"]["type"] = {"type": "string", "enum": values}
    normalized, _ = normalize(doc)
    schemas = normalized["components"]["schemas"]
    assert schemas["User"]["properties"]["type"] == {"$ref": "#/components/schemas/UserType"}
    assert sorted(schemas["UserType"]["enum"]) == sorted(values)


def test_description_only_properties_beside_a_union_are_prose_not_shape() -> None:
    union = {"oneOf": [{"type": "object", "properties": {"on": {"type": "boolean"}}}]}
    documented = {**union, "properties": {"on": {"description": "Whether it is on."}}}
    doc = user_api()
    schema_of(doc, "/api/users/{userId}", "get")["properties"]["policy"] = documented
    schema_of(doc, "/api/users", "post")["properties"]["policy"] = copy.deepcopy(union)
    schema_of(doc, "/api/users", "get")["items"]["properties"]["policy"] = copy.deepcopy(union)
    normalized, _ = normalize(doc)
    # the three user shapes are still one User: the documentation did not make them differ
    assert schema_of(normalized, "/api/users", "post") == {"$ref": "#/components/schemas/User"}
    assert "policy" in normalized["components"]["schemas"]["User"]["properties"]
