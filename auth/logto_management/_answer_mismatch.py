"""AnswerMismatchError: a 2xx answer that does not fit the model its operation returns.

Apart from the other errors (`_errors.py`) because most of it is the after-the-fact diagnosis:
which field, which model and where in the answer, read back from the generated code a parsing
failure passed through, so that answers that fit pay nothing for it.
"""

from __future__ import annotations

import itertools
import json
import linecache
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._errors import LogtoError
from ._version import SUPPORTED_LOGTO


@dataclass
class _Layer:
    """One model's ``from_dict`` that the misfit went through, innermost first: the model, the
    data it was given, and where in its code the error passed (to tell the field)."""

    model: str
    data: object
    filename: str
    line: int
    cause: BaseException | None = None  # the built-in error, on the innermost layer only


_FIELD_READ = re.compile(r'\bd(?:\["((?:[^"\\]|\\.)*)"\]|\.get\("((?:[^"\\]|\\.)*)")')
_SCAN_LINES = 80


def _field_read_at(filename: str, line: int) -> str | None:
    """The JSON name a generated ``from_dict`` was reading at ``line``: the nearest ``d["name"]``
    or ``d.get("name"`` at or above it (a list or union field spans several lines)."""
    for number in range(line, max(line - _SCAN_LINES, 0), -1):
        text = linecache.getline(filename, number)
        found = _FIELD_READ.findall(text)
        if found:
            return str(found[-1][0] or found[-1][1])
        if "def from_dict" in text:
            break
    return None


