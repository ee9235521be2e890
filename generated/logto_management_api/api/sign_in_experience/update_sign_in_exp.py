from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sign_in_experience import SignInExperience
from ...models.update_sign_in_exp_body import UpdateSignInExpBody
from ...types import MISFITS, UNSET, Response, Unset, answer_misfit_in, json_loads


def _get_kwargs(
    *,
    body: UpdateSignInExpBody,
    remove_unused_demo_social_connector: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["removeUnusedDemoSocialConnector"] = remove_unused_demo_social_connector

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if not remove_unused_demo_social_connector:
        params.pop("removeUnusedDemoSocialConnector", None)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/sign-in-exp",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SignInExperience | None:
    if response.status_code == 200:
        response_200 = SignInExperience.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SignInExperience]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "update_sign_in_exp (PATCH /api/sign-in-exp)",
            "SignInExperience",
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
    body: UpdateSignInExpBody,
    remove_unused_demo_social_connector: bool | Unset = False,
) -> Response[SignInExperience]:
    """Update default sign-in experience settings

     Update the default sign-in experience settings with the provided data.

    Args:
        remove_unused_demo_social_connector (bool | Unset):  Default: False.
        body (UpdateSignInExpBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[SignInExperience]
    """

    kwargs = _get_kwargs(
        body=body,
        remove_unused_demo_social_connector=remove_unused_demo_social_connector,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSignInExpBody,
    remove_unused_demo_social_connector: bool | Unset = False,
) -> SignInExperience:
    """Update default sign-in experience settings

     Update the default sign-in experience settings with the provided data.

    Args:
        remove_unused_demo_social_connector (bool | Unset):  Default: False.
        body (UpdateSignInExpBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        SignInExperience
    """

    response = sync_detailed(
        client=client,
        body=body,
        remove_unused_demo_social_connector=remove_unused_demo_social_connector,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSignInExpBody,
    remove_unused_demo_social_connector: bool | Unset = False,
) -> Response[SignInExperience]:
    """Update default sign-in experience settings

     Update the default sign-in experience settings with the provided data.

    Args:
        remove_unused_demo_social_connector (bool | Unset):  Default: False.
        body (UpdateSignInExpBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[SignInExperience]
    """

    kwargs = _get_kwargs(
        body=body,
        remove_unused_demo_social_connector=remove_unused_demo_social_connector,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSignInExpBody,
    remove_unused_demo_social_connector: bool | Unset = False,
) -> SignInExperience:
    """Update default sign-in experience settings

     Update the default sign-in experience settings with the provided data.

    Args:
        remove_unused_demo_social_connector (bool | Unset):  Default: False.
        body (UpdateSignInExpBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        SignInExperience
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
        remove_unused_demo_social_connector=remove_unused_demo_social_connector,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
