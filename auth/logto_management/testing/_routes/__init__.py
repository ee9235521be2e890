"""The Management API's routes, one module per tag of Logto's document.

Each module is named like the generated client's ``logto_management_api/api/<tag>/`` folder
and ``resources/<tag>.py`` (``hooks.py`` answers every operation tagged ``Hooks``), and holds
what the double simulates by hand for that tag; the two largest tags are packages
(``organizations/``: members, applications, just-in-time provisioning; ``applications/``: user
consent). Each has ``register(router, generic)``; the operations no module registers are
answered by the document-driven store (``_model/generic.py``) or ``501 double.not_implemented``.
"""

from __future__ import annotations

from .._app.router import Router
from .._model.generic import GenericApi
from . import (
    applications,
    audit_logs,
    authn,
    captcha_provider,
    cimd,
    configs,
    custom_profile_fields,
    dashboard,
    domains,
    email_templates,
    hooks,
    one_time_tokens,
    organization_invitations,
    organization_roles,
    organization_scopes,
    organizations,
    resources,
    roles,
    secrets,
    sentinel_activities,
    sign_in_experience,
    sso_connector_providers,
    status,
    subject_tokens,
    systems,
    user_assets,
    users,
    well_known,
)

TAGS = (
    users,
    roles,
    resources,
    applications,
    organizations,
    organization_roles,
    organization_scopes,
    organization_invitations,
    audit_logs,
    status,
    sign_in_experience,
    user_assets,
    dashboard,
    hooks,
    one_time_tokens,
    email_templates,
    custom_profile_fields,
    cimd,
    captcha_provider,
    sentinel_activities,
    systems,
    subject_tokens,
    secrets,
    configs,
    sso_connector_providers,
    authn,
    well_known,
    domains,
)
"""The tag modules, in the order their routes are registered."""


def register(router: Router, generic: GenericApi) -> None:
    """Every operation of the document: by the tag modules, else by the generic store."""
    for module in TAGS:
        module.register(router, generic)
    implemented = {route.operation_id for route in router.routes}
    for operation in generic.operations:
        if operation.operation_id in implemented:
            generic.kinds[operation.operation_id] = "stateful"
            continue
        kind, handler = generic.handler_for(operation)
        generic.kinds[operation.operation_id] = kind
        router.add(operation.method, operation.path, operation.operation_id, handler)
