"""Answers that do not fit their model, and operations the server is too old for.

- A misfit raises :class:`AnswerMismatchError` (a ``LogtoError``), naming the operation, the model,
  the field and where in the answer, with the raw answer on ``.answer``: never a bare
  ``KeyError``/``TypeError`` from ``from_dict``, and never a value of the answer in the message.
- A text 404/405 (Logto's unknown route) says the server may be older than the operation, and
  since which release the operation exists when older releases lack it.
- An operation whose JSON answer older releases send as text ("Created") returns None for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from logto_management import (
    AnswerMismatchError,
    LogtoApiError,
    LogtoError,
    NotFoundError,
    create_management_api,
)
from logto_management_api import Client
from logto_management_api.api.configs import get_id_token_config
from logto_management_api.api.users import assign_user_roles, get_user, list_users
from logto_management_api.models import RoleIds, User
from logto_management_api.types import InvalidModelInputError

USER: dict[str, Any] = {
    "id": "u1",
    "username": "ada",
    "primaryEmail": None,
    "primaryPhone": None,
    "name": None,
    "avatar": None,
    "customData": {},
    "identities": {"github": {"userId": "42", "details": {}}},
    "lastSignInAt": None,
    "createdAt": 1,
    "updatedAt": 2,
    "profile": {},
    "applicationId": None,
    "isSuspended": False,
}
SECRET_LOOKING = "s3cr3t-value-never-in-messages"


def plain_client(answer: bytes, status: int = 200, ctype: str = "application/json") -> Client:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=answer, headers={"content-type": ctype})

    return Client(
        base_url="http://logto.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def misfit(call: Callable[[], Any]) -> AnswerMismatchError:
    with pytest.raises(AnswerMismatchError) as caught:
        call()
    error = caught.value
    assert isinstance(error, LogtoError)
    assert SECRET_LOOKING not in str(error)
    assert SECRET_LOOKING not in repr(error)
    return error


def test_a_missing_field_names_operation_model_field_and_where() -> None:
    broken = {k: v for k, v in USER.items() if k != "isSuspended"}
    body = json.dumps([USER, {**broken, "name": SECRET_LOOKING}]).encode()
    error = misfit(lambda: list_users.sync(client=plain_client(body)))
    assert error.operation == "list_users (GET /api/users)"
    assert (error.model, error.field, error.path) == ("User", "isSuspended", "[1].isSuspended")
    assert error.answer == json.loads(body)
    assert isinstance(error.__cause__, KeyError)
    assert str(error).startswith(
        "list_users (GET /api/users): the answer does not fit User at [1].isSuspended: required "
        'field "isSuspended" is missing.'
    )


def test_a_nested_value_of_another_type_names_the_field_that_holds_it() -> None:
    body = json.dumps({**USER, "identities": [SECRET_LOOKING]}).encode()
    error = misfit(lambda: get_user.sync("u1", client=plain_client(body)))
    assert (error.model, error.field, error.path) == ("User", "identities", "identities")
    assert "should be a UserIdentities object, got an array" in str(error)


def test_a_map_entry_and_a_list_item_are_found_by_key_and_index() -> None:
    body = json.dumps({**USER, "identities": {"github": {"details": {}}}}).encode()
    error = misfit(lambda: get_user.sync("u1", client=plain_client(body)))
    assert (error.model, error.field, error.path) == (
        "Identities",
        "userId",
        "identities.github.userId",
    )
    with_sso = json.dumps({**USER, "ssoIdentities": [{"id": "s"}, SECRET_LOOKING]}).encode()
    error = misfit(lambda: get_user.sync("u1", client=plain_client(with_sso)))
    assert error.path.startswith("ssoIdentities[0].")  # the first item already lacks fields


def test_an_answer_of_the_wrong_kind_or_not_json_at_all() -> None:
    error = misfit(lambda: list_users.sync(client=plain_client(b'{"users": []}')))
    assert (error.model, error.field, error.path) == ("list[User]", None, "")
    assert "expected list[User], got an object" in str(error)
    error = misfit(lambda: get_user.sync("u1", client=plain_client(b"<html>", ctype="text/html")))
    assert "the answer is not JSON" in str(error)
    assert error.answer == "<html>"


def test_an_answer_that_fits_pays_no_diagnosis_and_parses() -> None:
    assert get_user.sync("u1", client=plain_client(json.dumps(USER).encode())).id == "u1"


async def test_an_operation_older_releases_lack_says_so_on_a_text_404() -> None:
    async def call() -> None:
        transport = httpx.MockTransport(
            lambda request: (
                httpx.Response(404, text="Not Found")
                if request.url.path.startswith("/api/")
                else httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
            )
        )
        async with create_management_api(
            "default",
            client_id="app",
            client_secret="secret",
            base_url="http://logto.test",
            api_indicator="https://default.logto.app/api",
            allow_insecure_http=True,
            httpx_args={"transport": transport},
        ) as logto:
            await get_id_token_config.asyncio(client=logto)

    with pytest.raises(NotFoundError) as caught:
        await call()
    assert str(caught.value) == (
        "404: Not Found (no such route on this server: the server may be older than this "
        "operation, which needs Logto ≥ 1.42.0; non-JSON text/plain body: 'Not Found') "
        "(GET /api/configs/id-token)"
    )


def test_a_json_404_is_logtos_own_and_gets_no_hint() -> None:
    request = httpx.Request("GET", "http://logto.test/api/users/x")
    response = httpx.Response(
        404, json={"code": "entity.not_found", "message": "Not found."}, request=request
    )
    assert str(LogtoApiError.from_response(response)) == (
        "404 entity.not_found: Not found. (GET /api/users/x)"
    )


@pytest.mark.parametrize(
    ("answer", "ctype", "parsed"),
    [
        (b"Created", "text/plain; charset=utf-8", None),
        (b'{"roleIds": ["r1"], "addedRoleIds": ["r1"]}', "application/json", ["r1"]),
    ],
)
def test_a_json_answer_older_releases_send_as_text_returns_none_for_it(
    answer: bytes, ctype: str, parsed: list[str] | None
) -> None:
    client = plain_client(answer, status=201, ctype=ctype)
    result = assign_user_roles.sync("u1", client=client, body=RoleIds(role_ids=["r1"]))
    assert (result.role_ids if result is not None else None) == parsed


def test_without_the_generated_source_the_error_is_still_typed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Installed without .py files (only bytecode), the field of a missing key is still named."""
    monkeypatch.setattr("linecache.getline", lambda *_args: "")
    broken = {k: v for k, v in USER.items() if k != "isSuspended"}
    body = json.dumps({**broken, "identities": [1]}).encode()
    error = misfit(lambda: get_user.sync("u1", client=plain_client(body)))
    assert error.model == "User"
    assert error.field == "identities"  # told by which key holds the failing value
    error = misfit(lambda: get_user.sync("u1", client=plain_client(json.dumps(broken).encode())))
    assert (error.model, error.field) == ("User", "isSuspended")


def test_a_model_read_directly_raises_the_model_input_error_an_operation_wraps() -> None:
    """``User.from_dict`` is not an answer: it raises InvalidModelInputError (issue 19), which
    names the Python field; the operation that parsed an answer raises AnswerMismatchError,
    which names the JSON field, the operation and where in the answer (issue 20)."""
    broken = {k: v for k, v in USER.items() if k != "isSuspended"}
    with pytest.raises(InvalidModelInputError) as direct:
        User.from_dict(broken)
    assert (direct.value.model, direct.value.field) == ("User", "is_suspended")
    assert not isinstance(direct.value, LogtoError)
    error = misfit(lambda: get_user.sync("u1", client=plain_client(json.dumps(broken).encode())))
    assert (error.operation, error.model, error.field) == (
        "get_user (GET /api/users/{user_id})",
        "User",
        "isSuspended",
    )
    assert isinstance(error.__cause__, KeyError)
