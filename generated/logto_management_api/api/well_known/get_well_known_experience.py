from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.well_known_experience import WellKnownExperience
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    organization_id: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organizationId"] = organization_id

    params["appId"] = app_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/.well-known/experience",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WellKnownExperience | None:
    if response.status_code == 200:
        response_200 = WellKnownExperience.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WellKnownExperience]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
) -> Response[WellKnownExperience]:
    """Get full sign-in experience

     Get the full sign-in experience configuration.

    Args:
        organization_id (str | Unset):
        app_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WellKnownExperience]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
) -> WellKnownExperience | None:
    """Get full sign-in experience

     Get the full sign-in experience configuration.

    Args:
        organization_id (str | Unset):
        app_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WellKnownExperience
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
        app_id=app_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
) -> Response[WellKnownExperience]:
    """Get full sign-in experience

     Get the full sign-in experience configuration.

    Args:
        organization_id (str | Unset):
        app_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WellKnownExperience]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
    app_id: str | Unset = UNSET,
) -> WellKnownExperience | None:
    """Get full sign-in experience

     Get the full sign-in experience configuration.

    Args:
        organization_id (str | Unset):
        app_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WellKnownExperience
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
            app_id=app_id,
        )
    ).parsed
