from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sso_connector_signing_key_body import (
    CreateSsoConnectorSigningKeyBody,
)
from ...models.sso_connector_signing_key import SsoConnectorSigningKey
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    id: str,
    *,
    body: CreateSsoConnectorSigningKeyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/sso-connectors/{id}/signing-keys".format(
            id=path_segment(id, "create_sso_connector_signing_key", "id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _kwargs["extensions"] = {"logto_management.since": "master 1fbc55441f"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SsoConnectorSigningKey | None:
    if response.status_code == 201:
        response_201 = SsoConnectorSigningKey.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SsoConnectorSigningKey]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "create_sso_connector_signing_key (POST /api/sso-connectors/{id}/signing-keys)",
            "SsoConnectorSigningKey",
            response,
            _exc,
        )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSsoConnectorSigningKeyBody,
) -> Response[SsoConnectorSigningKey]:
    """Create an SP signing key

     Generate a new Service Provider signing key pair for the given SAML SSO connector. Create the key
    inactive (default) to stage a graceful rotation — register its certificate at the identity provider
    before activating it. Creating an active key deactivates the currently active key atomically.

    Logto ≥ master 1fbc55441f: older releases answer 404 (no such route).

    Args:
        id (str):
        body (CreateSsoConnectorSigningKeyBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

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
    body: CreateSsoConnectorSigningKeyBody,
) -> SsoConnectorSigningKey:
    """Create an SP signing key

     Generate a new Service Provider signing key pair for the given SAML SSO connector. Create the key
    inactive (default) to stage a graceful rotation — register its certificate at the identity provider
    before activating it. Creating an active key deactivates the currently active key atomically.

    Logto ≥ master 1fbc55441f: older releases answer 404 (no such route).

    Args:
        id (str):
        body (CreateSsoConnectorSigningKeyBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        SsoConnectorSigningKey
    """

    response = sync_detailed(
        id=id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSsoConnectorSigningKeyBody,
) -> Response[SsoConnectorSigningKey]:
    """Create an SP signing key

     Generate a new Service Provider signing key pair for the given SAML SSO connector. Create the key
    inactive (default) to stage a graceful rotation — register its certificate at the identity provider
    before activating it. Creating an active key deactivates the currently active key atomically.

    Logto ≥ master 1fbc55441f: older releases answer 404 (no such route).

    Args:
        id (str):
        body (CreateSsoConnectorSigningKeyBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

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
    body: CreateSsoConnectorSigningKeyBody,
) -> SsoConnectorSigningKey:
    """Create an SP signing key

     Generate a new Service Provider signing key pair for the given SAML SSO connector. Create the key
    inactive (default) to stage a graceful rotation — register its certificate at the identity provider
    before activating it. Creating an active key deactivates the currently active key atomically.

    Logto ≥ master 1fbc55441f: older releases answer 404 (no such route).

    Args:
        id (str):
        body (CreateSsoConnectorSigningKeyBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        SsoConnectorSigningKey
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
