from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_saml_application_secret_body import (
    CreateSamlApplicationSecretBody,
)
from ...models.sso_connector_signing_key import SsoConnectorSigningKey
from ...types import UNSET, Response


def _get_kwargs(
    id: str,
    *,
    body: CreateSamlApplicationSecretBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/saml-applications/{id}/secrets".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SsoConnectorSigningKey | None:
    if response.status_code == 201:
        response_201 = SsoConnectorSigningKey.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SsoConnectorSigningKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSamlApplicationSecretBody,
) -> Response[SsoConnectorSigningKey]:
    """Create SAML application secret

     Create a new signing certificate for the SAML application.

    Args:
        id (str):
        body (CreateSamlApplicationSecretBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SsoConnectorSigningKey]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSamlApplicationSecretBody,
) -> SsoConnectorSigningKey | None:
    """Create SAML application secret

     Create a new signing certificate for the SAML application.

    Args:
        id (str):
        body (CreateSamlApplicationSecretBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SsoConnectorSigningKey
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSamlApplicationSecretBody,
) -> Response[SsoConnectorSigningKey]:
    """Create SAML application secret

     Create a new signing certificate for the SAML application.

    Args:
        id (str):
        body (CreateSamlApplicationSecretBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SsoConnectorSigningKey]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSamlApplicationSecretBody,
) -> SsoConnectorSigningKey | None:
    """Create SAML application secret

     Create a new signing certificate for the SAML application.

    Args:
        id (str):
        body (CreateSamlApplicationSecretBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SsoConnectorSigningKey
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
