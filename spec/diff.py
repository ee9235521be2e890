"""What changed between two (normalized) documents, in a screenful a person can read."""

from __future__ import annotations

from typing import Any

from spec.hoist import HTTP_METHODS
from spec.normalize import Document

Fields = dict[str, str]


def _resolve(document: Document, schema: Any, seen: frozenset[str] = frozenset()) -> Any:
    if isinstance(schema, dict) and "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return {"type": name}
        target = document.get("components", {}).get("schemas", {}).get(name, {})
        return _resolve(document, target, seen | {name})
    return schema


def type_of(document: Document, schema: Any) -> str:
    """A short type description: ``string``, ``integer?`` (nullable), ``array[User]``, ``Role``."""
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[-1])
    nullable = "?" if schema.get("nullable") else ""
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return type_of(document, schema["allOf"][0]) + nullable
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            return " | ".join(type_of(document, s) for s in schema[combiner]) + nullable
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array[{type_of(document, schema.get('items'))}]{nullable}"
    if "enum" in schema:
        values = "|".join(map(str, schema["enum"][:4])) + ("|…" if len(schema["enum"]) > 4 else "")
        return f"{kind}({values})"
    return f"{kind}{nullable}"


def fields(document: Document, schema: Any) -> Fields:
    """Top-level fields of a body (items of an array body) and their types."""
    schema = _resolve(document, schema)
    if isinstance(schema, dict) and schema.get("type") == "array":
        schema = _resolve(document, schema.get("items"))
    if not isinstance(schema, dict):
        return {}
    return {name: type_of(document, prop) for name, prop in schema.get("properties", {}).items()}


def signature(document: Document) -> dict[str, dict[str, Fields]]:
    """operation -> {"params": name -> type, "body": field -> type, "<status>": field -> type}."""
    result: dict[str, dict[str, Fields]] = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            entry: dict[str, Fields] = {"params": {}}
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                if "$ref" in param:
                    name = param["$ref"].rsplit("/", 1)[-1]
                    param = document.get("components", {}).get("parameters", {}).get(name, {})
                entry["params"][param.get("name", "?")] = type_of(document, param.get("schema"))
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            entry["body"] = fields(document, body.get("schema"))
            for status, response in op.get("responses", {}).items():
                media = response.get("content", {}).get("application/json", {})
                entry[status] = fields(document, media.get("schema"))
            result[f"{method.upper()} {path} ({op.get('operationId')})"] = entry
    return result


def _compare(old: Fields, new: Fields) -> list[str]:
    """``+name:type``, ``-name``, ``~name:old->new``; a component merely renamed is no change."""

    def renamed(a: str, b: str) -> bool:
        return a[:1].isupper() and b[:1].isupper()

    changes = [f"+{name}:{kind}" for name, kind in new.items() if name not in old]
    changes += [f"-{name}" for name in old if name not in new]
    changes += [
        f"~{name}:{old[name]}->{new[name]}"
        for name in new
        if name in old and old[name] != new[name] and not renamed(old[name], new[name])
    ]
    return changes


def _grouped(operations: list[str]) -> list[str]:
    """``users: ListUserGrants, GetUserSession, ...`` per first path segment."""
    groups: dict[str, list[str]] = {}
    for op in operations:
        path, op_id = op.split(" ")[1], op.rsplit("(", 1)[-1].rstrip(")")
        groups.setdefault(path.split("/")[2] if path.count("/") >= 2 else path, []).append(op_id)
    return [f"{segment} ({len(ids)}): {', '.join(ids)}" for segment, ids in sorted(groups.items())]


def _clip(text: str, width: int = 118) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def report(old: Document, new: Document, *, limit: int = 60) -> list[str]:
    """Operations added and removed; parameters and body/response fields added, removed, retyped."""
    before, after = signature(old), signature(new)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed: list[str] = []
    for op in sorted(set(before) & set(after)):
        details = []
        for part in sorted(set(before[op]) | set(after[op])):
            diff = _compare(before[op].get(part, {}), after[op].get(part, {}))
            label = {"params": "parameters", "body": "request body"}.get(part, f"response {part}")
            if diff:
                details.append(_clip(f"    {label}: {' '.join(diff)}"))
        if details:
            changed += [f"  ~ {op}", *details]
    out = [
        f"operations: {len(before)} -> {len(after)}: {len(added)} added, {len(removed)} removed, "
        f"{sum(1 for line in changed if line.startswith('  ~'))} changed"
    ]
    out += [_clip(f"  + {line}") for line in _grouped(added)]
    out += [_clip(f"  - {line}") for line in _grouped(removed)]
    if len(changed) > limit:
        hidden = len(changed) - limit
        changed = [*changed[:limit], f"  … {hidden} more lines (make spec-diff FULL=1 shows all)"]
    return out + changed
