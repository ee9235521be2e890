from typing import Literal, cast

AddressCustomProfileFieldUpdateType = Literal["Address"]

ADDRESS_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES: set[AddressCustomProfileFieldUpdateType] = {
    "Address",
}


def check_address_custom_profile_field_update_type(
    value: str,
) -> AddressCustomProfileFieldUpdateType:
    if value in ADDRESS_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDRESS_CUSTOM_PROFILE_FIELD_UPDATE_TYPE_VALUES!r}"
    )
