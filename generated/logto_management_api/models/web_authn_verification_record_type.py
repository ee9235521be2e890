from typing import Literal, cast

WebAuthnVerificationRecordType = Literal["WebAuthn"]

WEB_AUTHN_VERIFICATION_RECORD_TYPE_VALUES: set[WebAuthnVerificationRecordType] = {
    "WebAuthn",
}


def check_web_authn_verification_record_type(value: str) -> WebAuthnVerificationRecordType:
    if value in WEB_AUTHN_VERIFICATION_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_AUTHN_VERIFICATION_RECORD_TYPE_VALUES!r}"
    )
