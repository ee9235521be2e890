"""Typed search for the list operations that take Logto's search parameters.

::

    from logto_management.search import UserSearch, exact, posix

    found = logto.users.list(search=UserSearch(primary_email="%@example.com"))      # like
    found = logto.users.list(search=UserSearch(id=exact("u1", "u2")))               # any of
    found = logto.users.list(
        search=UserSearch(username=posix("^ad"), name="%Ada%", joint="and", case_sensitive=True)
    )

Logto reads ``search.<field>=<value>`` (repeated for several values), ``mode.<field>`` (``like``,
the default, ``exact``, ``similar_to``, ``posix``), ``joint`` (``or``, the default, or ``and``)
and ``isCaseSensitive`` (packages/core/src/utils/search.ts). A plain string is a ``like``
pattern (SQL ``ILIKE``: ``%`` and ``_`` are wildcards). Several values are allowed only with
``exact`` (any of them matches), and ``similar_to`` only case-sensitively: both are refused here
before a request, as Logto would refuse them with a 400.

Each entity searches its own fields, and a misspelled one is a type error:
:class:`UserSearch` (users, a role's users), :class:`ApplicationSearch` (applications, a role's
applications), :class:`RoleSearch` (roles, a user's or an application's roles) and
:class:`ScopeSearch` (a resource's or a role's scopes). ``search_params`` stays the escape
hatch: its keys are sent as they are, after (and over) the typed search's.

This module imports nothing of the generated package: the generated resources build on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Literal, Protocol, TypeVar

__all__ = [
    "ApplicationSearch",
    "Match",
    "Mode",
    "RoleSearch",
    "ScopeSearch",
    "Search",
    "UserSearch",
    "exact",
    "like",
    "posix",
    "similar_to",
]

Mode = Literal["like", "exact", "similar_to", "posix"]
Joint = Literal["and", "or"]


@dataclass(frozen=True)
class Match:
    """What one field must match: its values and the match mode. Build it with :func:`like`,
    :func:`exact`, :func:`similar_to` or :func:`posix`; a plain ``str`` is :func:`like`."""

    values: tuple[str, ...]
    mode: Mode = "like"

    def __post_init__(self) -> None:
        if not self.values or not all(isinstance(v, str) and v for v in self.values):
            raise ValueError(f"a search needs non-empty string values (got {self.values!r})")
        if self.mode != "exact" and len(self.values) > 1:
            raise ValueError(
                f"several values for one field need exact(...): Logto allows one {self.mode} "
                f"pattern per field (got {len(self.values)})"
            )


def like(pattern: str) -> Match:
    """SQL ``LIKE`` (case-insensitive unless ``case_sensitive``): ``%`` and ``_`` are
    wildcards (``"%@example.com"``). The default mode: a plain string means the same."""
    return Match((pattern,), "like")


def exact(*values: str) -> Match:
    """Equal to one of ``values`` (case-insensitive unless ``case_sensitive``)."""
    return Match(values, "exact")


def similar_to(pattern: str) -> Match:
    """SQL ``SIMILAR TO`` (``"(ada|bob)%"``); Logto allows it only with ``case_sensitive=True``."""
    return Match((pattern,), "similar_to")


def posix(pattern: str) -> Match:
    """A POSIX regular expression (``"^ad[a-z]+$"``), case-insensitive unless
    ``case_sensitive``."""
    return Match((pattern,), "posix")


FieldMatch = str | Match


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)


@dataclass(frozen=True, kw_only=True)
class Search:
    """What every search has: ``any_field`` (matched against each of the entity's fields),
    ``joint`` (``"or"``: any field matches, the default; ``"and"``: all) and
    ``case_sensitive``. Subclasses add the fields of their entity."""

    any_field: FieldMatch | None = None
    joint: Joint = "or"
    case_sensitive: bool = False

    def __post_init__(self) -> None:
        for name, match in self._matches():
            if match.mode == "similar_to" and not self.case_sensitive:
                raise ValueError(
                    f"similar_to ({name or 'any_field'}) needs case_sensitive=True: Logto "
                    "refuses a case-insensitive SIMILAR TO"
                )

    def _matches(self) -> list[tuple[str, Match]]:
        """(Logto's field name, or "" for any field; the match) of every field that is set."""
        found: list[tuple[str, Match]] = []
        for field in fields(self):
            value = getattr(self, field.name)
            if field.name in ("joint", "case_sensitive") or field.name in self._options():
                continue
            if value is None:
                continue
            match = value if isinstance(value, Match) else like(value)
            found.append(("" if field.name == "any_field" else _camel(field.name), match))
        return found

    @classmethod
    def _options(cls) -> tuple[str, ...]:
        """Fields that are plain query parameters, not searched fields (exclusions)."""
        return ()

    def to_query(self) -> dict[str, str | list[str]]:
        """The query parameters Logto reads (several values as a list: repeated keys)."""
        query: dict[str, str | list[str]] = {}
        for name, match in self._matches():
            key = f".{name}" if name else ""
            query[f"search{key}"] = list(match.values) if len(match.values) > 1 else match.values[0]
            query[f"mode{key}"] = match.mode
        if self.joint != "or":
            query["joint"] = self.joint
        if self.case_sensitive:
            query["isCaseSensitive"] = "true"
        for option in self._options():
            value = getattr(self, option)
            if value is not None:
                query[_camel(option)] = value
        return query


@dataclass(frozen=True, kw_only=True)
class UserSearch(Search):
    """Search users (``users.list``, ``roles.list_users``) by their searchable fields.

    ``exclude_role_id`` / ``exclude_organization_id`` (``users.list`` only, not both): leave out
    the users that have that role, or are members of that organization."""

    id: FieldMatch | None = None
    primary_email: FieldMatch | None = None
    primary_phone: FieldMatch | None = None
    username: FieldMatch | None = None
    name: FieldMatch | None = None
    exclude_role_id: str | None = None
    exclude_organization_id: str | None = None

    @classmethod
    def _options(cls) -> tuple[str, ...]:
        return ("exclude_role_id", "exclude_organization_id")

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.exclude_role_id is not None and self.exclude_organization_id is not None:
            raise ValueError(
                "exclude_role_id and exclude_organization_id cannot be used together (Logto "
                "refuses it)"
            )


@dataclass(frozen=True, kw_only=True)
class ApplicationSearch(Search):
    """Search applications (``applications.list``, ``roles.list_applications``)."""

    id: FieldMatch | None = None
    name: FieldMatch | None = None
    description: FieldMatch | None = None


@dataclass(frozen=True, kw_only=True)
class RoleSearch(Search):
    """Search roles (``roles.list``, ``users.list_roles``, ``applications.list_roles``)."""

    id: FieldMatch | None = None
    name: FieldMatch | None = None
    description: FieldMatch | None = None


@dataclass(frozen=True, kw_only=True)
class ScopeSearch(Search):
    """Search scopes (``resources.list_scopes``, ``roles.list_scopes``)."""

    id: FieldMatch | None = None
    name: FieldMatch | None = None
    description: FieldMatch | None = None


P = TypeVar("P")
P_co = TypeVar("P_co", covariant=True)
E = TypeVar("E")


class _Builds(Protocol[P_co]):  # SearchParams, as the generated resources pass it
    def from_dict(self, src_dict: Mapping[str, Any], /) -> P_co: ...


def search_params(search: Search | None, escape: E, build: _Builds[P]) -> P | E:
    """What a generated resource method passes as ``search_params``: the typed search's query,
    then ``escape`` (the ``search_params`` argument, a ``SearchParams`` or UNSET) over it.
    Without a typed search, ``escape`` as it is."""
    if search is None:
        return escape
    query: dict[str, Any] = search.to_query()
    to_dict = getattr(escape, "to_dict", None)
    if callable(to_dict):
        query.update(to_dict())
    return build.from_dict(query)
