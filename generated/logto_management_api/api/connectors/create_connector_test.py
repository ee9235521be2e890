from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_connector_test_body import CreateConnectorTestBody
from ...types import MISFITS, UNSET, Response, answer_misfit_in, path_segment


def _get_kwargs(
    factory_id: str,
    *,
    body: CreateConnectorTestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/connectors/{factory_id}/test".format(
            factory_id=path_segment(factory_id, "create_connector_test", "factory_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "create_connector_test (POST /api/connectors/{factory_id}/test)",
            "Any",
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
    factory_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorTestBody,
) -> Response[Any]:
    """Test passwordless connector

     Test a passwordless (email or SMS) connector by sending a test message to the given phone number or
    email address.

    Args:
        factory_id (str):
        body (CreateConnectorTestBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        factory_id=factory_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    factory_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorTestBody,
) -> None:
    """Test passwordless connector

     Test a passwordless (email or SMS) connector by sending a test message to the given phone number or
    email address.

    Args:
        factory_id (str):
        body (CreateConnectorTestBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        None
    """

    response = sync_detailed(
        factory_id=factory_id,
        client=client,
        body=body,
    )
    if not (response.status_code == 204):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    factory_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorTestBody,
) -> Response[Any]:
    """Test passwordless connector

     Test a passwordless (email or SMS) connector by sending a test message to the given phone number or
    email address.

    Args:
        factory_id (str):
        body (CreateConnectorTestBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        factory_id=factory_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    factory_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorTestBody,
) -> None:
    """Test passwordless connector

     Test a passwordless (email or SMS) connector by sending a test message to the given phone number or
    email address.

    Args:
        factory_id (str):
        body (CreateConnectorTestBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        None
    """

    response = await asyncio_detailed(
        factory_id=factory_id,
        client=client,
        body=body,
    )
    if not (response.status_code == 204):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None
