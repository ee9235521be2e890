"""Union variants the generated parser can tell apart: boolean literals (``format: "true"``) are
consts, so ``{enabled: false} | {enabled: true, ...}`` parses to the right variant; and no union
of the normalized document hides a variant, but for the few listed with their reason."""

from __future__ import annotations

import gzip
import json
from typing import Any

import httpx
import pytest
from _recorded import FIXTURE, round_trip_differences

from logto_management_api import Client
from logto_management_api.api.sign_in_experience import (
    check_password_with_default_sign_in_experience as check_password,
)
from logto_management_api.models import (
    PasswordCheckFailed as Refused,
)
from logto_management_api.models import (
    PasswordCheckPassed as Accepted,
)
from logto_management_api.models import (
    PasswordExpiration,
    PasswordExpirationDisabled,
    UpdateSignInExpBody,
)
from spec.double_document import TARGET
from spec.normalize import literal_formats
from spec.unions import shadowed_variants

RECORDED = FIXTURE.parent / "real_boolean_literals.json"
JWT = "/paths//api/configs/jwt-customizer/{tokenTypePath}"
JSON = "content/application/json/schema"
MFA = "/paths//api/users/{userId}/mfa-verifications/post/requestBody/content/application/json"
# Left as they are, and why.
KNOWN = {
    # The access-token and client-credentials customizers differ only in their optional samples:
    # the path's tokenTypePath says which one the answer is, not its shape.
    *(
        f"{JWT}/{method}/responses/{status}/{JSON}: variant 0 hides variant 1"
        for method, status in (("put", 200), ("put", 201), ("patch", 200), ("get", 200))
    ),
    # A request body: the caller builds the variant; the last two are Logto's legacy free-string
    # forms of the first two.
    *(f"{MFA}/schema: variant {i} hides variant {j}" for i, j in ((0, 2), (0, 3), (1, 2), (1, 3))),
    f"{MFA}/schema: variant 2 hides variant 3",
}


def test_no_union_of_the_normalized_document_hides_a_variant_but_the_known_ones() -> None:
    with gzip.open(TARGET) as compact:  # the normalized document, shipped with the double
        document = json.load(compact)
    assert set(shadowed_variants(document)) == KNOWN


def enabled_or_not(fmt_on: str, fmt_off: str) -> dict[str, Any]:
    on = {"type": "boolean", "format": fmt_on}
    off = {"type": "boolean", "format": fmt_off}
    days = {"type": "number"}
    return {
        "components": {"schemas": {}},
        "paths": {
            "/x": {
                "oneOf": [
                    {"type": "object", "properties": {"enabled": off}},
                    {
                        "type": "object",
                        "required": ["enabled", "days"],
                        "properties": {"enabled": on, "days": days},
                    },
                ]
            }
        },
    }


def test_boolean_literal_formats_become_consts_that_tell_variants_apart() -> None:
    document = enabled_or_not("true", "false")
    assert shadowed_variants(document) == ["/paths//x: variant 0 hides variant 1"]
    notes = literal_formats(document)
    assert "2 boolean literal formats became consts" in notes
    assert shadowed_variants(document) == []
    variants = document["paths"]["/x"]["oneOf"]
    assert variants[0]["properties"]["enabled"] == {"const": False}
    assert variants[1]["properties"]["enabled"] == {"const": True}


def test_an_enabled_password_expiration_parses_to_its_variant() -> None:
    enabled = {"enabled": True, "validPeriodDays": 90, "enabledAt": 1763700000000}
    body = UpdateSignInExpBody.from_dict({"passwordExpiration": enabled})
    assert isinstance(body.password_expiration, PasswordExpiration)
    assert body.to_dict() == {"passwordExpiration": enabled}
    disabled = UpdateSignInExpBody.from_dict({"passwordExpiration": {"enabled": False}})
    assert isinstance(disabled.password_expiration, PasswordExpirationDisabled)
    with pytest.raises(
        ValueError, match=r"PasswordExpiration\.from_dict .*must match const True"
    ) as caught:
        PasswordExpiration.from_dict({"enabled": False, "validPeriodDays": 90})
    assert "must match const True" in str(caught.value.__cause__)  # a union tries the next


@pytest.mark.parametrize("index", [0, 1])
def test_recorded_password_checks_parse_to_their_variant(index: int) -> None:
    exchange = json.loads(RECORDED.read_text(encoding="utf-8"))[index]
    raw = json.loads(exchange["body"])
    # Logto sends the refused form with status 400; the document puts it in the 200 union.
    response = httpx.Response(200, json=raw)
    parsed = check_password._parse_response(client=Client("http://x.invalid"), response=response)
    assert isinstance(parsed, Accepted if raw["result"] else Refused)
    assert round_trip_differences(parsed, raw) == []
