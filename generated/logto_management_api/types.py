"""Contains some shared types for properties"""

import functools
import json
import sys
import types as _types
import typing
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@functools.cache
def _orjson_loads() -> Callable[[bytes], Any] | None:
    """orjson's parser when it is installed, looked up at the first answer parsed (importing an
    operation never imports orjson)."""
    try:
        from orjson import loads
    except ImportError:
        return None
    return loads


# Every digit becomes "0" and every other byte a space, so that a run of 19 zeros marks a number
# of 19 digits or more: orjson reads one beyond 64 bits as a float, without an error, where
# json.loads gives an int. Such a body (or one with a long digit run in a string) is left to
# json.loads.
_DIGITS_AS_ZEROS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_NUMBER = b"0" * 19


def json_loads(content: bytes) -> Any:
    """The JSON value of an answer's body, as ``httpx.Response.json()`` gives it.

    With orjson installed (``pip install "logto-management[orjson]"``) a body is parsed with
    less CPU (``make bench`` reports how much, on a page of users). Whatever orjson refuses and
    the standard library accepts (an integer beyond 64 bits, ``NaN``, a lone surrogate, a body
    in UTF-16) is parsed again by ``json.loads``, so the values and the errors are the standard
    library's in every case.
    """
    fast = _orjson_loads()
    if fast is not None and _LONG_NUMBER not in content.translate(_DIGITS_AS_ZEROS):
        try:
            return fast(content)
        except ValueError:  # orjson.JSONDecodeError is a ValueError
            pass
    return json.loads(
        content
    )  # ---------------------------------------------------------------------------- input checks


#
# Path parameters are data, never routing. An operation's URL is "/api/users/{user_id}" with each
# value percent-encoded (urllib.parse.quote, safe=""), so "/", "?", "#" and "%" stay inside their
# segment. What encoding cannot protect is a whole segment that *is* a dot segment or empty:
# httpx (like every URL library, RFC 3986 section 5.2.4) removes "." and ".." segments, and an empty
# one changes the route too ("/api/users/" + "" lists users, ".." + "/roles/x" deletes a role).
# Those values are refused before anything is sent.
_ROUTING_SEGMENTS = frozenset({"", ".", ".."})


class InvalidPathParameterError(ValueError):
    """A path parameter that would change the request's route ("", "." or ".."), or that
    cannot be encoded. Raised before anything is sent.

    Attributes:
        operation: the operation's module name (``remove_user_role``).
        parameter: the parameter's Python name (``role_id``).
    """

    def __init__(self, message: str, *, operation: str, parameter: str) -> None:
        super().__init__(message)
        self.operation = operation
        self.parameter = parameter

    def __reduce__(self) -> Any:  # keyword-only arguments: pickle (multiprocessing) needs this
        return _rebuild, (type(self), str(self), vars(self))


