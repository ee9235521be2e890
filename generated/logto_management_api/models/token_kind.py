from typing import Literal, cast

TokenKind = Literal["ClientCredentials"]

TOKEN_KIND_VALUES: set[TokenKind] = {
    "ClientCredentials",
}


def check_token_kind(value: str) -> TokenKind:
    if value in TOKEN_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOKEN_KIND_VALUES!r}")
