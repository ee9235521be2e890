"""What third-party applications ask users to consent to (Logto's ``application_user_consent_*``
join tables): scopes per application, and the organizations each user granted an application.

Kept apart from :class:`State` (which owns one :class:`Consent`) because only the consent routes
read it; the state tells it when an entity it refers to is deleted (the database cascades).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCOPE_TYPES = (
    "organization-scopes",
    "resource-scopes",
    "organization-resource-scopes",
    "user-scopes",
)
"""``ApplicationUserConsentScopeType``: the path segment that names a kind of consent scope."""


@dataclass
class Consent:
    scopes: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """(application id, scope type) -> scope ids (user scopes: their names), in insertion order."""
    organizations: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """(application id, user id) -> the organizations the user granted the application."""

    def scope_ids(self, app_id: str, scope_type: str) -> list[str]:
        return self.scopes.setdefault((app_id, scope_type), [])

    def forget_application(self, app_id: str) -> None:
        for relation in (self.scopes, self.organizations):
            for key in [k for k in relation if k[0] == app_id]:
                del relation[key]

    def forget_user(self, user_id: str) -> None:
        for key in [k for k in self.organizations if k[1] == user_id]:
            del self.organizations[key]

    def forget_scope(self, scope_type: str, scope_id: str) -> None:
        for (_, kind), ids in self.scopes.items():
            if kind == scope_type and scope_id in ids:
                ids.remove(scope_id)

    def forget_organization(self, organization_id: str) -> None:
        for ids in self.organizations.values():
            if organization_id in ids:
                ids.remove(organization_id)

    def forget_membership(self, organization_id: str, user_id: str) -> None:
        """A user who leaves an organization no longer grants it to any application."""
        for (_, member), ids in self.organizations.items():
            if member == user_id and organization_id in ids:
                ids.remove(organization_id)
