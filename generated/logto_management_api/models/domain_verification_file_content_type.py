from typing import Literal, cast

DomainVerificationFileContentType = Literal["application/json", "text/plain"]

DOMAIN_VERIFICATION_FILE_CONTENT_TYPE_VALUES: set[DomainVerificationFileContentType] = {
    "application/json",
    "text/plain",
}


def check_domain_verification_file_content_type(value: str) -> DomainVerificationFileContentType:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(DomainVerificationFileContentType, value)
