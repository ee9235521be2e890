from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_one_time_tokens_body import AddOneTimeTokensBody
from ...models.one_time_token import OneTimeToken
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AddOneTimeTokensBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/one-time-tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OneTimeToken | None:
    if response.status_code == 201:
        response_201 = OneTimeToken.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OneTimeToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddOneTimeTokensBody,
) -> Response[OneTimeToken]:
    """Create one-time token

     Create a new one-time token associated with an email address. The token can be used for verification
    purposes and has an expiration time.

    Args:
        body (AddOneTimeTokensBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OneTimeToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddOneTimeTokensBody,
) -> OneTimeToken | None:
    """Create one-time token

     Create a new one-time token associated with an email address. The token can be used for verification
    purposes and has an expiration time.

    Args:
        body (AddOneTimeTokensBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OneTimeToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddOneTimeTokensBody,
) -> Response[OneTimeToken]:
    """Create one-time token

     Create a new one-time token associated with an email address. The token can be used for verification
    purposes and has an expiration time.

    Args:
        body (AddOneTimeTokensBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OneTimeToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddOneTimeTokensBody,
) -> OneTimeToken | None:
    """Create one-time token

     Create a new one-time token associated with an email address. The token can be used for verification
    purposes and has an expiration time.

    Args:
        body (AddOneTimeTokensBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OneTimeToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
