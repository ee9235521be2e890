from typing import Literal

CreateHookBodyEvent = Literal[
    "Grant.LimitExceeded",
    "Identifier.Lockout",
    "Message.RateLimited",
    "Organization.Created",
    "Organization.Data.Updated",
    "Organization.Deleted",
    "Organization.Membership.Updated",
    "OrganizationRole.Created",
    "OrganizationRole.Data.Updated",
    "OrganizationRole.Deleted",
    "OrganizationRole.Scopes.Updated",
    "OrganizationScope.Created",
    "OrganizationScope.Data.Updated",
    "OrganizationScope.Deleted",
    "PostRegister",
    "PostResetPassword",
    "PostSignIn",
    "PostSignInAdaptiveMfaTriggered",
    "Role.Created",
    "Role.Data.Updated",
    "Role.Deleted",
    "Role.Scopes.Updated",
    "Scope.Created",
    "Scope.Data.Updated",
    "Scope.Deleted",
    "User.Created",
    "User.Data.Updated",
    "User.Deleted",
    "User.SuspensionStatus.Updated",
]

CREATE_HOOK_BODY_EVENT_VALUES: set[CreateHookBodyEvent] = {
    "Grant.LimitExceeded",
    "Identifier.Lockout",
    "Message.RateLimited",
    "Organization.Created",
    "Organization.Data.Updated",
    "Organization.Deleted",
    "Organization.Membership.Updated",
    "OrganizationRole.Created",
    "OrganizationRole.Data.Updated",
    "OrganizationRole.Deleted",
    "OrganizationRole.Scopes.Updated",
    "OrganizationScope.Created",
    "OrganizationScope.Data.Updated",
    "OrganizationScope.Deleted",
    "PostRegister",
    "PostResetPassword",
    "PostSignIn",
    "PostSignInAdaptiveMfaTriggered",
    "Role.Created",
    "Role.Data.Updated",
    "Role.Deleted",
    "Role.Scopes.Updated",
    "Scope.Created",
    "Scope.Data.Updated",
    "Scope.Deleted",
    "User.Created",
    "User.Data.Updated",
    "User.Deleted",
    "User.SuspensionStatus.Updated",
}


def check_create_hook_body_event(value: str) -> CreateHookBodyEvent:
    if value in CREATE_HOOK_BODY_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_HOOK_BODY_EVENT_VALUES!r}"
    )
