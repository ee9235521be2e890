"""``LogtoDouble.state``: what the double holds, read as the client's own models.

Each property builds fresh models from the double's store on every read (a snapshot: changing
a model does not change the double; seed or call the API for that). The raw store, with the
JSON rows Logto would answer and the relation tables, is ``LogtoDouble.store``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from logto_management_api.models import (
    Application,
    Hook,
    Log,
    Organization,
    OrganizationInvitation,
    OrganizationRole,
    OrganizationScope,
    Resource,
    Role,
    Scope,
    User,
)

if TYPE_CHECKING:
    from .._http import JSONType
    from .generic import GenericApi
    from .state import State


class StateView:
    """The double's entities as generated models, keyed by id."""

    def __init__(self, store: State, generic: GenericApi) -> None:
        self._store = store
        self._generic = generic

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self._store, name))}"
            for name in ("users", "roles", "applications", "organizations")
        )
        return f"StateView({counts})"

    @property
    def users(self) -> dict[str, User]:
        s = self._store
        return {i: User.from_dict(s.user_view(u)) for i, u in s.users.items()}

    @property
    def roles(self) -> dict[str, Role]:
        return {i: Role.from_dict(r) for i, r in self._store.roles.items()}

    @property
    def applications(self) -> dict[str, Application]:
        return {i: Application.from_dict(a.row) for i, a in self._store.applications.items()}

    @property
    def resources(self) -> dict[str, Resource]:
        return {i: Resource.from_dict(r) for i, r in self._store.resources.items()}

    @property
    def scopes(self) -> dict[str, Scope]:
        return {i: Scope.from_dict(r) for i, r in self._store.scopes.items()}

    @property
    def organizations(self) -> dict[str, Organization]:
        return {i: Organization.from_dict(o) for i, o in self._store.organizations.items()}

    @property
    def organization_roles(self) -> dict[str, OrganizationRole]:
        s = self._store
        return {i: OrganizationRole.from_dict(r) for i, r in s.organization_roles.items()}

    @property
    def organization_scopes(self) -> dict[str, OrganizationScope]:
        s = self._store
        return {i: OrganizationScope.from_dict(r) for i, r in s.organization_scopes.items()}

    @property
    def invitations(self) -> dict[str, OrganizationInvitation]:
        s = self._store
        return {
            i: OrganizationInvitation.from_dict(s.invitation_view(inv))
            for i, inv in s.invitations.items()
        }

    @property
    def logs(self) -> dict[str, Log]:
        return {i: Log.from_dict(r) for i, r in self._store.logs.items()}

    @property
    def hooks(self) -> dict[str, Hook]:
        return {i: Hook.from_dict(r) for i, r in self._generic.items("/api/hooks").items()}

    def items(self, collection: str, *parents: str) -> list[dict[str, JSONType]]:
        """The raw items of a collection of the generic store, newest last:
        ``items("/api/sso-connectors")``, ``items("/api/users/{userId}/personal-access-tokens",
        user_id)``."""
        return [dict(row) for row in self._generic.items(collection, parents).values()]

    def user_roles(self, user_id: str) -> list[Role]:
        """The roles assigned to a user."""
        s = self._store
        return [Role.from_dict(s.roles[r]) for r in s.user_roles.get(user_id, []) if r in s.roles]

    def organization_members(self, organization_id: str) -> list[User]:
        """The members of an organization."""
        s = self._store
        return [
            User.from_dict(s.user_view(s.users[u]))
            for u in s.organization_users.get(organization_id, [])
            if u in s.users
        ]

    def organization_member_roles(self, organization_id: str, user_id: str) -> list[str]:
        """The names of a member's organization roles."""
        return [r["name"] for r in self._store.member_roles(organization_id, user_id)]
