from typing import Literal

DeleteUserSessionRevokeGrantsTarget = Literal["all", "firstParty"]

DELETE_USER_SESSION_REVOKE_GRANTS_TARGET_VALUES: set[DeleteUserSessionRevokeGrantsTarget] = {
    "all",
    "firstParty",
}


def check_delete_user_session_revoke_grants_target(
    value: str,
) -> DeleteUserSessionRevokeGrantsTarget:
    if value in DELETE_USER_SESSION_REVOKE_GRANTS_TARGET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_USER_SESSION_REVOKE_GRANTS_TARGET_VALUES!r}"
    )
