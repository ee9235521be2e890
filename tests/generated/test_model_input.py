"""Wrong model input fails early and clearly (issue 19, point 9).

Keyword-built models check their fields at construction; ``from_dict`` explains a failure by
field. Both raise InvalidModelInputError (a TypeError and a ValueError) naming the model and
the field and the type given, never the value; never an AttributeError at send time.
"""

from __future__ import annotations

import pickle

import attrs
import pytest

from logto_management_api.models import (
    CreateOrganizationBody,
    CreateUserBody,
    Role,
    UpdateSignInExpBody,
)
from logto_management_api.types import (
    UNSET,
    InvalidModelInputError,
    InvalidPathParameterError,
    path_segment,
)


def test_the_issue_s_keyword_built_example_fails_at_construction() -> None:
    with pytest.raises(InvalidModelInputError) as raised:
        CreateOrganizationBody(name="a", custom_data="b")  # type: ignore[arg-type]
    assert str(raised.value) == (
        "CreateOrganizationBody: custom_data must be dict[str, Any] | Unset, not str"
    )
    assert (raised.value.model, raised.value.field) == ("CreateOrganizationBody", "custom_data")
    assert isinstance(raised.value, TypeError)
    assert isinstance(raised.value, ValueError)


def test_the_issue_s_from_dict_example_names_the_field() -> None:
    with pytest.raises(InvalidModelInputError) as raised:
        CreateOrganizationBody.from_dict({"name": "a", "customData": "b"})
    assert str(raised.value) == (
        "CreateOrganizationBody.from_dict: 'customData' (custom_data) must be "
        "dict[str, Any], not str"
    )
    assert raised.value.field == "custom_data"


def test_from_dict_names_a_missing_field_and_a_non_object() -> None:
    with pytest.raises(InvalidModelInputError, match=r"required field 'name' \(name\) is missing"):
        CreateOrganizationBody.from_dict({"description": "x"})
    with pytest.raises(InvalidModelInputError, match=r"needs a JSON object .*not list"):
        CreateOrganizationBody.from_dict([])  # type: ignore[arg-type]
    with pytest.raises(InvalidModelInputError) as raised:
        UpdateSignInExpBody.from_dict({"passwordExpiration": {"enabled": 3}})
    assert str(raised.value).startswith(
        "UpdateSignInExpBody.from_dict: 'passwordExpiration' (password_expiration): "
    )


def test_messages_never_show_the_value() -> None:
    with pytest.raises(InvalidModelInputError) as raised:
        CreateUserBody(password=12345678)  # type: ignore[arg-type]
    assert "12345678" not in str(raised.value)
    assert str(raised.value) == "CreateUserBody: password must be str | Unset, not int"


def test_valid_keyword_built_models_pass() -> None:
    CreateUserBody(username="ada", password="x", custom_data=UNSET)
    CreateOrganizationBody(name="a", custom_data={"plan": "pro"})  # a JSON object is a dict
    CreateOrganizationBody(name="a", description=None)  # nullable
    Role(  # numbers: an int stands for a float; a literal a newer Logto added is kept
        tenant_id="t",
        id="r",
        name="n",
        description="d",
        type_="SomethingNewer",  # type: ignore[arg-type]
        is_default=False,
        users_count=3,
    )


def test_evolve_checks_too() -> None:
    body = CreateOrganizationBody(name="a")
    with pytest.raises(InvalidModelInputError, match="name must be str"):
        attrs.evolve(body, name=1)  # type: ignore[arg-type]


def test_input_errors_survive_pickling() -> None:
    # multiprocessing and some task queues pickle exceptions; keyword-only __init__ needs care.
    with pytest.raises(InvalidModelInputError) as built:
        CreateOrganizationBody(name=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidModelInputError) as parsed:
        CreateOrganizationBody.from_dict({"name": "a", "customData": "b"})
    with pytest.raises(InvalidPathParameterError) as path:
        path_segment("..", "get_user", "user_id")
    for error in (built.value, parsed.value, path.value):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
    assert pickle.loads(pickle.dumps(parsed.value)).field == "custom_data"
    assert pickle.loads(pickle.dumps(path.value)).parameter == "user_id"
