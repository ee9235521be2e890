"""Property-based tests (Hypothesis) of what a caller can put into a request (issue 19).

Against the double, on loopback, with the sync client: any path parameter either is refused
before sending ("", ".", "..") or reaches the operation's own route with exactly that value; any
query value arrives as it was given; a query map cannot set the page; and any wrong model input
fails as an InvalidModelInputError naming the model and the field, never as a bare
KeyError/TypeError/AttributeError, and without printing the value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, quote

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from _samples import user_answer
from logto_management import ManagementApiClient, NotFoundError, create_management_api
from logto_management.testing import LogtoDouble
from logto_management_api.api.users import get_user, list_users
from logto_management_api.models import CreateOrganizationBody, CreateUserBody, SearchParams, User
from logto_management_api.types import (
    InvalidModelInputError,
    InvalidPathParameterError,
    InvalidQueryParameterError,
)

SETTINGS = settings(
    max_examples=60,
    deadline=None,  # a shared machine: no timing
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
ROUTING = {"", ".", ".."}
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


SENT: list[httpx.Request] = []  # every API request the sync client sent, as it went out


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[LogtoDouble, ManagementApiClient]]:
    double = LogtoDouble(seed=5)
    double.add_user(username="alice")
    with double.serve_in_thread() as base_url:
        client = create_management_api(
            "default",
            client_id=double.app_id,
            client_secret=double.app_secret,
            base_url=base_url,
            httpx_args={"event_hooks": {"request": [SENT.append]}},
        )
        with client:
            yield double, client


def last_sent() -> tuple[str, str]:
    """The raw path and query of the last API request."""
    raw = SENT[-1].url.raw_path.decode("ascii")
    path, _, query = raw.partition("?")
    return path, query


@SETTINGS
@given(value=st.text(max_size=40) | st.sampled_from(["", ".", "..", "../x", "%2e%2e", "a/b"]))
def test_a_path_parameter_reaches_its_own_route_or_nothing(
    served: tuple[LogtoDouble, ManagementApiClient], value: str
) -> None:
    double, client = served
    before = double.controls.api_requests
    if value in ROUTING:
        with pytest.raises(InvalidPathParameterError):
            client.sync.users.get(value)
        assert double.controls.api_requests == before
        return
    with pytest.raises(NotFoundError) as raised:
        get_user.sync(value, client=client)
    sent = "/api/users/" + quote(value, safe="")
    assert raised.value.code == "entity.not_found"  # the route GET /api/users/{userId}
    assert raised.value.path == sent
    assert last_sent()[0] == sent


@SETTINGS
@given(value=st.text(min_size=1, max_size=40))
def test_a_query_value_arrives_as_given(
    served: tuple[LogtoDouble, ManagementApiClient], value: str
) -> None:
    assume("\x00" not in value)  # Logto's database refuses NUL in text; not a client matter
    _double, client = served
    search = SearchParams.from_dict({"search.username": value})
    response = list_users.sync_detailed(client=client, search_params=search, page_size=5)
    assert response.status_code == 200
    path, raw_query = last_sent()
    assert path == "/api/users"
    query = parse_qs(raw_query, keep_blank_values=True)
    assert query["search.username"] == [value]
    assert query["page_size"] == ["5"]


@SETTINGS
@given(
    extra=st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=3),
    reserved=st.sampled_from(["page", "page_size"]),
    value=st.text(max_size=8),
)
def test_a_query_map_cannot_set_the_page(
    served: tuple[LogtoDouble, ManagementApiClient],
    extra: dict[str, str],
    reserved: str,
    value: str,
) -> None:
    double, client = served
    before = double.controls.api_requests
    search = SearchParams.from_dict({**extra, reserved: value})
    with pytest.raises(InvalidQueryParameterError) as raised:
        list_users.sync_detailed(client=client, search_params=search)
    assert reserved in raised.value.names
    assert str(raised.value).startswith("list_users: search_params must not set ")
    assert double.controls.api_requests == before


# Without cimdClientId (optional: only master sends it).
USER = {k: v for k, v in user_answer(username="alice").items() if k != "cimdClientId"}
SECRET = "s3cr3t-VALUE-never-printed"


def failure_of(parse: Any, data: Any) -> InvalidModelInputError | None:
    """The InvalidModelInputError of ``parse(data)``, None when it parses; any other
    exception propagates (and fails the test)."""
    try:
        parse(data)
    except InvalidModelInputError as error:
        return error
    return None


@SETTINGS
@given(key=st.sampled_from(sorted(USER)), value=JSON | st.just(SECRET))
def test_from_dict_parses_or_names_the_field(key: str, value: Any) -> None:
    error = failure_of(User.from_dict, {**USER, key: value})
    if error is not None:
        message = str(error)
        assert message.startswith("User.from_dict")
        assert SECRET not in message
        assert error.field is None or error.field in message


@SETTINGS
@given(data=JSON)
def test_from_dict_of_anything_parses_or_raises_a_model_input_error(data: Any) -> None:
    error = failure_of(CreateOrganizationBody.from_dict, data)
    if error is not None:
        assert str(error).startswith("CreateOrganizationBody")
        assert isinstance(error, TypeError)
        assert isinstance(error, ValueError)


@SETTINGS
@given(
    field=st.sampled_from(["username", "primary_email", "name", "password", "custom_data"]),
    value=st.integers() | st.lists(st.integers(), max_size=2) | st.just(3.5) | st.just(True),
)
def test_keyword_built_models_check_their_fields(field: str, value: Any) -> None:
    with pytest.raises(InvalidModelInputError) as raised:
        CreateUserBody(**{field: value})
    assert raised.value.model == "CreateUserBody"
    assert raised.value.field == field
    assert str(raised.value).startswith(f"CreateUserBody: {field} must be ")
