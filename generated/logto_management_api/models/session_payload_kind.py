from typing import Literal, cast

SessionPayloadKind = Literal["Session"]

SESSION_PAYLOAD_KIND_VALUES: set[SessionPayloadKind] = {
    "Session",
}


def check_session_payload_kind(value: str) -> SessionPayloadKind:
    if value in SESSION_PAYLOAD_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_PAYLOAD_KIND_VALUES!r}")
