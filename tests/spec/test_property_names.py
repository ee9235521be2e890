"""Normalization keeps every property name of every operation, at every depth.

For both shared documents, each kept operation's JSON request body and JSON responses are walked
(following ``$ref``) in the source and in the normalized document, and the property paths
compared. The only names the normalized document may add are optional fields that a curated
entity (``User``, ``Application``...) gathers from the operations returning it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from spec.hoist import HTTP_METHODS
from spec.normalize import normalize
from spec.source import REPO_ROOT, parse_document, read_bytes

SHARED = REPO_ROOT.parent / "shared" / "spec"
DOCUMENTS = [
    SHARED / "logto-oss-1.42.0" / "swagger.json",
    SHARED / "logto-cloud-2025-01" / "source.json",
]
JSON = "application/json"

pytestmark = pytest.mark.skipif(
    not all(p.is_file() for p in DOCUMENTS), reason="../shared/spec is not on this machine"
)

Paths = dict[str, bool]  # property path -> required there
PLACEHOLDER = "Validator function"  # zod refinements: the source document drops the inner type
# Recorded among a source operation's paths where it holds a placeholder (not a property name).
PLACEHOLDER_MARK = "<placeholder>"


def _resolve(document: dict[str, Any], node: Any) -> Any:
    seen = set()
    while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def property_paths(document: dict[str, Any], schema: Any, where: str) -> Paths:
    """Every property path under ``schema``: ``body.userIds``, ``200[].customData``..."""
    found: Paths = {}

    def walk(node: Any, path: str, refs: frozenset[str]) -> None:
        if isinstance(node, dict) and "$ref" in node:
            if node["$ref"] in refs:
                return
            refs = refs | {node["$ref"]}
        node = _resolve(document, node)
        if not isinstance(node, dict):
            return
        if node.get("description") == PLACEHOLDER:
            found[path + PLACEHOLDER_MARK] = False
        required = set(node.get("required", []))
        for name, prop in (node.get("properties") or {}).items():
            found[f"{path}.{name}"] = found.get(f"{path}.{name}", False) or name in required
            walk(prop, f"{path}.{name}", refs)
        if isinstance(node.get("items"), dict):
            walk(node["items"], path + "[]", refs)
        if isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"], path + "{}", refs)
        for combiner in ("oneOf", "anyOf", "allOf"):
            for option in node.get(combiner, []):
                walk(option, path, refs)  # a union's fields are the fields of its variants

    walk(schema, where, frozenset())
    return found


def operation_paths(document: dict[str, Any]) -> dict[str, Paths]:
    result: dict[str, Paths] = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            paths: Paths = {}
            media = (operation.get("requestBody") or {}).get("content", {}).get(JSON, {})
            if "schema" in media:
                paths |= property_paths(document, media["schema"], "body")
            for status, answer in operation.get("responses", {}).items():
                media = (_resolve(document, answer).get("content") or {}).get(JSON, {})
                if "schema" in media:
                    paths |= property_paths(document, media["schema"], status)
            result[operation.get("operationId", f"{method} {path}")] = paths
    return result


@cache
def compared(path: Path) -> tuple[dict[str, Paths], dict[str, Paths]]:
    source = parse_document(read_bytes(str(path)), str(path))
    normalized, _report = normalize(source)
    return operation_paths(source), operation_paths(normalized)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_every_property_name_survives_normalization(path: Path) -> None:
    before, after = compared(path)
    lost = {
        op_id: missing
        for op_id, paths in after.items()
        if (
            missing := sorted(
                n for n in set(before[op_id]) - set(paths) if not n.endswith(PLACEHOLDER_MARK)
            )
        )
    }
    assert lost == {}
    assert len(after) > 200


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_only_optional_fields_of_merged_entities_are_added(path: Path) -> None:
    """A field added by a merge is optional, and so is the added field that holds it."""
    before, after = compared(path)
    required_added = {}
    for op_id, paths in after.items():
        placeholders = [
            p.removesuffix(PLACEHOLDER_MARK) for p in before[op_id] if p.endswith(PLACEHOLDER_MARK)
        ]
        added = {
            n
            for n in set(paths) - set(before[op_id])
            if not any(n[: len(p) + 1] in (p + ".", p + "[", p + "{") for p in placeholders)
        }
        outermost = {
            n
            for n in added
            if not any(n[: len(a) + 1] in (a + ".", a + "[", a + "{") for a in added)
        }
        if names := sorted(n for n in outermost if paths[n]):
            required_added[op_id] = names
    assert required_added == {}


def _object(*names: str) -> dict[str, Any]:
    return {"type": "object", "properties": {n: {"type": "string"} for n in names}}


def test_a_property_called_description_is_shape_not_prose() -> None:
    from spec.hoist import shape_key

    assert shape_key(_object("name", "description")) != shape_key(_object("name"))
    documented = {**_object("name"), "description": "The secret name to update"}
    assert shape_key(documented) == shape_key(_object("name"))


def test_a_merged_model_is_named_for_every_operation_using_it() -> None:
    from spec.hoist import hoist

    ids = {
        "type": "object",
        "properties": {"userIds": {"type": "array", "items": {"type": "string"}}},
    }
    body = {"content": {JSON: {"schema": ids}}}
    document: dict[str, Any] = {
        "paths": {
            "/roles/{id}/users": {"post": {"operationId": "CreateRoleUser", "requestBody": body}},
            "/organizations/{id}/users": {
                "post": {"operationId": "AddOrganizationUsers", "requestBody": body}
            },
        }
    }
    hoist(document)
    assert list(document["components"]["schemas"]) == ["UserIdsRequest"]


def test_a_merged_model_keeps_only_the_descriptions_its_uses_agree_on() -> None:
    from spec.hoist import hoist

    def body(text: str) -> dict[str, Any]:
        schema = _object("name", "kind")
        schema["properties"]["name"]["description"] = text
        schema["properties"]["kind"]["description"] = "The kind."
        return {"content": {JSON: {"schema": schema}}}

    document: dict[str, Any] = {
        "paths": {
            "/a": {"patch": {"operationId": "UpdateAppSecret", "requestBody": body("App's")}},
            "/b": {"patch": {"operationId": "UpdateTokenSecret", "requestBody": body("Token's")}},
        }
    }
    hoist(document)
    assert list(document["components"]["schemas"]) == ["SecretRequest"]
    [component] = document["components"]["schemas"].values()
    assert "description" not in component["properties"]["name"]
    assert component["properties"]["kind"]["description"] == "The kind."
