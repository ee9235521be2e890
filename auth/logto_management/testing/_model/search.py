"""Logto's search parameters (``search``, ``search.<field>``, ``mode[.<field>]``, ``joint``,
``isCaseSensitive``), evaluated in memory the way Logto's SQL evaluates them.

* ``like`` (the default) is SQL ``LIKE``/``ILIKE``: ``%`` any run, ``_`` one character, and the
  pattern must match the whole value; it is case-insensitive unless ``isCaseSensitive=true``.
* ``exact`` compares whole values (lower-cased on both sides unless case-sensitive) and accepts
  several values for one field (any of them).
* ``similar_to`` (SQL ``SIMILAR TO``, case-sensitive only) and ``posix`` (a regular expression
  searched anywhere in the value) are supported too.
* A bare ``search`` runs over every searchable field; conditions are joined with ``or`` unless
  ``joint=and`` (``jointMode`` is an alias).

Invalid parameters raise :class:`SearchError`; routes turn it into ``400 request.invalid_input``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .._http import JSONType, invalid_input
from .context import Context
from .state import Row

MODES = ("exact", "like", "similar_to", "posix")
JOINTS = ("or", "and")
_TRUTHY = {"1", "true", "y", "yes", "yep", "yeah", "on"}


class SearchError(ValueError):
    """A search parameter Logto rejects (a ``TypeError`` there)."""


@dataclass(frozen=True)
class Match:
    mode: str
    field: str | None
    values: tuple[str, ...]


@dataclass(frozen=True)
class Search:
    matches: tuple[Match, ...]
    joint: str
    case_sensitive: bool


def is_true(value: str | None) -> bool:
    return value is not None and value.lower() in _TRUTHY


def _search_field(key: str) -> str | None:
    path = key.split(".")
    if len(path) > 2:
        nested = ".".join(path[1:])
        raise SearchError(
            f"Unsupported nested search field path `{nested}` detected. "
            "Only the first level field is supported."
        )
    return path[1] if len(path) == 2 else None


def parse_search(query: Sequence[tuple[str, str]]) -> Search:
    """Parse the search parameters of a query (the other parameters are ignored)."""
    params = dict(reversed(query))  # first occurrence wins, like URLSearchParams.get
    joint = params.get("joint") or params.get("jointMode") or "or"
    if joint not in JOINTS:
        raise SearchError(
            f"Search joint mode `{joint}` is not valid, expect one of {', '.join(JOINTS)}."
        )
    case_sensitive = is_true(params.get("isCaseSensitive", "false"))
    modes: dict[str | None, str] = {}
    values: dict[str | None, list[str]] = {}
    for key, value in query:
        if key.startswith("mode"):
            field = _search_field(key)
            if value not in MODES:
                for_field = f" for field `{field}`" if field else ""
                raise SearchError(
                    f"Search match mode `{value}`{for_field} is not valid, "
                    f"expect one of {', '.join(MODES)}."
                )
            modes[field] = value
        elif key.startswith("search"):
            values.setdefault(_search_field(key), []).append(value)
    matches = []
    for field, field_values in values.items():
        mode = modes.get(field) or modes.get(None) or "like"
        if mode == "exact":
            if not all(field_values):
                raise SearchError("Search value cannot be empty.")
        else:
            if len(field_values) != 1:
                raise SearchError(
                    "Only one search value is allowed when search mode is not `exact`."
                )
            if not field_values[0]:
                raise SearchError("Search value cannot be empty.")
        matches.append(Match(mode, field, tuple(field_values)))
    return Search(tuple(matches), joint, case_sensitive)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@lru_cache(maxsize=512)
def _like_regex(pattern: str, case_sensitive: bool) -> re.Pattern[str]:
    out = []
    chars = iter(pattern)
    for char in chars:
        if char == "\\":
            out.append(re.escape(next(chars, "\\")))
        elif char == "%":
            out.append(".*")
        elif char == "_":
            out.append(".")
        else:
            out.append(re.escape(char))
    flags = re.DOTALL | (0 if case_sensitive else re.IGNORECASE)
    return re.compile("".join(out), flags)


@lru_cache(maxsize=512)
def _similar_regex(pattern: str) -> re.Pattern[str]:
    out = []
    chars = iter(pattern)
    for char in chars:
        if char == "\\":
            out.append(re.escape(next(chars, "\\")))
        elif char == "%":
            out.append(".*")
        elif char == "_":
            out.append(".")
        elif char == ".":
            out.append(r"\.")
        else:
            out.append(char)
    try:
        return re.compile("".join(out), re.DOTALL)
    except re.error as error:
        raise SearchError(f"Invalid regular expression: {error}") from None


@lru_cache(maxsize=512)
def _posix_regex(pattern: str, case_sensitive: bool) -> re.Pattern[str]:
    try:
        return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
    except re.error as error:
        raise SearchError(f"Invalid regular expression: {error}") from None


def _predicate(match: Match, case_sensitive: bool) -> Callable[[str], bool]:
    if match.mode == "exact":
        if case_sensitive:
            wanted = set(match.values)
            return lambda value: value in wanted
        lowered = {v.lower() for v in match.values}
        return lambda value: value.lower() in lowered
    if match.mode == "like":
        like = _like_regex(match.values[0], case_sensitive)
        return lambda value: like.fullmatch(value) is not None
    if match.mode == "similar_to":
        if not case_sensitive:
            raise SearchError("Cannot use case-insensitive match for `similar to`.")
        similar = _similar_regex(match.values[0])
        return lambda value: similar.fullmatch(value) is not None
    posix = _posix_regex(match.values[0], case_sensitive)
    return lambda value: posix.search(value) is not None


def compile_search(
    search: Search, fields: Mapping[str, str]
) -> Callable[[Mapping[str, JSONType]], bool] | None:
    """A row filter for the search, or ``None`` when there is nothing to filter.

    ``fields`` maps Logto's snake_case column names to the keys of the rows.
    """
    if not fields:
        raise SearchError("No search field found.")
    conditions: list[tuple[list[str], Callable[[str], bool]]] = []
    for match in search.matches:
        if match.field is None:
            keys = list(fields.values())
        else:
            column = _snake(match.field)
            if column not in fields:
                raise SearchError(
                    f"Search field `{column}` is not valid, expect one of {', '.join(fields)}."
                )
            keys = [fields[column]]
        conditions.append((keys, _predicate(match, search.case_sensitive)))
    if not conditions:
        return None

    def holds(row: Mapping[str, JSONType], keys: list[str], test: Callable[[str], bool]) -> bool:
        return any(isinstance(row.get(k), str) and test(row[k]) for k in keys)

    if search.joint == "and":
        return lambda row: all(holds(row, keys, test) for keys, test in conditions)
    return lambda row: any(holds(row, keys, test) for keys, test in conditions)


def keyword_filter(
    keyword: str | None, keys: Sequence[str]
) -> Callable[[Mapping[str, JSONType]], bool] | None:
    """The ``q`` parameter of organization lists: a case-insensitive substring over ``keys``."""
    if not keyword:
        return None
    needle = keyword.lower()
    return lambda row: any(
        isinstance(row.get(k), str) and needle in str(row[k]).lower() for k in keys
    )


USER_SEARCH_FIELDS = {
    "id": "id",
    "primary_email": "primaryEmail",
    "primary_phone": "primaryPhone",
    "username": "username",
    "name": "name",
}
ROLE_SEARCH_FIELDS = {"id": "id", "name": "name", "description": "description"}
SCOPE_SEARCH_FIELDS = {"id": "id", "name": "name", "description": "description"}
APPLICATION_SEARCH_FIELDS = {"id": "id", "name": "name", "description": "description"}


def search_rows(ctx: Context, rows: Iterable[Row], fields: Mapping[str, str]) -> list[Row]:
    """Apply the request's ``search``/``mode``/``joint`` parameters to ``rows``."""
    try:
        test = compile_search(parse_search(ctx.request.query), fields)
    except SearchError as error:
        raise invalid_input(str(error)) from None
    return [row for row in rows if test is None or test(row)]


def keyword_rows(ctx: Context, rows: list[Row], keys: tuple[str, ...]) -> list[Row]:
    """``rows`` that match the request's ``q`` keyword in one of ``keys`` (all without ``q``)."""
    test = keyword_filter(ctx.request.query_value("q"), keys)
    return [row for row in rows if test is None or test(row)]
