"""The normalized OpenAPI document, as the double reads it at run time.

``management.json.gz`` (in the ``testing`` package, written by ``make generate`` through
``spec/double_document.py``) is the document the client is generated from, without its prose.
:class:`Schemas` turns its schemas into what the double needs: request guards that fail the way
Logto's zod guards fail, and answers that fit the documented response shape.
"""

from __future__ import annotations

import copy
import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .._http import JSONType
from .guards import Field, any_value, array, number, obj, string
from .guards import enum as enum_field

Schema = dict[str, Any]
_MAX_DEPTH = 12
_METHODS = ("get", "post", "put", "patch", "delete")


@cache
def load_document() -> dict[str, Any]:
    """The shipped compact document (paths and component schemas)."""
    data = resources.files("logto_management.testing").joinpath("management.json.gz").read_bytes()
    document: dict[str, Any] = json.loads(gzip.decompress(data))
    return document


@dataclass(frozen=True)
class DocumentOperation:
    """One operation of the document: ``GET /api/hooks/{id}`` is ``GetHook``."""

    method: str
    path: str
    operation_id: str
    spec: dict[str, Any]

    @property
    def success_statuses(self) -> list[int]:
        return sorted(int(s) for s in self.spec.get("responses", {}) if s.startswith("2"))

    def response_schema(self, status: int) -> Schema | None:
        response = self.spec.get("responses", {}).get(str(status), {})
        return _json_schema(response.get("content", {}))

    @property
    def request_schema(self) -> Schema | None:
        return _json_schema(self.spec.get("requestBody", {}).get("content", {}))

    @property
    def query_parameters(self) -> set[str]:
        return {p["name"] for p in self.spec.get("parameters", []) if p.get("in") == "query"}


def _json_schema(content: dict[str, Any]) -> Schema | None:
    """The schema of the first JSON media type of a request body's or response's content."""
    for media, body in content.items():
        if "json" in media:
            schema: Schema | None = body.get("schema")
            return schema
    return None


def document_operations() -> list[DocumentOperation]:
    """Every operation of the shipped document, in document order."""
    out = []
    for path, item in load_document()["paths"].items():
        for method in _METHODS:
            if method in item:
                op = item[method]
                out.append(DocumentOperation(method.upper(), path, op["operationId"], op))
    return out


