from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.address_custom_profile_field_update import (
    AddressCustomProfileFieldUpdate,
)
from ...models.checkbox_custom_profile_field_update import (
    CheckboxCustomProfileFieldUpdate,
)
from ...models.custom_profile_field import CustomProfileField
from ...models.date_custom_profile_field_update import DateCustomProfileFieldUpdate
from ...models.fullname_custom_profile_field_update import (
    FullnameCustomProfileFieldUpdate,
)
from ...models.number_custom_profile_field_update import NumberCustomProfileFieldUpdate
from ...models.regex_custom_profile_field_update import RegexCustomProfileFieldUpdate
from ...models.select_custom_profile_field_update import SelectCustomProfileFieldUpdate
from ...models.text_custom_profile_field_update import TextCustomProfileFieldUpdate
from ...models.url_custom_profile_field_update import UrlCustomProfileFieldUpdate
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    name: str,
    *,
    body: AddressCustomProfileFieldUpdate
    | CheckboxCustomProfileFieldUpdate
    | DateCustomProfileFieldUpdate
    | FullnameCustomProfileFieldUpdate
    | NumberCustomProfileFieldUpdate
    | RegexCustomProfileFieldUpdate
    | SelectCustomProfileFieldUpdate
    | TextCustomProfileFieldUpdate
    | UrlCustomProfileFieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/custom-profile-fields/{name}".format(
            name=path_segment(name, "update_custom_profile_field_by_name", "name"),
        ),
    }

    if isinstance(body, TextCustomProfileFieldUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, NumberCustomProfileFieldUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, DateCustomProfileFieldUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CheckboxCustomProfileFieldUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SelectCustomProfileFieldUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, UrlCustomProfileFieldUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RegexCustomProfileFieldUpdate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AddressCustomProfileFieldUpdate):
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
    if response.status_code == 200:
        response_200 = CustomProfileField.from_dict(json_loads(response.content))

        return response_200

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
            "update_custom_profile_field_by_name (PUT /api/custom-profile-fields/{name})",
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
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddressCustomProfileFieldUpdate
    | CheckboxCustomProfileFieldUpdate
    | DateCustomProfileFieldUpdate
    | FullnameCustomProfileFieldUpdate
    | NumberCustomProfileFieldUpdate
    | RegexCustomProfileFieldUpdate
    | SelectCustomProfileFieldUpdate
    | TextCustomProfileFieldUpdate
    | UrlCustomProfileFieldUpdate,
) -> Response[CustomProfileField]:
    """Update a custom profile field by name

     Update a custom profile field by name.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        name (str):
        body (AddressCustomProfileFieldUpdate | CheckboxCustomProfileFieldUpdate |
            DateCustomProfileFieldUpdate | FullnameCustomProfileFieldUpdate |
            NumberCustomProfileFieldUpdate | RegexCustomProfileFieldUpdate |
            SelectCustomProfileFieldUpdate | TextCustomProfileFieldUpdate |
            UrlCustomProfileFieldUpdate):

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
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddressCustomProfileFieldUpdate
    | CheckboxCustomProfileFieldUpdate
    | DateCustomProfileFieldUpdate
    | FullnameCustomProfileFieldUpdate
    | NumberCustomProfileFieldUpdate
    | RegexCustomProfileFieldUpdate
    | SelectCustomProfileFieldUpdate
    | TextCustomProfileFieldUpdate
    | UrlCustomProfileFieldUpdate,
) -> CustomProfileField:
    """Update a custom profile field by name

     Update a custom profile field by name.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        name (str):
        body (AddressCustomProfileFieldUpdate | CheckboxCustomProfileFieldUpdate |
            DateCustomProfileFieldUpdate | FullnameCustomProfileFieldUpdate |
            NumberCustomProfileFieldUpdate | RegexCustomProfileFieldUpdate |
            SelectCustomProfileFieldUpdate | TextCustomProfileFieldUpdate |
            UrlCustomProfileFieldUpdate):

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
        name=name,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddressCustomProfileFieldUpdate
    | CheckboxCustomProfileFieldUpdate
    | DateCustomProfileFieldUpdate
    | FullnameCustomProfileFieldUpdate
    | NumberCustomProfileFieldUpdate
    | RegexCustomProfileFieldUpdate
    | SelectCustomProfileFieldUpdate
    | TextCustomProfileFieldUpdate
    | UrlCustomProfileFieldUpdate,
) -> Response[CustomProfileField]:
    """Update a custom profile field by name

     Update a custom profile field by name.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        name (str):
        body (AddressCustomProfileFieldUpdate | CheckboxCustomProfileFieldUpdate |
            DateCustomProfileFieldUpdate | FullnameCustomProfileFieldUpdate |
            NumberCustomProfileFieldUpdate | RegexCustomProfileFieldUpdate |
            SelectCustomProfileFieldUpdate | TextCustomProfileFieldUpdate |
            UrlCustomProfileFieldUpdate):

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
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddressCustomProfileFieldUpdate
    | CheckboxCustomProfileFieldUpdate
    | DateCustomProfileFieldUpdate
    | FullnameCustomProfileFieldUpdate
    | NumberCustomProfileFieldUpdate
    | RegexCustomProfileFieldUpdate
    | SelectCustomProfileFieldUpdate
    | TextCustomProfileFieldUpdate
    | UrlCustomProfileFieldUpdate,
) -> CustomProfileField:
    """Update a custom profile field by name

     Update a custom profile field by name.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        name (str):
        body (AddressCustomProfileFieldUpdate | CheckboxCustomProfileFieldUpdate |
            DateCustomProfileFieldUpdate | FullnameCustomProfileFieldUpdate |
            NumberCustomProfileFieldUpdate | RegexCustomProfileFieldUpdate |
            SelectCustomProfileFieldUpdate | TextCustomProfileFieldUpdate |
            UrlCustomProfileFieldUpdate):

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
        name=name,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
