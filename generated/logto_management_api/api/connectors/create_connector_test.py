from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_connector_test_body import CreateConnectorTestBody
from ...types import UNSET, Response


def _get_kwargs(
    factory_id: str,
    *,
    body: CreateConnectorTestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/connectors/{factory_id}/test".format(
            factory_id=quote(str(factory_id), safe=""),
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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        factory_id=factory_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
