from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.json_object import JsonObject
from ...models.test_action_body import TestActionBody
from ...types import MISFITS, UNSET, Response, answer_misfit_in, json_loads


def _get_kwargs(
    *,
    body: TestActionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/configs/actions/test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _kwargs["extensions"] = {"logto_management.since": "1.42.0"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    _response_200_type_1_item_data = response_200_type_1_item_data
                    response_200_type_1_item: bool | float | JsonObject | None | str
                    if _response_200_type_1_item_data is None:
                        response_200_type_1_item = _response_200_type_1_item_data
                    else:

                        def _parse_response_200_type_1_item(
                            data: object,
                        ) -> bool | float | JsonObject | None | str:
                            if data is None:
                                return data
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                response_200_type_1_item_type_4 = dict(data)

                                return response_200_type_1_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(bool | float | JsonObject | None | str, data)

                        response_200_type_1_item = _parse_response_200_type_1_item(
                            _response_200_type_1_item_data
                        )

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str, data
            )

        response_200 = _parse_response_200(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "test_action (POST /api/configs/actions/test)",
            "bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str",
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
    *,
    client: AuthenticatedClient | Client,
    body: TestActionBody,
) -> Response[bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str]:
    """Test action

     Test an action script with a sample context.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        body (TestActionBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str]
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
    body: TestActionBody,
) -> bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str:
    """Test action

     Test an action script with a sample context.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        body (TestActionBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TestActionBody,
) -> Response[bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str]:
    """Test action

     Test an action script with a sample context.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        body (TestActionBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TestActionBody,
) -> bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str:
    """Test action

     Test an action script with a sample context.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        body (TestActionBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
