"""Contains some shared types for properties"""

import functools
import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

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
    return json.loads(content)


# What a generated from_dict raises for data that does not fit its model (ValueError covers the
# misfit error of a nested model). Wrapped into logto_management.AnswerMismatchError, which names
# the model and the field; imported only then, so that parsing never imports the hand-written
# package (logto_management._errors never imports this one).
MISFITS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def answer_misfit(model: type, data: object, exc: BaseException) -> Exception:
    """The error a model's from_dict raises when ``data`` does not fit it."""
    from logto_management._errors import AnswerMismatchError

    return AnswerMismatchError.wrap(model, data, exc)


def answer_misfit_in(operation: str, expected: str, response: Any, exc: BaseException) -> Exception:
    """The error an operation raises when its answer does not fit what it returns."""
    from logto_management._errors import AnswerMismatchError

    return AnswerMismatchError.in_operation(operation, expected, response, exc)


__all__ = [
    "MISFITS",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "answer_misfit",
    "answer_misfit_in",
    "json_loads",
]
