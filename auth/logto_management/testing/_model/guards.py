"""Request body and query validation that fails the way Logto's zod guards fail.

Logto validates bodies with zod and answers ``400 guard.invalid_input`` with the zod issues in
``data.issues`` (recorded: ``users_create_invalid``). Unknown keys are dropped, as zod does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .._http import ApiError, JSONType, RawError, Request, Response


@dataclass(frozen=True)
class Field:
    """The expected shape of one value."""

    kind: str  # "string" | "number" | "boolean" | "object" | "array" | "any"
    required: bool = False
    nullable: bool = False
    items: Field | None = None
    fields: Mapping[str, Field] | None = None
    enum: tuple[str, ...] | None = None
    min_length: int | None = None
    pattern: re.Pattern[str] | None = None


def string(
    *,
    required: bool = False,
    nullable: bool = False,
    min_length: int | None = None,
    pattern: str | None = None,
) -> Field:
    return Field(
        "string",
        required,
        nullable,
        min_length=min_length,
        pattern=re.compile(pattern) if pattern else None,
    )


def number(*, required: bool = False, nullable: bool = False) -> Field:
    return Field("number", required, nullable)


def boolean(*, required: bool = False) -> Field:
    return Field("boolean", required)


def enum(*values: str, required: bool = False, nullable: bool = False) -> Field:
    return Field("string", required, nullable, enum=values)


def obj(
    fields: Mapping[str, Field] | None = None, *, required: bool = False, nullable: bool = False
) -> Field:
    """A nested object; ``fields=None`` accepts any keys (``customData``)."""
    return Field("object", required, nullable, fields=fields)


def array(items: Field, *, required: bool = False, min_length: int | None = None) -> Field:
    return Field("array", required, items=items, min_length=min_length)


def any_value() -> Field:
    """Anything (the double does not look at it)."""
    return Field("any")


def string_ids(*, required: bool = True) -> Field:
    """``z.string().min(1).array()``: the ``userIds``/``roleIds`` bodies."""
    return array(string(min_length=1), required=required)


_MISSING = object()


def _type_name(value: object) -> str:
    if value is _MISSING:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


class _Checker:
    def __init__(self) -> None:
        self.issues: list[dict[str, JSONType]] = []

    def type_issue(self, expected: str, value: object, path: list[str | int]) -> None:
        received = _type_name(value)
        message = "Required" if value is _MISSING else f"Expected {expected}, received {received}"
        self.issues.append(
            {
                "code": "invalid_type",
                "expected": expected,
                "received": received,
                "path": path,
                "message": message,
            }
        )

    def check(self, value: object, spec: Field, path: list[str | int]) -> JSONType:
        if value is None and spec.nullable:
            return None
        kind = spec.kind
        if kind == "any":
            return value
        if _type_name(value) != kind:
            self.type_issue(kind, value, path)
            return None
        if isinstance(value, str):
            return self._check_string(value, spec, path)
        if isinstance(value, list):
            if spec.min_length is not None and len(value) < spec.min_length:
                self.issues.append(_too_small("array", spec.min_length, path))
            item = spec.items or Field("any")
            return [self.check(v, item, [*path, i]) for i, v in enumerate(value)]
        if isinstance(value, dict) and spec.fields is not None:
            return self.check_fields(value, spec.fields, path)
        return value

    def _check_string(self, value: str, spec: Field, path: list[str | int]) -> str:
        if spec.enum is not None and value not in spec.enum:
            options = " | ".join(f"'{o}'" for o in spec.enum)
            self.issues.append(
                {
                    "received": value,
                    "code": "invalid_enum_value",
                    "options": list(spec.enum),
                    "path": path,
                    "message": f"Invalid enum value. Expected {options}, received '{value}'",
                }
            )
        if spec.min_length is not None and len(value) < spec.min_length:
            self.issues.append(_too_small("string", spec.min_length, path))
        if spec.pattern is not None and not spec.pattern.search(value):
            self.issues.append(
                {
                    "validation": "regex",
                    "code": "invalid_string",
                    "message": "Invalid",
                    "path": path,
                }
            )
        return value

    def check_fields(
        self, value: Mapping[str, object], fields: Mapping[str, Field], path: list[str | int]
    ) -> dict[str, JSONType]:
        out: dict[str, JSONType] = {}
        for name, spec in fields.items():
            if name not in value:
                if spec.required:
                    self.type_issue(spec.kind, _MISSING, [*path, name])
                continue
            out[name] = self.check(value[name], spec, [*path, name])
        return out


def _too_small(kind: str, minimum: int, path: list[str | int]) -> dict[str, JSONType]:
    unit = "character(s)" if kind == "string" else "element(s)"
    noun = "String" if kind == "string" else "Array"
    return {
        "code": "too_small",
        "minimum": minimum,
        "type": kind,
        "inclusive": True,
        "exact": False,
        "message": f"{noun} must contain at least {minimum} {unit}",
        "path": path,
    }


def _details(issues: list[dict[str, JSONType]]) -> str:
    lines = []
    for issue in issues:
        key_path = ".".join(str(p) for p in issue["path"])
        if issue["code"] == "invalid_type":
            text = f"Expected {issue['expected']} but received {issue['received']}."
        else:
            text = str(issue["message"])
        lines.append(f'Error in key path "{key_path}": ({issue["code"]}) {text}')
    return "\n".join(lines)


def _raise_if_issues(checker: _Checker, where: str) -> None:
    if checker.issues:
        raise ApiError(
            400,
            "guard.invalid_input",
            f"The request {where} is invalid.",
            data={"issues": checker.issues, "name": "ZodError"},
            details=_details(checker.issues),
        )


def parse_json_body(request: Request) -> object:
    """The request body as JSON; ``{}`` when empty (koa-body), Logto's 400 when malformed."""
    if not request.body.strip():
        return {}
    try:
        return json.loads(request.body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        message = _json_error_message(request.body, error)
        raise RawError(Response.json({"message": message}, 400)) from None


def _json_error_message(raw: bytes, error: ValueError) -> str:
    """A V8 ``JSON.parse`` style message (what Logto answers for malformed bodies)."""
    if not isinstance(error, json.JSONDecodeError):
        return "Unexpected token in JSON"
    pos, line, col = error.pos, error.lineno, error.colno
    where = f"in JSON at position {pos} (line {line} column {col})"
    if error.msg.startswith("Expecting property name"):
        return f"Expected property name or '}}' {where}"
    if pos >= len(error.doc):
        return "Unexpected end of JSON input"
    token = error.doc[pos]
    snippet = error.doc if len(error.doc) <= 10 else error.doc[:10] + "..."
    return f"Unexpected token '{token}', \"{snippet}\" is not valid JSON"


def validate_body(request: Request, fields: Mapping[str, Field]) -> dict[str, JSONType]:
    """Parse and validate a JSON object body; unknown keys are dropped."""
    body = parse_json_body(request)
    checker = _Checker()
    if not isinstance(body, dict):
        checker.type_issue("object", body, [])
        _raise_if_issues(checker, "body")
        return {}
    out = checker.check_fields(body, fields, [])
    _raise_if_issues(checker, "body")
    return out


def validate_query(request: Request, fields: Mapping[str, Field]) -> dict[str, JSONType]:
    """Validate string query parameters (first value of each), as ``koaGuard({query})``."""
    present = {name: request.query_value(name) for name in fields}
    values = {k: v for k, v in present.items() if v is not None}
    checker = _Checker()
    out = checker.check_fields(values, fields, [])
    _raise_if_issues(checker, "query")
    return out


def validate_params(params: Mapping[str, str], fields: Mapping[str, Field]) -> dict[str, JSONType]:
    """Validate path parameters, as ``koaGuard({params})`` (``The request params is invalid.``)."""
    checker = _Checker()
    out = checker.check_fields(dict(params), fields, [])
    _raise_if_issues(checker, "params")
    return out
