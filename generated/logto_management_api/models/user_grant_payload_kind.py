from typing import Literal, cast

UserGrantPayloadKind = Literal["Grant"]

USER_GRANT_PAYLOAD_KIND_VALUES: set[UserGrantPayloadKind] = {
    "Grant",
}


def check_user_grant_payload_kind(value: str) -> UserGrantPayloadKind:
    if value in USER_GRANT_PAYLOAD_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_GRANT_PAYLOAD_KIND_VALUES!r}"
    )