class InvalidQueryParameterError(ValueError):
    """A query parameter map (``search_params``) that sets a name the operation sets itself
    (``page``, ``page_size``...). Raised before anything is sent.

    Attributes:
        operation, parameter: as for `InvalidPathParameterError`.
        names: the names it must not set.
    """

    def __init__(
        self, message: str, *, operation: str, parameter: str, names: tuple[str, ...]
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.parameter = parameter
        self.names = names

    def __reduce__(self) -> Any:
        return _rebuild, (type(self), str(self), vars(self))


def path_segment(value: Any, operation: str, parameter: str) -> str:
    """``value`` as one percent-encoded path segment of ``operation``'s URL.

    Raises InvalidPathParameterError for "", "." and ".." (a URL would drop or resolve them and
    the request would reach another endpoint: ``remove_user_role(user_id, "..")`` would be
    ``DELETE /api/users/{user_id}``) and for text that cannot be encoded (a lone surrogate).
    """
    text = value if isinstance(value, str) else str(value)
    if text in _ROUTING_SEGMENTS:
        raise InvalidPathParameterError(
            f"{operation}: {parameter}={text!r} is not a valid path parameter: a URL would "
            f"{'drop' if not text or text == '.' else 'resolve'} that segment and the request "
            "would reach another endpoint",
            operation=operation,
            parameter=parameter,
        )
    try:
        return quote(text, safe="")
    except UnicodeEncodeError as exc:
        raise InvalidPathParameterError(
            f"{operation}: {parameter} is not valid text (it cannot be encoded as UTF-8: "
            f"{exc.reason} at position {exc.start})",
            operation=operation,
            parameter=parameter,
        ) from None


def check_query_names(
    value: Any, reserved: tuple[str, ...], operation: str, parameter: str
) -> None:
    """Refuse a query map (a model or a mapping whose entries become query parameters) that
    sets one of ``reserved``, the query names ``operation`` has parameters of its own for."""
    if value is None or isinstance(value, Unset):
        return
    to_dict = getattr(value, "to_dict", None)
    keys = to_dict() if callable(to_dict) else value
    if not isinstance(keys, Mapping):
        return  # not a map: the request builder reports it
    clash = tuple(sorted(name for name in keys if name in reserved))
    if clash:
        names = ", ".join(repr(name) for name in clash)
        raise InvalidQueryParameterError(
            f"{operation}: {parameter} must not set {names}: the operation has parameters of "
            f"its own for {'it' if len(clash) == 1 else 'them'}",
            operation=operation,
            parameter=parameter,
            names=clash,
        )


class _Masked:
    """What a model's repr() shows for a credential (spec/credentials.py lists them)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<masked>"


MASKED = _Masked()


# Models: a keyword-built model checks its fields against their annotations (its
# __attrs_post_init__ calls check_fields); from_dict, the hot path of every answer, checks
# nothing while it succeeds and explains a failure afterwards (model_input_error).


class InvalidModelInputError(TypeError, ValueError):
    """A model field given a value of the wrong type, at construction or in ``from_dict``.

    Both a TypeError and a ValueError. The message names the model and the field, and the type
    that was given, never the value (it may be a secret).

    Attributes:
        model: the model's class name.
        field: the field's Python name, or ``None`` when the whole input is wrong.
    """

    def __init__(self, message: str, *, model: str, field: str | None) -> None:
        super().__init__(message)
        self.model = model
        self._explained: tuple[str, str | None] | None = (message, field)
        self._inputs: tuple[type, Any, Exception, Mapping[str, str]] | None = None

    @classmethod
    def _from_dict(
        cls, model: type, data: Any, exc: Exception, fields: Mapping[str, str]
    ) -> "InvalidModelInputError":
        # Explained only when read: a union of models parses by trying each variant and
        # dropping the errors of those that do not fit, so explaining up front would slow
        # down the parsing of valid answers.
        error = cls.__new__(cls)
        Exception.__init__(error)
        error.model = model.__name__
        error._explained = None
        error._inputs = (model, data, exc, fields)
        return error

    def _explain(self) -> tuple[str, str | None]:
        if self._explained is None:
            assert self._inputs is not None
            self._explained = _explain_from_dict(*self._inputs)
            self.args = (self._explained[0],)
        return self._explained

    @property
    def field(self) -> str | None:
        return self._explain()[1]

    def __str__(self) -> str:
        return self._explain()[0]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self) -> Any:  # explained first: the input it was built from stays behind
        message, field = self._explain()
        return _rebuild, (
            type(self),
            message,
            {"model": self.model, "_explained": (message, field)},
        )


def _rebuild(cls: type[Exception], message: str, state: dict[str, Any]) -> Exception:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    if isinstance(error, InvalidModelInputError):
        error._inputs = None
    return error


_HINTS: dict[type, dict[str, Any] | None] = {}


def _field_hints(cls: type) -> dict[str, Any] | None:
    """The resolved annotations of a model's fields, or None when they cannot be resolved."""
    try:
        return _HINTS[cls]
    except KeyError:
        pass
    module = sys.modules.get(cls.__module__)
    try:
        hints: dict[str, Any] | None = typing.get_type_hints(
            cls, globalns=vars(module) if module else None
        )
    except Exception:  # an annotation that does not resolve: do not check this model
        hints = None
    if hints is not None:
        hints.pop("additional_properties", None)
    _HINTS[cls] = hints
    return hints


def _type_name(hint: Any) -> str:
    """``hint`` as a reader writes it: ``CustomData | Unset``, ``list[str]``."""
    if hint is type(None):
        return "None"
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is _types.UnionType:
        return " | ".join(_type_name(arm) for arm in typing.get_args(hint))
    if origin is Literal:
        return " | ".join(repr(choice) for choice in typing.get_args(hint))
    if origin is not None:
        arguments = ", ".join(_type_name(arm) for arm in typing.get_args(hint))
        return f"{getattr(origin, '__name__', str(origin))}[{arguments}]"
    if isinstance(hint, type):
        return hint.__name__
    return str(hint).replace("typing.", "")


def _fits(value: Any, hint: Any, as_json: bool) -> bool:
    """Whether ``value`` is of type ``hint``; ``as_json``: as it appears in a JSON answer (a
    model is an object, a number may stand for a float). Unknown constructs fit."""
    if hint is Any or hint is object:
        return True
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is _types.UnionType:
        return any(_fits(value, arm, as_json) for arm in typing.get_args(hint))
    if origin is Literal:  # a value a newer Logto added is kept: any value of the same type
        return any(type(value) is type(choice) for choice in typing.get_args(hint))
    if origin is list:
        if not isinstance(value, list):
            return False
        (item,) = typing.get_args(hint) or (Any,)
        return all(_fits(element, item, as_json) for element in value)
    if origin is dict:
        return isinstance(value, dict if not as_json else Mapping)
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(hint, type):
        if as_json and hasattr(hint, "from_dict"):
            return isinstance(value, Mapping)
        if as_json and hint.__module__ == "datetime":
            return isinstance(value, str)
        return isinstance(value, hint)
    return True


def check_fields(instance: Any) -> None:
    """Raise InvalidModelInputError for the first field of ``instance`` whose value does not fit
    its annotation (a keyword-built model: ``CreateOrganizationBody(custom_data="b")``)."""
    cls = type(instance)
    hints = _field_hints(cls)
    if not hints:
        return
    for name, hint in hints.items():
        value = getattr(instance, name, UNSET)
        if not _fits(value, hint, as_json=False):
            raise InvalidModelInputError(
                f"{cls.__name__}: {name} must be {_type_name(hint)}, not {type(value).__name__}",
                model=cls.__name__,
                field=name,
            )


def model_input_error(
    cls: type, data: Any, exc: Exception, fields: Mapping[str, str]
) -> InvalidModelInputError:
    """The error to raise when ``cls.from_dict(data)`` failed with ``exc``. ``fields`` maps
    each JSON name of the model to its field's Python name."""
    return InvalidModelInputError._from_dict(cls, data, exc, fields)


def _explain_from_dict(
    cls: type, data: Any, exc: Exception, fields: Mapping[str, str]
) -> tuple[str, str | None]:
    """The message of a failed ``cls.from_dict(data)`` and the field it blames."""
    model = cls.__name__
    if not isinstance(data, Mapping):
        return f"{model}.from_dict needs a JSON object (a mapping), not {type(data).__name__}", None
    hints = _field_hints(cls) or {}
    for json_name, name in fields.items():
        hint = hints.get(name)
        if json_name not in data:
            if isinstance(exc, KeyError) and hint is not None and not _fits(UNSET, hint, True):
                return f"{model}.from_dict: required field {json_name!r} ({name}) is missing", name
            continue
        if hint is not None and not _fits(data[json_name], hint, as_json=True):
            expected = _type_name(hint).replace(" | Unset", "")
            given = type(data[json_name]).__name__
            return (
                f"{model}.from_dict: {json_name!r} ({name}) must be {expected}, not {given}",
                name,
            )
    if isinstance(exc, InvalidModelInputError):
        # A nested model's own error names its model and field; say where that model sits.
        for json_name, name in fields.items():
            if json_name in data and exc.model in _type_name(hints.get(name)):
                return f"{model}.from_dict: {json_name!r} ({name}): {exc}", name
        return str(exc), exc.field
    detail = str(exc)  # the generated code's own checks (a const, an enum): no field values
    detail = detail if len(detail) <= 200 else detail[:199] + "…"
    return f"{model}.from_dict could not read its input ({type(exc).__name__}: {detail})", None


# What a generated from_dict catches for data that does not fit its model, and raises again as an
# InvalidModelInputError; an operation whose answer does not fit raises
# logto_management.AnswerMismatchError instead (issue 20), which names the operation, the model,
# the field and where in the answer. It is imported only then: parsing an answer that fits
# imports nothing more (logto_management._answer_mismatch, a core module, never imports
# this package).
MISFITS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def answer_misfit_in(operation: str, expected: str, response: Any, exc: BaseException) -> Exception:
    """The error an operation raises when its answer does not fit what it returns."""
    from logto_management._answer_mismatch import AnswerMismatchError

    layers, cause = _misfit_layers(exc)
    return AnswerMismatchError.in_operation(operation, expected, response, layers, cause)


def _misfit_layers(exc: BaseException) -> tuple[list[tuple[str, Any, str, int]], BaseException]:
    """The from_dict calls a misfit went through, innermost first: (model, the data it was given,
    the file and line of its code where the error passed, to tell the field), and the built-in
    error met first."""
    layers: list[tuple[str, Any, str, int]] = []
    while isinstance(exc, InvalidModelInputError) and exc._inputs is not None:
        model, data, inner, _fields = exc._inputs
        tb = inner.__traceback__  # its first entry: the from_dict that caught it
        where = (tb.tb_frame.f_code.co_filename, tb.tb_lineno) if tb is not None else ("", 0)
        layers.append((model.__name__, data, *where))
        exc = inner
    layers.reverse()
    return layers, exc


__all__ = [
    "MISFITS",
    "UNSET",
    "File",
    "FileTypes",
    "InvalidModelInputError",
    "InvalidPathParameterError",
    "InvalidQueryParameterError",
    "MASKED",
    "RequestFiles",
    "Response",
    "Unset",
    "answer_misfit_in",
    "check_fields",
    "check_query_names",
    "json_loads",
    "model_input_error",
    "path_segment",
]
