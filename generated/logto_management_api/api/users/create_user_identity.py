from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_identity_body import CreateUserIdentityBody
from ...models.identities_by_target import IdentitiesByTarget
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    user_id: str,
    *,
    body: CreateUserIdentityBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/users/{user_id}/identities".format(
            user_id=path_segment(user_id, "create_user_identity", "user_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdentitiesByTarget | None:
    if response.status_code == 200:
        response_200 = IdentitiesByTarget.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdentitiesByTarget]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "create_user_identity (POST /api/users/{user_id}/identities)",
            "IdentitiesByTarget",
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
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserIdentityBody,
) -> Response[IdentitiesByTarget]:
    """Link social identity to user

     Link authenticated user identity from a social platform to a Logto user.

    The usage of this API is usually coupled with `POST /connectors/:connectorId/authorization-uri`.
    With the help of these pair of APIs, you can implement a user profile page with the link social
    account feature in your application.

    Note: Currently due to technical limitations, this API does not support the following connectors
    that rely on Logto interaction session: `@logto/connector-apple`, `@logto/connector-saml`,
    `@logto/connector-oidc` and `@logto/connector-oauth`.

    Args:
        user_id (str):
        body (CreateUserIdentityBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[IdentitiesByTarget]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserIdentityBody,
) -> IdentitiesByTarget:
    """Link social identity to user

     Link authenticated user identity from a social platform to a Logto user.

    The usage of this API is usually coupled with `POST /connectors/:connectorId/authorization-uri`.
    With the help of these pair of APIs, you can implement a user profile page with the link social
    account feature in your application.

    Note: Currently due to technical limitations, this API does not support the following connectors
    that rely on Logto interaction session: `@logto/connector-apple`, `@logto/connector-saml`,
    `@logto/connector-oidc` and `@logto/connector-oauth`.

    Args:
        user_id (str):
        body (CreateUserIdentityBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        IdentitiesByTarget
    """

    response = sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserIdentityBody,
) -> Response[IdentitiesByTarget]:
    """Link social identity to user

     Link authenticated user identity from a social platform to a Logto user.

    The usage of this API is usually coupled with `POST /connectors/:connectorId/authorization-uri`.
    With the help of these pair of APIs, you can implement a user profile page with the link social
    account feature in your application.

    Note: Currently due to technical limitations, this API does not support the following connectors
    that rely on Logto interaction session: `@logto/connector-apple`, `@logto/connector-saml`,
    `@logto/connector-oidc` and `@logto/connector-oauth`.

    Args:
        user_id (str):
        body (CreateUserIdentityBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[IdentitiesByTarget]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserIdentityBody,
) -> IdentitiesByTarget:
    """Link social identity to user

     Link authenticated user identity from a social platform to a Logto user.

    The usage of this API is usually coupled with `POST /connectors/:connectorId/authorization-uri`.
    With the help of these pair of APIs, you can implement a user profile page with the link social
    account feature in your application.

    Note: Currently due to technical limitations, this API does not support the following connectors
    that rely on Logto interaction session: `@logto/connector-apple`, `@logto/connector-saml`,
    `@logto/connector-oidc` and `@logto/connector-oauth`.

    Args:
        user_id (str):
        body (CreateUserIdentityBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        IdentitiesByTarget
    """

    response = await asyncio_detailed(
        user_id=user_id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
