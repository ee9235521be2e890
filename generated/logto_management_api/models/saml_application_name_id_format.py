from typing import Literal

SamlApplicationNameIdFormat = Literal[
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
]

SAML_APPLICATION_NAME_ID_FORMAT_VALUES: set[SamlApplicationNameIdFormat] = {
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
}


def check_saml_application_name_id_format(value: str) -> SamlApplicationNameIdFormat:
    if value in SAML_APPLICATION_NAME_ID_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAML_APPLICATION_NAME_ID_FORMAT_VALUES!r}"
    )
