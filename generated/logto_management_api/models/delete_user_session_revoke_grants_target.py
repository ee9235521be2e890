from typing import Literal, cast

DeleteUserSessionRevokeGrantsTarget = Literal["all", "firstParty"]

DELETE_USER_SESSION_REVOKE_GRANTS_TARGET_VALUES: set[DeleteUserSessionRevokeGrantsTarget] = {
    "all",
    "firstParty",
}


def check_delete_user_session_revoke_grants_target(
    value: str,
) -> DeleteUserSessionRevokeGrantsTarget:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DeleteUserSessionRevokeGrantsTarget, value)
