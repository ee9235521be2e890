"""Free-form JSON objects as dicts: ``custom_data={"plan": "pro"}``, not a model per endpoint.

Logto documents ``customData``, ``profile.extra`` and the like as objects without properties
(``{"type": "object", "additionalProperties": true}``, or no ``additionalProperties`` at all). The
generator makes one empty model class per place (``CreateUserBodyCustomData``,
``UpdateUserBodyCustomData``, ...), which a dict cannot be passed to. Here every such schema becomes
a reference to one component, ``JsonObject``, and every map of strings (hook headers, environment
variables) a reference to ``StringMap``. The model template renders those two components as type
aliases (``JsonObject = dict[str, Any]``), and the property templates pass their values through
as they are (spec/templates/json_alias.py.jinja, property_templates/model_property.py.jinja).

``SearchParams``, the exploded ``search_params`` query map, stays a model: the query template
serializes it by ``to_dict()``, and it is the escape hatch of typed search.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Document = dict[str, Any]

JSON_OBJECT = "JsonObject"
STRING_MAP = "StringMap"
ALIASES: dict[str, dict[str, Any]] = {
    JSON_OBJECT: {
        "type": "object",
        "description": "A JSON object, as a dict (custom data, profile extras and the like).",
        "additionalProperties": True,
    },
    STRING_MAP: {
        "type": "object",
        "description": "A JSON object whose values are strings (headers, environment variables).",
        "additionalProperties": {"type": "string"},
    },
}
KEEP = {"SearchParams"}  # components that stay models (see the module docstring)
_VALUES = {"example", "examples", "default", "enum", "const"}  # not schemas
_PROSE = {"description", "example", "examples", "title", "nullable", "deprecated", "default"}


def alias_of(node: Any) -> str | None:
    """The alias a schema is, if it is a free-form object or a map of strings."""
    if not isinstance(node, dict) or node.get("type") != "object" or "$ref" in node:
        return None
    if set(node) - _PROSE - {"type", "additionalProperties", "properties"}:
        return None  # combiners, required lists, constraints: something more than a map
    if node.get("properties"):
        return None
    extra = node.get("additionalProperties", True)
    if extra is True or (isinstance(extra, dict) and not set(extra) - _PROSE):
        return JSON_OBJECT
    if (
        isinstance(extra, dict)
        and extra.get("type") == "string"
        and not set(extra) - _PROSE - {"type"}
    ):
        return STRING_MAP
    return None


def _reference(node: dict[str, Any], name: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{name}"}
    return {"nullable": True, "allOf": [ref]} if node.get("nullable") else ref


def _replace(node: Any) -> Iterator[str]:
    """Replace the free-form sub-schemas of ``node`` in place; yields the alias of each."""
    children: list[tuple[Any, Any]] = []
    if isinstance(node, list):
        children = list(enumerate(node))
    elif isinstance(node, dict):
        children = [(k, v) for k, v in node.items() if k not in _VALUES]
    for key, child in children:
        name = alias_of(child)
        if name is not None:
            node[key] = _reference(child, name)
            yield name
        else:
            yield from _replace(child)


def json_objects(document: Document) -> list[str]:
    """Make free-form objects one ``JsonObject`` (a dict) and maps of strings one ``StringMap``:
    the generator would make an empty model class per place, which a dict cannot be passed to."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    found: list[str] = list(_replace(document.get("paths", {})))
    for name in list(schemas):
        if name in KEEP:
            continue
        whole = alias_of(schemas[name])
        if whole is not None:  # a component that is itself free-form: refer to the alias instead
            found.append(whole)
            schemas[name] = {"allOf": [{"$ref": f"#/components/schemas/{whole}"}]}
            continue
        found.extend(_replace(schemas[name]))
    for name, schema in ALIASES.items():
        schemas[name] = {**schema}
    return [f"{found.count(name)} schemas became {name}" for name in ALIASES]
