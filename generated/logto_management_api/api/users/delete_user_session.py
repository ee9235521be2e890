from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_user_session_revoke_grants_target import (
    DeleteUserSessionRevokeGrantsTarget,
    check_delete_user_session_revoke_grants_target,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    session_id: str,
    *,
    revoke_grants_target: DeleteUserSessionRevokeGrantsTarget | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_revoke_grants_target: str | Unset = UNSET
    if not isinstance(revoke_grants_target, Unset):
        json_revoke_grants_target = revoke_grants_target

    params["revokeGrantsTarget"] = json_revoke_grants_target

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/users/{user_id}/sessions/{session_id}".format(
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    revoke_grants_target: DeleteUserSessionRevokeGrantsTarget | Unset = UNSET,
) -> Response[Any]:
    """Revoke a user session

     Revoke a specific user session by its ID, optionally revoking associated target grants and tokens.

    Args:
        user_id (str):
        session_id (str):
        revoke_grants_target (DeleteUserSessionRevokeGrantsTarget | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        session_id=session_id,
        revoke_grants_target=revoke_grants_target,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    user_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    revoke_grants_target: DeleteUserSessionRevokeGrantsTarget | Unset = UNSET,
) -> Response[Any]:
    """Revoke a user session

     Revoke a specific user session by its ID, optionally revoking associated target grants and tokens.

    Args:
        user_id (str):
        session_id (str):
        revoke_grants_target (DeleteUserSessionRevokeGrantsTarget | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        session_id=session_id,
        revoke_grants_target=revoke_grants_target,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
