"""The errors a user sees from a real Logto: exact texts, request ids, the error tree."""

from __future__ import annotations

import re

import pytest

from logto_management import (
    ClientCredentialsError,
    LogtoError,
    ManagementApiClient,
    NotFoundError,
    UnprocessableEntityError,
)
from logto_management_api.api.users import create_user, delete_user, get_user
from logto_management_api.models import CreateUserBody

from ._connect import real_logto


async def test_404_names_the_request_and_carries_logtos_request_id(
    real_client: ManagementApiClient, unique: str
) -> None:
    with pytest.raises(NotFoundError) as caught:
        await get_user.asyncio(f"missing-{unique}", client=real_client)
    assert str(caught.value) == (
        f"404 entity.not_found: The resource does not exist. (GET /api/users/missing-{unique})"
    )
    assert caught.value.request_id
    assert caught.value.request_id == caught.value.response.headers["Logto-Core-Request-Id"]


async def test_422_for_a_username_in_use(real_client: ManagementApiClient, unique: str) -> None:
    user = await create_user.asyncio(
        client=real_client, body=CreateUserBody(username=f"i12_{unique}")
    )
    assert user is not None
    try:
        with pytest.raises(UnprocessableEntityError) as caught:
            await create_user.asyncio(
                client=real_client, body=CreateUserBody(username=f"i12_{unique}")
            )
    finally:
        await delete_user.asyncio_detailed(user.id, client=real_client)
    assert str(caught.value) == (
        "422 user.username_already_in_use: This username is already in use. (POST /api/users)"
    )
    assert isinstance(caught.value, LogtoError)


async def test_wrong_secret(logto_env: dict[str, str]) -> None:
    async with real_logto(logto_env, client_secret="not-the-secret") as client:
        with pytest.raises(ClientCredentialsError) as caught:
            await get_user.asyncio("u1", client=client)
    endpoint = logto_env["LOGTO_ENDPOINT"].rstrip("/")
    assert str(caught.value) == (
        f"token endpoint {endpoint}/oidc/token refused the token request: HTTP 401 "
        "invalid_client: client authentication failed (code oidc.invalid_client); check "
        "client_id and client_secret"
    )
    assert caught.value.request_id is not None
    assert re.fullmatch(r"[\w-]+", caught.value.request_id)
    assert "not-the-secret" not in repr(caught.value)
