from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.address_custom_profile_field_request import (
    AddressCustomProfileFieldRequest,
)
from ...models.checkbox_custom_profile_field_request import (
    CheckboxCustomProfileFieldRequest,
)
from ...models.custom_profile_field import CustomProfileField
from ...models.date_custom_profile_field_request import DateCustomProfileFieldRequest
from ...models.fullname_custom_profile_field_request import (
    FullnameCustomProfileFieldRequest,
)
from ...models.number_custom_profile_field_request import (
    NumberCustomProfileFieldRequest,
)
from ...models.regex_custom_profile_field_request import RegexCustomProfileFieldRequest
from ...models.select_custom_profile_field_request import (
    SelectCustomProfileFieldRequest,
)
from ...models.text_custom_profile_field_request import TextCustomProfileFieldRequest
from ...models.url_custom_profile_field_request import UrlCustomProfileFieldRequest
from ...types import MISFITS, UNSET, Response, answer_misfit_in, json_loads


def _get_kwargs(
    *,
    body: AddressCustomProfileFieldRequest
    | CheckboxCustomProfileFieldRequest
    | DateCustomProfileFieldRequest
    | FullnameCustomProfileFieldRequest
    | NumberCustomProfileFieldRequest
    | RegexCustomProfileFieldRequest
    | SelectCustomProfileFieldRequest
    | TextCustomProfileFieldRequest
    | UrlCustomProfileFieldRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/custom-profile-fields",
    }

    if isinstance(body, TextCustomProfileFieldRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, NumberCustomProfileFieldRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, DateCustomProfileFieldRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CheckboxCustomProfileFieldRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SelectCustomProfileFieldRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UrlCustomProfileFieldRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RegexCustomProfileFieldRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AddressCustomProfileFieldRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _kwargs["extensions"] = {"logto_management.since": "1.32.0"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomProfileField | None:
    if response.status_code == 201:
        response_201 = CustomProfileField.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomProfileField]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "create_custom_profile_field (POST /api/custom-profile-fields)",
            "CustomProfileField",
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
    body: AddressCustomProfileFieldRequest
    | CheckboxCustomProfileFieldRequest
    | DateCustomProfileFieldRequest
    | FullnameCustomProfileFieldRequest
    | NumberCustomProfileFieldRequest
    | RegexCustomProfileFieldRequest
    | SelectCustomProfileFieldRequest
    | TextCustomProfileFieldRequest
    | UrlCustomProfileFieldRequest,
) -> Response[CustomProfileField]:
    """Create a custom profile field

     Create a custom profile field.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        body (AddressCustomProfileFieldRequest | CheckboxCustomProfileFieldRequest |
            DateCustomProfileFieldRequest | FullnameCustomProfileFieldRequest |
            NumberCustomProfileFieldRequest | RegexCustomProfileFieldRequest |
            SelectCustomProfileFieldRequest | TextCustomProfileFieldRequest |
            UrlCustomProfileFieldRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[CustomProfileField]
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
    body: AddressCustomProfileFieldRequest
    | CheckboxCustomProfileFieldRequest
    | DateCustomProfileFieldRequest
    | FullnameCustomProfileFieldRequest
    | NumberCustomProfileFieldRequest
    | RegexCustomProfileFieldRequest
    | SelectCustomProfileFieldRequest
    | TextCustomProfileFieldRequest
    | UrlCustomProfileFieldRequest,
) -> CustomProfileField:
    """Create a custom profile field

     Create a custom profile field.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        body (AddressCustomProfileFieldRequest | CheckboxCustomProfileFieldRequest |
            DateCustomProfileFieldRequest | FullnameCustomProfileFieldRequest |
            NumberCustomProfileFieldRequest | RegexCustomProfileFieldRequest |
            SelectCustomProfileFieldRequest | TextCustomProfileFieldRequest |
            UrlCustomProfileFieldRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        CustomProfileField
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
    body: AddressCustomProfileFieldRequest
    | CheckboxCustomProfileFieldRequest
    | DateCustomProfileFieldRequest
    | FullnameCustomProfileFieldRequest
    | NumberCustomProfileFieldRequest
    | RegexCustomProfileFieldRequest
    | SelectCustomProfileFieldRequest
    | TextCustomProfileFieldRequest
    | UrlCustomProfileFieldRequest,
) -> Response[CustomProfileField]:
    """Create a custom profile field

     Create a custom profile field.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        body (AddressCustomProfileFieldRequest | CheckboxCustomProfileFieldRequest |
            DateCustomProfileFieldRequest | FullnameCustomProfileFieldRequest |
            NumberCustomProfileFieldRequest | RegexCustomProfileFieldRequest |
            SelectCustomProfileFieldRequest | TextCustomProfileFieldRequest |
            UrlCustomProfileFieldRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[CustomProfileField]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddressCustomProfileFieldRequest
    | CheckboxCustomProfileFieldRequest
    | DateCustomProfileFieldRequest
    | FullnameCustomProfileFieldRequest
    | NumberCustomProfileFieldRequest
    | RegexCustomProfileFieldRequest
    | SelectCustomProfileFieldRequest
    | TextCustomProfileFieldRequest
    | UrlCustomProfileFieldRequest,
) -> CustomProfileField:
    """Create a custom profile field

     Create a custom profile field.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        body (AddressCustomProfileFieldRequest | CheckboxCustomProfileFieldRequest |
            DateCustomProfileFieldRequest | FullnameCustomProfileFieldRequest |
            NumberCustomProfileFieldRequest | RegexCustomProfileFieldRequest |
            SelectCustomProfileFieldRequest | TextCustomProfileFieldRequest |
            UrlCustomProfileFieldRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        CustomProfileField
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
