from typing import Literal

AcsUrlBinding = Literal[
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
]

ACS_URL_BINDING_VALUES: set[AcsUrlBinding] = {
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
}


def check_acs_url_binding(value: str) -> AcsUrlBinding:
    if value in ACS_URL_BINDING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACS_URL_BINDING_VALUES!r}")
