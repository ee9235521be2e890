from typing import Literal

UpdateSamlApplicationBodyNameIdFormat = Literal[
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
]

UPDATE_SAML_APPLICATION_BODY_NAME_ID_FORMAT_VALUES: set[UpdateSamlApplicationBodyNameIdFormat] = {
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
}


def check_update_saml_application_body_name_id_format(
    value: str,
) -> UpdateSamlApplicationBodyNameIdFormat:
    if value in UPDATE_SAML_APPLICATION_BODY_NAME_ID_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SAML_APPLICATION_BODY_NAME_ID_FORMAT_VALUES!r}"
    )
