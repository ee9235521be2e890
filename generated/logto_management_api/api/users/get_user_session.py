from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session import Session
from ...types import UNSET, Response


def _get_kwargs(
    user_id: str,
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users/{user_id}/sessions/{session_id}".format(
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Session | None:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Session]:
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
) -> Response[Session]:
    """Get user active session

     Retrieve a non-expired session for the user by session ID, including session metadata and
    interaction details when available.

    Args:
        user_id (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Session]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Session | None:
    """Get user active session

     Retrieve a non-expired session for the user by session ID, including session metadata and
    interaction details when available.

    Args:
        user_id (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Session
    """

    return sync_detailed(
        user_id=user_id,
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Session]:
    """Get user active session

     Retrieve a non-expired session for the user by session ID, including session metadata and
    interaction details when available.

    Args:
        user_id (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Session]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Session | None:
    """Get user active session

     Retrieve a non-expired session for the user by session ID, including session metadata and
    interaction details when available.

    Args:
        user_id (str):
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Session
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            session_id=session_id,
            client=client,
        )
    ).parsed
