"""Normalization: the raw Logto document in, the document the client is generated from out.

Each transformation is a function ``(document) -> list of notes``; ``TRANSFORMATIONS`` runs them in
order, and its docstring's first line is the reason, printed with the notes.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spec import docstrings, server_truth
from spec.answers import merge_enum_unions, name_the_rest
from spec.booleans import boolean_parameters
from spec.hoist import HTTP_METHODS, hoist, operations
from spec.json_objects import json_objects

Document = dict[str, Any]
Transformation = Callable[[Document], list[str]]

# First path segments under /api that belong to other APIs, which use end-user credentials.
OTHER_APIS = {
    "experience": "Experience API",
    "interaction": "Interaction API (legacy)",
    "my-account": "My account API",
    "verifications": "Verifications API",
}


def keep_management_api(document: Document) -> list[str]:
    """Keep the Management API only: the other APIs use end-user credentials, not an M2M token."""
    dropped: Counter[str] = Counter()
    for path in list(document["paths"]):
        segment = path.split("/")[2] if path.startswith("/api/") else ""
        if segment in OTHER_APIS:
            item = document["paths"].pop(path)
            dropped[OTHER_APIS[segment]] += sum(1 for m in HTTP_METHODS if m in item)
    used = {tag for _p, _m, op in operations(document) for tag in op.get("tags", [])}
    document["tags"] = [tag for tag in document.get("tags", []) if tag["name"] in used]
    return [f"dropped {n} operations of the {api}" for api, n in sorted(dropped.items())]


def drop_schemaless_error_responses(document: Document) -> list[str]:
    """Drop 3xx/4xx/5xx answers without a schema: the generator would type them Any, and the
    hand-written layer raises LogtoApiError for every error status instead."""
    count = 0
    for _path, _method, operation in operations(document):
        responses = operation.get("responses", {})
        for status in list(responses):
            if status[:1] in "345" and not responses[status].get("content"):
                if status[:1] in "45":  # for the resource methods' Raises (spec/docstrings.py)
                    said = responses[status].get("description", "")
                    operation.setdefault(docstrings.ERRORS, {})[status] = said
                del responses[status]
                count += 1
    return [f"dropped {count} schema-less error and redirect responses"]


def drop_bodyless_success_beside_typed(document: Document) -> list[str]:
    """Drop a body-less 2xx answer where another 2xx has a schema: it would widen the return type
    to ``Any | T``; the typed function returns None for it instead."""
    notes = []
    for path, method, operation in operations(document):
        responses = operation.get("responses", {})
        success = [s for s in responses if s.startswith("2")]
        if any(responses[s].get("content") for s in success):
            for status in success:
                if not responses[status].get("content"):
                    del responses[status]
                    notes.append(f"{method.upper()} {path}: dropped body-less {status}")
    return notes


def keep_json_request_bodies(document: Document) -> list[str]:
    """Keep only the JSON body where a body offers JSON and other types: the generator's
    multi-type body code references Unset without importing it (NameError at import)."""
    notes = []
    for path, method, operation in operations(document):
        content = operation.get("requestBody", {}).get("content", {})
        if "application/json" in content and len(content) > 1:
            others = sorted(set(content) - {"application/json"})
            operation["requestBody"]["content"] = {"application/json": content["application/json"]}
            notes.append(f"{method.upper()} {path}: dropped body types {', '.join(others)}")
    return notes


def keep_json_responses(document: Document) -> list[str]:
    """Keep only the JSON form of a response that offers JSON and other types, so the typed
    return value is the parsed JSON model."""
    notes = []
    for path, method, operation in operations(document):
        for status, response in operation.get("responses", {}).items():
            content = response.get("content", {})
            if "application/json" in content and len(content) > 1:
                others = sorted(set(content) - {"application/json"})
                response["content"] = {"application/json": content["application/json"]}
                notes.append(f"{method.upper()} {path} {status}: dropped {', '.join(others)}")
    return notes


STANDARD_FORMATS = {"date-time", "date", "email", "uri", "uuid", "binary", "byte", "int32", "int64"}
STANDARD_FORMATS |= {"float", "double", "password"}


def literal_formats(document: Document) -> list[str]:
    """Turn Logto's literal-as-format (``format: '"Password"'``, ``format: "true"`` on a boolean)
    into a one-value literal and drop other non-standard formats (url, regex, empty): the
    generator ignores them, so discriminating fields of unions (``type``, ``enabled``) were plain
    strings and booleans, and a union parsed into its first variant."""
    literals = booleans = dropped = 0

    def walk(node: Any) -> None:
        nonlocal literals, booleans, dropped
        if isinstance(node, dict):
            fmt = node.get("format")
            if isinstance(fmt, str) and node.get("type") in ("string", "boolean", "number"):
                if node.get("type") == "string" and len(fmt) >= 2 and fmt[0] == fmt[-1] == '"':
                    node["enum"] = [fmt[1:-1]]
                    del node["format"]
                    literals += 1
                elif node.get("type") == "boolean" and fmt in ("true", "false"):
                    # The generator has no boolean enums, and reads ``const`` only on a schema
                    # without ``type: boolean``: that one-value schema is Literal[True]/[False].
                    node["const"] = fmt == "true"
                    del node["format"], node["type"]
                    booleans += 1
                elif fmt not in STANDARD_FORMATS:
                    del node["format"]
                    dropped += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document.get("paths", {}))
    walk(document.get("components", {}))
    return [
        f"{literals} literal formats became one-value enums",
        f"{booleans} boolean literal formats became consts",
        f"{dropped} formats dropped",
    ]


def hoist_shared_shapes(document: Document) -> list[str]:
    """Name shapes that repeat inline (User, Application, Role, ...) as components."""
    return hoist(document)


TRANSFORMATIONS: tuple[Transformation, ...] = (
    keep_management_api,
    # What the real server sends where the document says otherwise (spec/server_truth.py).
    server_truth.resolve_validator_placeholders,
    server_truth.epoch_date_times,
    server_truth.optional_defaults,
    server_truth.string_typed_objects,
    server_truth.jwt_customizer_bodies,
    server_truth.xml_answers,
    server_truth.openapi_document_answers,
    drop_schemaless_error_responses,
    drop_bodyless_success_beside_typed,
    keep_json_request_bodies,
    keep_json_responses,
    literal_formats,
    hoist_shared_shapes,
    json_objects,
    merge_enum_unions,
    name_the_rest,
    boolean_parameters,
    docstrings.epoch_milliseconds,
)


@dataclass
class Report:
    operations_before: int
    operations_after: int
    notes: dict[str, list[str]]

    @property
    def dropped(self) -> dict[str, int]:
        dropped = {}
        for note in self.notes.get("keep_management_api", []):
            words = note.split(" ", 3)  # "dropped N operations of the X"
            dropped[words[3].removeprefix("of the ")] = int(words[1])
        return dropped

    def lines(self, *, verbose: bool = False) -> list[str]:
        out = [
            f"operations: {self.operations_before} in the document, {self.operations_after} kept"
        ]
        for transformation in TRANSFORMATIONS:
            reason = " ".join((transformation.__doc__ or "").split()).split(". ")[0].rstrip(".")
            notes = self.notes.get(transformation.__name__, [])
            out.append(f"- {transformation.__name__}: {reason}")
            shown = (
                notes if verbose or len(notes) <= 6 else [*notes[:6], f"... {len(notes) - 6} more"]
            )
            out.extend(f"    {note}" for note in shown)
        return out


def normalize(raw: Document) -> tuple[Document, Report]:
    """A normalized deep copy of the document, and what was done to it."""
    document = copy.deepcopy(raw)
    before = len(operations(document))
    notes = {t.__name__: t(document) for t in TRANSFORMATIONS}
    return document, Report(before, len(operations(document)), notes)
