from typing import Literal, cast

AddressCustomProfileFieldRequestType = Literal["Address"]

ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES: set[AddressCustomProfileFieldRequestType] = {
    "Address",
}


def check_address_custom_profile_field_request_type(
    value: str,
) -> AddressCustomProfileFieldRequestType:
    if value in ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDRESS_CUSTOM_PROFILE_FIELD_REQUEST_TYPE_VALUES!r}"
    )
