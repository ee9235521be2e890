from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.saml_application_secret_request import SamlApplicationSecretRequest
from ...models.sso_connector_signing_key import SsoConnectorSigningKey
from ...types import UNSET, Response


def _get_kwargs(
    id: str,
    key_id: str,
    *,
    body: SamlApplicationSecretRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/sso-connectors/{id}/signing-keys/{key_id}".format(
            id=quote(str(id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SsoConnectorSigningKey | None:
    if response.status_code == 200:
        response_200 = SsoConnectorSigningKey.from_dict(response.json())

        return response_200

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
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SamlApplicationSecretRequest,
) -> Response[SsoConnectorSigningKey]:
    """Activate or deactivate an SP signing key

     Update the activation state of the given Service Provider signing key. Activating a key atomically
    deactivates the currently active key — the switch step of a graceful rotation. Deactivating the
    active key is rejected while signed authentication requests are enabled — disable them first (key
    routes never modify the connector config).

    Args:
        id (str):
        key_id (str):
        body (SamlApplicationSecretRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SsoConnectorSigningKey]
    """

    kwargs = _get_kwargs(
        id=id,
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SamlApplicationSecretRequest,
) -> SsoConnectorSigningKey | None:
    """Activate or deactivate an SP signing key

     Update the activation state of the given Service Provider signing key. Activating a key atomically
    deactivates the currently active key — the switch step of a graceful rotation. Deactivating the
    active key is rejected while signed authentication requests are enabled — disable them first (key
    routes never modify the connector config).

    Args:
        id (str):
        key_id (str):
        body (SamlApplicationSecretRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SsoConnectorSigningKey
    """

    return sync_detailed(
        id=id,
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SamlApplicationSecretRequest,
) -> Response[SsoConnectorSigningKey]:
    """Activate or deactivate an SP signing key

     Update the activation state of the given Service Provider signing key. Activating a key atomically
    deactivates the currently active key — the switch step of a graceful rotation. Deactivating the
    active key is rejected while signed authentication requests are enabled — disable them first (key
    routes never modify the connector config).

    Args:
        id (str):
        key_id (str):
        body (SamlApplicationSecretRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SsoConnectorSigningKey]
    """

    kwargs = _get_kwargs(
        id=id,
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SamlApplicationSecretRequest,
) -> SsoConnectorSigningKey | None:
    """Activate or deactivate an SP signing key

     Update the activation state of the given Service Provider signing key. Activating a key atomically
    deactivates the currently active key — the switch step of a graceful rotation. Deactivating the
    active key is rejected while signed authentication requests are enabled — disable them first (key
    routes never modify the connector config).

    Args:
        id (str):
        key_id (str):
        body (SamlApplicationSecretRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SsoConnectorSigningKey
    """

    return (
        await asyncio_detailed(
            id=id,
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
