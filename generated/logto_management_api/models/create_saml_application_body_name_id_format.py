from typing import Literal

CreateSamlApplicationBodyNameIdFormat = Literal[
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
]

CREATE_SAML_APPLICATION_BODY_NAME_ID_FORMAT_VALUES: set[CreateSamlApplicationBodyNameIdFormat] = {
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
}


def check_create_saml_application_body_name_id_format(
    value: str,
) -> CreateSamlApplicationBodyNameIdFormat:
    if value in CREATE_SAML_APPLICATION_BODY_NAME_ID_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SAML_APPLICATION_BODY_NAME_ID_FORMAT_VALUES!r}"
    )
