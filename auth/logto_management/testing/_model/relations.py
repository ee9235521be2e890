"""Looking entities up and keeping relation lists (ordered ids per owner), as Logto's
queries and join tables do."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from .._http import ApiError, not_exists_with_id, not_found
from .context import Context
from .state import Row

T = TypeVar("T")


def require(mapping: Mapping[str, T], key: str) -> T:
    """The entity with this id, or Logto's ``404 entity.not_found``."""
    found = mapping.get(key)
    if found is None:
        raise not_found()
    return found


def require_by_id(mapping: Mapping[str, T], table: str, key: str) -> T:
    """The entity with this id, or ``404 entity.not_exists_with_id`` naming the table: what
    Logto's ``findById`` queries answer (``require`` is for routes that answer
    ``entity.not_found``)."""
    found = mapping.get(key)
    if found is None:
        raise not_exists_with_id(table, key)
    return found


def existing_ids(
    ids: Sequence[str], mapping: Mapping[str, object], error: Callable[[str], ApiError]
) -> list[str]:
    """``ids`` without duplicates, each checked to exist in ``mapping``."""
    unique = list(dict.fromkeys(ids))
    for item in unique:
        if item not in mapping:
            raise error(item)
    return unique


def add_missing(items: list[str], new: Iterable[str]) -> None:
    """Append to a relation list each of ``new`` it does not hold yet, in order (adding what is
    already there is not an error in Logto)."""
    items.extend(item for item in new if item not in items)


def remove_or_404(items: list[str], item: str) -> None:
    """Take ``item`` out of a relation list, or Logto's ``404 entity.not_found`` if absent."""
    if item not in items:
        raise not_found()
    items.remove(item)


def replace_members(
    members: dict[str, list[str]],
    member_roles: dict[tuple[str, str], list[str]],
    org_id: str,
    member_ids: list[str],
) -> None:
    """Make ``member_ids`` the organization's members (users or applications); those who
    leave lose their roles there."""
    members[org_id] = member_ids
    for key in [k for k in member_roles if k[0] == org_id]:
        if key[1] not in member_ids:
            del member_roles[key]


def remove_member(
    members: list[str],
    member_roles: dict[tuple[str, str], list[str]],
    org_id: str,
    member_id: str,
) -> None:
    """Take one member (user or application) out of the organization with its roles there,
    or ``404 entity.not_found`` if it is not a member."""
    remove_or_404(members, member_id)
    member_roles.pop((org_id, member_id), None)


def organization_of(ctx: Context) -> Row:
    """The organization of the path's ``{id}``, or ``404 entity.not_found``."""
    return require(ctx.state.organizations, ctx.params["id"])


def organization_id_of(ctx: Context) -> str:
    """The id of the path's organization, or ``404 entity.not_exists_with_id``."""
    found: Row = require_by_id(ctx.state.organizations, "organizations", ctx.params["id"])
    return str(found["id"])