class AnswerMismatchError(LogtoError, ValueError):
    """A 2xx answer that does not fit what the operation returns: a required field is missing,
    or a value has another JSON type than the model says (a server outside the supported range,
    a Logto bug).

    Raised by the generated operations. A model's ``from_dict`` called directly raises the
    generated package's ``InvalidModelInputError`` instead; an operation turns that into this
    error, adding the operation, the response and where in the answer. The field is told after
    the fact, from the generated code the error passed through, so that answers that fit pay
    nothing for it.

    Attributes:
        operation: the operation (``"get_user (GET /api/users/{user_id})"``).
        model: the model that the value did not fit (the innermost one), e.g. ``"User"``.
        field: the JSON name of the field, or ``None`` when the value itself is not an object.
        path: where in the answer, e.g. ``"[3].identities"`` (``""`` for the answer itself).
        answer: the raw answer, parsed JSON (or the text when it is not JSON).
        response: the :class:`httpx.Response`.
    The built-in exception met while parsing is the ``__cause__``.
    """

    def __init__(
        self, layers: list[_Layer], *, operation: str, response: httpx.Response, expected: str
    ) -> None:
        super().__init__()
        self._layers = layers
        self.operation = operation
        self.response = response
        self._expected = expected
        self._fallback_reason: str | None = None

    @classmethod
    def in_operation(
        cls,
        operation: str,
        expected: str,
        response: httpx.Response,
        layers: Sequence[tuple[str, object, str, int]],
        cause: BaseException,
    ) -> AnswerMismatchError:
        """The error for an answer that ``operation`` could not parse as ``expected``:
        ``layers`` are the models' ``from_dict`` calls the failure went through, innermost first
        (model name, the data it was given, the file and line where the error passed), and
        ``cause`` the built-in error met first."""
        answer = _parse(response.content)
        found = [_Layer(*layer) for layer in layers]
        if found and (isinstance(answer, list) or not expected.startswith("list[")):
            found[0].cause = cause
            error = cls(found, operation=operation, response=response, expected=expected)
        else:  # the answer as a whole is not what the operation returns (or not JSON)
            error = cls([], operation=operation, response=response, expected=expected)
            error._fallback_reason = (
                f"expected {expected}, got {_json_kind(answer)}"
                if not isinstance(cause, json.JSONDecodeError)
                else "the answer is not JSON"
            )
        error.__cause__ = cause
        return error

    def _diagnosis(self) -> tuple[str, str | None, str, list[str]]:
        """(model, field, reason, path parts innermost first) from the layers."""
        if not self._layers:
            return self._expected, None, self._fallback_reason or "it does not fit", []
        layers = self._layers
        inner = layers[0]
        parts: list[str] = []
        if not isinstance(inner.data, Mapping):
            kind = f"expected a JSON object, got {_json_kind(inner.data)}"
            if len(layers) == 1:
                return inner.model, None, kind, parts
            # Say it of the field that holds it, in the model that has that field.
            outer = layers[1]
            name, value = _holder(outer, inner.data)
            index = _index_of(value, inner.data)
            parts.append(f".{name}[{index}]" if index is not None else f".{name or '?'}")
            got = _json_kind(inner.data)
            reason = f'field "{name}" should hold {inner.model} objects, got {got}'
            if index is None:
                reason = f'field "{name}" should be a {inner.model} object, got {got}'
            model, field, layers = outer.model, name, layers[1:]
        else:
            cause = inner.cause
            if isinstance(cause, KeyError) and cause.args and cause.args[0] not in inner.data:
                field = str(cause.args[0])
                reason = f'required field "{field}" is missing'
            else:
                field = _field_read_at(inner.filename, inner.line)
                value = inner.data.get(field) if field is not None else None
                reason = (
                    f'field "{field}" has an unexpected value ({_json_kind(value)})'
                    if field is not None
                    else f"{type(cause).__name__} while reading it"
                )
            if field is not None:
                parts.append(f".{field}")
            model = inner.model
        for below, outer in itertools.pairwise(layers):
            name, value = _holder(outer, below.data)
            index = _index_of(value, below.data)
            parts.append(f".{name or '?'}" + (f"[{index}]" if index is not None else ""))
        index = _index_of(self.answer, layers[-1].data)
        if index is not None:
            parts.append(f"[{index}]")
        return model, field, reason, parts

    @property
    def model(self) -> str:
        return self._diagnosis()[0]

    @property
    def field(self) -> str | None:
        return self._diagnosis()[1]

    @property
    def path(self) -> str:
        return "".join(reversed(self._diagnosis()[3])).lstrip(".")

    @property
    def answer(self) -> Any:
        return _parse(self.response.content)

    def _describe(self) -> str:
        model, _field, reason, parts = self._diagnosis()
        path = "".join(reversed(parts)).lstrip(".")
        where = f" at {path}" if path else ""
        return (
            f"{self.operation}: the answer does not fit {model}{where}: {reason}. The server may "
            f"be outside the supported range ({SUPPORTED_LOGTO}); the raw answer is on .answer"
        )

    def __str__(self) -> str:
        return self._describe()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(operation={self.operation!r}, model={self.model!r}, "
            f"field={self.field!r}, path={self.path!r})"
        )


def _holder(outer: _Layer, data: object) -> tuple[str | None, object]:
    """The key of ``outer.data`` that holds ``data`` (itself or in a list), and its value: the
    field the code was reading when the error passed, checked; else found by identity (a map's
    entries, which no ``d["name"]`` reads)."""
    if not isinstance(outer.data, Mapping):
        return None, None
    name = _field_read_at(outer.filename, outer.line)
    value = outer.data.get(name) if name is not None else None
    if name is not None and (value is data or _index_of(value, data) is not None):
        return name, value
    for key, value in outer.data.items():
        if value is data or (isinstance(value, list) and any(v is data for v in value)):
            return str(key), value
    return name, value


def _parse(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


def _index_of(container: object, item: object) -> int | None:
    """The index of ``item`` in a list: the same object, or (a re-parsed answer) an equal one."""
    if not isinstance(container, list):
        return None
    for index, value in enumerate(container):
        if value is item:
            return index
    for index, value in enumerate(container):
        if value == item:
            return index
    return None


def _json_kind(value: object) -> str:
    """The JSON type of a value, never the value itself (it may be personal data)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__
