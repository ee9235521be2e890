from typing import Literal

CreateHookTestBodyEventsItem = Literal[
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

CREATE_HOOK_TEST_BODY_EVENTS_ITEM_VALUES: set[CreateHookTestBodyEventsItem] = {
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


def check_create_hook_test_body_events_item(value: str) -> CreateHookTestBodyEventsItem:
    if value in CREATE_HOOK_TEST_BODY_EVENTS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_HOOK_TEST_BODY_EVENTS_ITEM_VALUES!r}"
    )
