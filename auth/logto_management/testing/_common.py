"""Helpers shared by the route modules."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from ._http import ApiError, Context, JSONType, Response, invalid_input, not_found
from ._pagination import Page, paginated_response, parse_page
from ._search import SearchError, compile_search, parse_search

T = TypeVar("T")

Row = dict[str, JSONType]

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


def not_exists_with_id(table: str, key: str) -> ApiError:
    return ApiError(
        404, "entity.not_exists_with_id", f"The {table} with ID `{key}` does not exist."
    )


def search_rows(ctx: Context, rows: Iterable[Row], fields: Mapping[str, str]) -> list[Row]:
    """Apply the request's ``search``/``mode``/``joint`` parameters to ``rows``."""
    try:
        test = compile_search(parse_search(ctx.request.query), fields)
    except SearchError as error:
        raise invalid_input(str(error)) from None
    return [row for row in rows if test is None or test(row)]


def page(ctx: Context, *, optional: bool = False) -> Page:
    return parse_page(ctx.request, optional=optional)


def paged(
    ctx: Context,
    selected: Page,
    rows: Sequence[JSONType],
    view: Callable[[JSONType], JSONType] | None = None,
) -> Response:
    """One page of ``rows``; ``view`` shapes the rows of that page only (cheap big lists)."""
    return paginated_response(ctx.request, selected, rows, cap=ctx.total_number_cap, view=view)


def existing_ids(
    ids: Sequence[str], mapping: Mapping[str, object], error: Callable[[str], ApiError]
) -> list[str]:
    """``ids`` without duplicates, each checked to exist in ``mapping``."""
    unique = list(dict.fromkeys(ids))
    for item in unique:
        if item not in mapping:
            raise error(item)
    return unique


def foreign_key_error(_: str) -> ApiError:
    return ApiError(
        422,
        "entity.relation_foreign_key_not_found",
        "Cannot find one or more foreign keys. Please check the input and ensure that all "
        "referenced entities exist.",
    )


def not_found_error(_: str) -> ApiError:
    return not_found()


def unique_violation() -> ApiError:
    return ApiError(
        422,
        "entity.unique_integrity_violation",
        "The entity already exists. Please check the input and try again.",
    )


def add_missing(items: list[str], new: Iterable[str]) -> None:
    """Append to a relation list each of ``new`` it does not hold yet, in order (adding what is
    already there is not an error in Logto)."""
    items.extend(item for item in new if item not in items)


def remove_or_404(items: list[str], item: str) -> None:
    """Take ``item`` out of a relation list, or Logto's ``404 entity.not_found`` if absent."""
    if item not in items:
        raise not_found()
    items.remove(item)


def require_membership_error() -> ApiError:
    """What Logto answers when the user or application is not in the organization."""
    return ApiError(
        422,
        "organization.require_membership",
        "The user must be a member of the organization to proceed.",
    )


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
