"""The docstrings of the resource methods, from the normalized document: where developers look.

A resource method (``logto.users.get``) gets the operation's full summary and description, Args
(every parameter, with the document's description), Returns (the success answer's description),
Raises (the error classes of the statuses the document lists for the operation, then
``LogtoApiError`` for any other) and a link to Logto's API reference. Written by
spec/resources.py at generation time; the document's error answers without a schema, which
normalization drops, are kept for this as ``x-logto-errors`` (spec/normalize.py).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from spec.hoist import operations

Document = dict[str, Any]

REFERENCE = "https://openapi.logto.io/operation/operation-{}"
ERRORS = "x-logto-errors"
# The error class the hand-written layer raises per status (logto_management._errors._BY_STATUS;
# tests/generated/test_resource_docstrings.py keeps the two equal).
ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
WIDTH = 92


@dataclass
class OperationDoc:
    operation_id: str
    summary: str
    description: str
    parameters: dict[str, str]  # python name -> description
    body: str
    returns: str
    errors: dict[int, str] = field(default_factory=dict)

    @property
    def reference(self) -> str:
        return REFERENCE.format(self.operation_id.lower())


def snake(name: str) -> str:
    """The generator's Python name of a parameter (``includeSsoIdentities`` ->
    ``include_sso_identities``; a keyword gets a ``_`` the lookup strips)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+", "_", name).strip("_").lower()


def _key(method: str, path: str) -> tuple[str, str]:
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def _text(node: Any) -> str:
    return " ".join(str(node or "").split())


def collect(document: Document) -> dict[tuple[str, str], OperationDoc]:
    """(HTTP method, path with ``{}`` for its parameters) -> what the docstring says."""
    shared = document.get("components", {}).get("parameters", {})
    found: dict[tuple[str, str], OperationDoc] = {}
    for path, method, operation in operations(document):
        item = document["paths"][path]
        parameters: dict[str, str] = {}
        for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
            if "$ref" in parameter:
                parameter = shared.get(str(parameter["$ref"]).rsplit("/", 1)[-1], {})
            if parameter.get("name"):
                parameters[snake(parameter["name"])] = _text(parameter.get("description"))
        responses = operation.get("responses", {})
        success = [s for s in responses if s.startswith("2")]
        errors = {int(s): _text(r.get("description")) for s, r in responses.items()
                  if s[:1] in "45" and s.isdigit()}  # fmt: skip
        errors.update({int(s): _text(d) for s, d in operation.get(ERRORS, {}).items()})
        found[_key(method, path)] = OperationDoc(
            operation_id=operation.get("operationId", ""),
            summary=_text(operation.get("summary")),
            description=str(operation.get("description") or "").strip(),
            parameters=parameters,
            body=_text(operation.get("requestBody", {}).get("description")),
            returns=_text(responses[success[0]].get("description")) if success else "",
            errors=dict(sorted(errors.items())),
        )
    return found


def _wrap(text: str, indent: str, first: str = "") -> list[str]:
    lines = textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent + first,
        subsequent_indent=indent + "    " if first else indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [indent + first.rstrip()]


def _paragraphs(text: str, indent: str) -> list[str]:
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        if paragraph.strip():
            if out:
                out.append("")
            out.extend(_wrap(" ".join(paragraph.split()), indent))
    return out


def render(
    doc: OperationDoc | None,
    *,
    parameters: list[str],
    returns: str,
    returns_text: str,
    extra: dict[str, str],
    fallback: str,
    indent: str = "        ",
) -> str:
    """The docstring (its text between the quotes) of one resource method."""
    lines: list[str] = []
    summary = (doc.summary if doc else "") or fallback
    first = textwrap.wrap(summary.rstrip(". ") + ".", width=WIDTH - len(indent) - 3)
    lines.extend([first[0], *_wrap(" ".join(first[1:]), indent)] if len(first) > 1 else first)
    if doc and doc.description and _text(doc.description) != _text(doc.summary):
        lines.append("")
        lines.extend(_paragraphs(doc.description, indent))
    if parameters:
        lines.extend(["", f"{indent}Args:"])
        for name in parameters:
            said = (doc.parameters.get(name.rstrip("_")) if doc else "") or extra.get(name, "")
            if name == "body":
                said = said or (doc.body if doc else "") or "The request body."
            lines.extend(_wrap(said or "(not described by the document)", indent + "    ",
                               f"{name}: "))  # fmt: skip
    lines.extend(["", f"{indent}Returns:"])
    lines.extend(_wrap(returns_text or "(not described by the document)", indent + "    ",
                       f"{returns}: "))  # fmt: skip
    lines.extend(["", f"{indent}Raises:"])
    for status, said in (doc.errors if doc else {}).items():
        name = ERROR_CLASSES.get(
            status, "InternalServerError" if status >= 500 else "LogtoApiError"
        )
        lines.extend(_wrap(f"{status}: {said or 'error'}", indent + "    ", f"{name}: "))
    lines.extend(
        _wrap(
            "any other 4xx/5xx answer (every error class derives from it); LogtoConnectionError "
            "and LogtoTimeoutError when Logto cannot be reached (all from logto_management).",
            indent + "    ",
            "LogtoApiError: ",
        )
    )
    if returns != "None":  # issue 20: an answer that does not fit its model
        lines.extend(
            _wrap(
                "the answer does not fit what this returns (a server outside the supported "
                "range, a Logto bug); it names the model and the field.",
                indent + "    ",
                "AnswerMismatchError: ",
            )
        )
    if doc and doc.operation_id:
        lines.extend(["", f"{indent}Logto's API reference: {doc.reference}"])
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', "'''")
    return text


EPOCH_FIELD = re.compile(r"[a-z]At$")


def epoch_milliseconds(document: Document) -> list[str]:
    """Document the number timestamps (createdAt, expiresAt and the like) as epoch milliseconds
    in the models' field docs: the document gives most of them no description, or no unit."""
    count = 0

    def walk(node: Any) -> None:
        nonlocal count
        if isinstance(node, dict):
            for name, schema in (node.get("properties") or {}).items():
                if (
                    isinstance(schema, dict)
                    and EPOCH_FIELD.search(name)
                    and schema.get("type") in ("number", "integer")
                    and "millisecond" not in str(schema.get("description", "")).lower()
                ):
                    said = str(schema.get("description", "")).strip().rstrip(".")
                    schema["description"] = (
                        f"{said} (epoch milliseconds)." if said else ("Epoch milliseconds.")
                    )
                    count += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document.get("paths", {}))
    walk(document.get("components", {}))
    return [f"{count} timestamps documented as epoch milliseconds"]
