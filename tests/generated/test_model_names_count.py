"""The names issue 21 counts: no model left with a generator name (``...Response200``,
``...TypeN``, ``...BodyTypeN``, ``...ItemTypeN``), and no free-form JSON object left as an empty
model class (``CreateUserBodyCustomData``): those are ``JsonObject`` (``dict[str, Any]``)."""

from __future__ import annotations

import re
import typing
from typing import Any

import attrs

import logto_management_api.models as models
from logto_management_api.models import CreateUserBody, JsonObject, StringMap, User

GENERATOR_NAME = re.compile(r"Response\d{3}|Type\d+")


def model_names() -> list[str]:
    return list(models.__all__)


def free_form_classes() -> list[str]:
    """Model classes with no fields whose extra keys may hold anything (a map of typed values,
    ``{target: Identities}``, is a model with a meaning, not a free-form object)."""
    found = []
    for name in models.__all__:
        value = getattr(models, name)
        if isinstance(value, type) and attrs.has(value):
            fields = [f.name for f in attrs.fields(value) if f.name != "additional_properties"]
            extra = typing.get_type_hints(value).get("additional_properties")
            if not fields and extra == dict[str, Any] and name != "SearchParams":
                found.append(name)
    return found


def test_no_model_keeps_a_generator_name() -> None:
    assert len(model_names()) > 400
    assert [n for n in model_names() if GENERATOR_NAME.search(n)] == []


def test_the_count_catches_what_it_counts() -> None:
    assert GENERATOR_NAME.search("CreateUserIdentityResponse200")
    assert GENERATOR_NAME.search("CreateSubjectTokenResponse201")
    assert GENERATOR_NAME.search("CreateUserMfaVerificationBodyType0")
    assert GENERATOR_NAME.search("SocialUserInfoRawDataType1ItemType4")
    assert not GENERATOR_NAME.search("TotpMfaVerificationRequest")


def test_no_free_form_object_is_a_model_class() -> None:
    assert free_form_classes() == []


def test_json_objects_are_dicts() -> None:
    assert JsonObject == dict[str, Any]
    assert StringMap == dict[str, str]
    body = CreateUserBody(username="a", custom_data={"plan": "pro", "seats": [1, 2]})
    assert body.to_dict()["customData"] == {"plan": "pro", "seats": [1, 2]}
    hints = typing.get_type_hints(User)
    assert hints["custom_data"] == dict[str, Any]
