"""Roles assigned to a user or to a machine-to-machine application.

Logto answers the same four endpoints (list, assign, replace, remove) for both owners; only the
owner's lookup, the role type it may hold, and the error for a role of the other type differ.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .._http import ApiError, Response, not_found_error
from .context import Context
from .guards import string_ids, validate_body
from .pagination import page, paged
from .relations import existing_ids, remove_or_404
from .search import ROLE_SEARCH_FIELDS, search_rows
from .state import State

Owner = Callable[[Context], tuple[State, list[str]]]
"""The state and the live list of role ids of the owner named in the request path."""


@dataclass(frozen=True)
class RoleAssignments:
    owner: Owner
    role_type: str
    wrong_type_code: str
    wrong_type_message: str

    def _checked(self, state: State, ids: list[str]) -> list[str]:
        unique = existing_ids(ids, state.roles, not_found_error)
        if any(state.roles[role_id]["type"] != self.role_type for role_id in unique):
            raise ApiError(422, self.wrong_type_code, self.wrong_type_message)
        return unique

    def list(self, ctx: Context) -> Response:
        selected = page(ctx)
        state, role_ids = self.owner(ctx)
        mine = set(role_ids)
        roles = [state.role_view(r) for r in state.roles.values() if r["id"] in mine]
        return paged(ctx, selected, search_rows(ctx, roles, ROLE_SEARCH_FIELDS))

    def assign(self, ctx: Context) -> Response:
        state, role_ids = self.owner(ctx)
        body = validate_body(ctx.request, {"roleIds": string_ids()})
        added = [r for r in self._checked(state, body["roleIds"]) if r not in role_ids]
        role_ids.extend(added)
        return Response.json({"roleIds": body["roleIds"], "addedRoleIds": added}, 201)

    def replace(self, ctx: Context) -> Response:
        state, role_ids = self.owner(ctx)
        body = validate_body(ctx.request, {"roleIds": string_ids()})
        role_ids[:] = self._checked(state, body["roleIds"])
        return Response.json({"roleIds": body["roleIds"]})

    def remove(self, ctx: Context) -> Response:
        _, role_ids = self.owner(ctx)
        remove_or_404(role_ids, ctx.params["roleId"])
        return Response.no_content()