class Schemas:
    """Guards and answers made from the document's schemas."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._components: dict[str, Schema] = document["components"]["schemas"]

    def resolve(self, schema: Schema) -> Schema:
        seen = 0
        while "$ref" in schema and seen < _MAX_DEPTH:
            schema = self._components[schema["$ref"].rsplit("/", 1)[1]]
            seen += 1
        return schema

    # --- requests ----------------------------------------------------------------------------

    def guard(self, schema: Schema, *, required: bool = False, depth: int = 0) -> Field:
        """A :class:`Field` that checks a value the way the document describes it."""
        schema = self.resolve(schema)
        nullable = bool(schema.get("nullable"))
        if depth > _MAX_DEPTH or "anyOf" in schema or "oneOf" in schema or "allOf" in schema:
            return Field("any", required)
        kind = schema.get("type")
        if "enum" in schema and kind in (None, "string"):
            values = tuple(str(v) for v in schema["enum"])
            return enum_field(*values, required=required, nullable=nullable)
        if kind == "string":
            return string(required=required, nullable=nullable, min_length=schema.get("minLength"))
        if kind in ("number", "integer"):
            return number(required=required, nullable=nullable)
        if kind == "boolean":
            return Field("boolean", required, nullable)
        if kind == "array":
            items = self.guard(schema.get("items", {}), depth=depth + 1)
            return array(items, required=required, min_length=schema.get("minItems"))
        if kind == "object" or "properties" in schema:
            return obj(self.fields(schema, depth=depth + 1), required=required, nullable=nullable)
        return any_value() if not required else Field("any", True)

    def fields(self, schema: Schema, *, depth: int = 0) -> dict[str, Field] | None:
        """The guards of an object's properties; ``None`` when it takes any keys."""
        schema = self.resolve(schema)
        properties: dict[str, Schema] = schema.get("properties", {})
        if not properties or schema.get("additionalProperties") not in (None, False):
            return None
        required = set(schema.get("required", []))
        return {
            name: self.guard(sub, required=name in required, depth=depth)
            for name, sub in properties.items()
        }

    # --- answers -----------------------------------------------------------------------------

    def fits(self, schema: Schema, value: JSONType) -> bool:
        """Whether ``value`` is (shallowly) of the schema's kind: how a union branch is picked."""
        schema = self.resolve(schema)
        if value is None:
            return bool(schema.get("nullable")) or schema.get("type") == "null"
        if "enum" in schema:
            return value in schema["enum"]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return any(self.fits(branch, value) for branch in schema[key])
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            if not isinstance(value, dict):
                return False
            properties = schema.get("properties", {})
            for name in schema.get("required", []):
                if name not in value:
                    return False
            for name, sub in properties.items():  # one-value enums tell union branches apart
                values = self.resolve(sub).get("enum", [])
                if name in value and len(values) == 1 and value[name] != values[0]:
                    return False
            return True
        return _kind_matches(kind, value)

    def conform(self, schema: Schema, value: JSONType, depth: int = 0) -> JSONType:
        """``value`` made to fit ``schema``: what fits is kept, what is missing is defaulted."""
        schema = self.resolve(schema)
        if depth > _MAX_DEPTH:
            return value
        if value is None and (schema.get("nullable") or schema.get("type") == "null"):
            return None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self._conform_union(schema, schema[key], value, depth)
        if "allOf" in schema:
            for part in schema["allOf"]:
                value = self.conform(part, value, depth + 1)
            return value
        if "enum" in schema:
            return value if value in schema["enum"] else self.default(schema, depth=depth)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._conform_object(schema, value, depth)
        if kind == "array":
            if not isinstance(value, list):
                return self.default(schema, depth=depth)
            items = schema.get("items", {})
            return [self.conform(items, item, depth + 1) for item in value]
        if kind is None or _kind_matches(kind, value):
            return value
        return self.default(schema, depth=depth)

    def _conform_union(
        self, schema: Schema, branches: list[Schema], value: JSONType, depth: int
    ) -> JSONType:
        """The first branch that keeps ``value`` whole, else the first that fits it: a
        ``{"enabled": true, "validPeriodDays": 90}`` is not cut down to the ``{"enabled"}``
        branch listed before it."""
        first: JSONType = None
        found = False
        for branch in branches:
            if not self.fits(branch, value):
                continue
            conformed = self.conform(branch, value, depth + 1)
            if conformed == value:
                return conformed
            if not found:
                first, found = conformed, True
        return first if found else self.default(schema, depth=depth)

    def _conform_object(self, schema: Schema, value: JSONType, depth: int) -> dict[str, JSONType]:
        source: dict[str, JSONType] = value if isinstance(value, dict) else {}
        properties: dict[str, Schema] = schema.get("properties", {})
        required = set(schema.get("required", []))
        out: dict[str, JSONType] = {}
        for name, sub in properties.items():
            if name in source:
                out[name] = self.conform(sub, source[name], depth + 1)
            elif name in required:
                out[name] = self.default(sub, depth=depth + 1)
        extra = schema.get("additionalProperties")
        if not properties or extra not in (None, False):
            for name, item in source.items():
                if name not in properties:
                    out[name] = (
                        self.conform(extra, item, depth + 1) if isinstance(extra, dict) else item
                    )
        return out

    def default(self, schema: Schema, *, depth: int = 0) -> JSONType:
        """The plainest value that fits ``schema`` (its ``default`` when it has one)."""
        schema = self.resolve(schema)
        if "default" in schema:
            return copy.deepcopy(schema["default"])
        if "enum" in schema:
            return schema["enum"][0]
        if schema.get("nullable"):
            return None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branches = [self.resolve(b) for b in schema[key]]
                if any(b.get("nullable") or b.get("type") == "null" for b in branches):
                    return None
                return self.default(branches[0], depth=depth + 1)
        if "allOf" in schema:
            return self.conform(schema, {}, depth + 1)
        kind = schema.get("type")
        if kind == "string":
            return _sample_string(schema)
        if kind in ("number", "integer"):
            return schema.get("minimum", 0)
        if kind == "boolean":
            return False
        if kind == "array":
            return []
        if kind == "object" or "properties" in schema:
            return self._conform_object(schema, {}, depth + 1)
        return None


_SAMPLES = ("x", "#000000", "https://example.com", "user@example.com", "1", "example.com", "a1")
_JS_REGEX = re.compile(r"/(?P<body>.*)/(?P<flags>[a-z]*)", re.DOTALL)


def _sample_string(schema: Schema) -> str:
    """The plainest string the schema accepts (``#000000`` for a colour pattern, ...)."""
    plain = "x" * int(schema.get("minLength", 0))
    pattern = schema.get("pattern")
    if not isinstance(pattern, str):
        return plain
    found = _JS_REGEX.fullmatch(pattern)
    body, flags = (found["body"], found["flags"]) if found else (pattern, "")
    try:
        compiled = re.compile(body, re.IGNORECASE if "i" in flags else 0)
    except re.error:
        return plain
    for sample in (plain, *_SAMPLES):
        if compiled.search(sample):
            return sample
    return plain


def _kind_matches(kind: str | None, value: JSONType) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True
