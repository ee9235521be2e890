from typing import Literal, cast

TokenSampleKind = Literal["AccessToken"]

TOKEN_SAMPLE_KIND_VALUES: set[TokenSampleKind] = {
    "AccessToken",
}


def check_token_sample_kind(value: str) -> TokenSampleKind:
    if value in TOKEN_SAMPLE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOKEN_SAMPLE_KIND_VALUES!r}")
