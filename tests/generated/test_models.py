"""What the generated ``from_dict`` promises, now that it reads its source in place and builds the
instance without the attrs ``__init__`` (spec/templates/model.py.jinja): every field kept, unknown
keys in ``additional_properties``, the source left untouched."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _traffic import TRAFFIC, exchanges

from logto_management_api.models import Identities, Profile, User, UserIdentities
from logto_management_api.types import UNSET, InvalidModelInputError

USER: dict[str, Any] = {
    "id": "u1",
    "username": "ada",
    "primaryEmail": None,
    "primaryPhone": None,
    "name": "Ada",
    "avatar": None,
    "customData": {"plan": "pro", "nested": {"a": [1, 2]}},
    "identities": {"github": {"userId": "42", "details": {"login": "ada"}}},
    "lastSignInAt": None,
    "createdAt": 1795288340765,
    "updatedAt": 1795288340766,
    "profile": {"givenName": "Ada", "address": {"country": "UK"}},
    "applicationId": None,
    "cimdClientId": None,
    "isSuspended": False,
    "hasPassword": True,
}


def test_a_user_round_trips_with_every_field_and_type() -> None:
    user = User.from_dict(USER)
    assert user.to_dict() == USER
    assert user.custom_data["plan"] == "pro"
    assert isinstance(user.identities["github"], Identities)
    assert user.identities["github"].user_id == "42"
    assert isinstance(user.profile, Profile)
    assert user.profile.given_name == "Ada"
    assert user.profile.family_name is UNSET
    assert user.password_algorithm is UNSET
    assert user.has_password is True
    assert user.additional_properties == {}


def test_from_dict_leaves_its_source_alone_and_shares_no_dict_with_it() -> None:
    source = {**copy.deepcopy(USER), "futureField": 1}
    before = copy.deepcopy(source)
    user = User.from_dict(source)
    assert source == before
    user.additional_properties["other"] = 2
    user.custom_data["plan"] = "free"
    assert source == before


@pytest.mark.parametrize(
    "extra",
    [
        {"futureField": [1]},  # one more key than the properties present
        {"futureField": 1, "otherFuture": None},
    ],
)
def test_unknown_keys_go_to_additional_properties(extra: dict[str, Any]) -> None:
    assert User.from_dict({**USER, **extra}).additional_properties == extra
    # the same count of keys as a user with every optional key, but one of them unknown
    without_optional = {k: v for k, v in USER.items() if k != "hasPassword"}
    user = User.from_dict({**without_optional, **extra})
    assert user.has_password is UNSET
    assert user.additional_properties == extra
    assert user.to_dict() == {**without_optional, **extra}


def test_models_without_required_keys_and_maps_of_models() -> None:
    empty = Profile.from_dict({})
    assert empty.to_dict() == {}
    assert empty.given_name is UNSET
    assert empty.address is UNSET
    assert empty.additional_properties == {}
    assert Profile.from_dict({"x-custom": 1}).additional_properties == {"x-custom": 1}
    identities = UserIdentities.from_dict({})
    assert identities.additional_properties == {}
    two = {"a": {"userId": "1"}, "b": {"userId": "2", "extra": True}}
    assert UserIdentities.from_dict(two).to_dict() == two


def test_a_missing_required_key_raises_a_typed_error_naming_model_and_field() -> None:
    broken = {k: v for k, v in USER.items() if k != "createdAt"}
    # A ValueError (and TypeError) naming the field, not a bare KeyError from the inside; an
    # operation raises AnswerMismatchError for it (tests/generated/test_answer_mismatch.py).
    missing = r"User\.from_dict: required field 'createdAt'"
    with pytest.raises(InvalidModelInputError, match=missing) as caught:
        User.from_dict(broken)
    assert (caught.value.model, caught.value.field) == ("User", "created_at")
    assert isinstance(caught.value.__cause__, KeyError)  # kept for debugging, never raised bare


def test_nullable_and_enum_values_are_parsed() -> None:
    for value in (None, "Argon2i", "SomethingNewer"):
        user = User.from_dict({**USER, "passwordAlgorithm": value, "passwordDigest": None})
        assert user.password_algorithm == value
        assert user.password_digest is None
        assert user.to_dict()["passwordAlgorithm"] == value


def test_a_subclass_gets_instances_of_itself() -> None:
    class MyUser(User):
        pass

    assert type(MyUser.from_dict(USER)) is MyUser


@pytest.mark.skipif(not TRAFFIC.is_file(), reason="../shared is not on this machine")
def test_recorded_users_round_trip_through_to_dict() -> None:
    """Every user object recorded from a real Logto comes back unchanged from to_dict."""
    checked = 0
    for exchange in exchanges():
        answer = exchange["response"]
        if not exchange["request"]["path"].startswith("/api/users") or answer["status"] >= 300:
            continue
        body = answer["body"]
        items = body if isinstance(body, list) else [body]
        for item in items:
            if isinstance(item, dict) and "primaryEmail" in item and "isSuspended" in item:
                assert User.from_dict(item).to_dict() == item, exchange["name"]
                checked += 1
    assert checked >= 5
