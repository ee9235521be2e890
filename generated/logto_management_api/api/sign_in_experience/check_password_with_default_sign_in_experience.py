from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_password_with_default_sign_in_experience_body import (
    CheckPasswordWithDefaultSignInExperienceBody,
)
from ...models.password_check_failed import PasswordCheckFailed
from ...models.password_check_passed import PasswordCheckPassed
from ...types import MISFITS, UNSET, Response, answer_misfit_in, json_loads


def _get_kwargs(
    *,
    body: CheckPasswordWithDefaultSignInExperienceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/sign-in-exp/default/check-password",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PasswordCheckFailed | PasswordCheckPassed | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PasswordCheckFailed | PasswordCheckPassed:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PasswordCheckPassed.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PasswordCheckFailed.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PasswordCheckFailed | PasswordCheckPassed]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "check_password_with_default_sign_in_experience (POST /api/sign-in-exp/default/check-password)",
            "PasswordCheckFailed | PasswordCheckPassed",
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
    body: CheckPasswordWithDefaultSignInExperienceBody,
) -> Response[PasswordCheckFailed | PasswordCheckPassed]:
    """Check if a password meets the password policy

     Check if a password meets the password policy in the sign-in experience settings.

    Args:
        body (CheckPasswordWithDefaultSignInExperienceBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[PasswordCheckFailed | PasswordCheckPassed]
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
    body: CheckPasswordWithDefaultSignInExperienceBody,
) -> PasswordCheckFailed | PasswordCheckPassed:
    """Check if a password meets the password policy

     Check if a password meets the password policy in the sign-in experience settings.

    Args:
        body (CheckPasswordWithDefaultSignInExperienceBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        PasswordCheckFailed | PasswordCheckPassed
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
    body: CheckPasswordWithDefaultSignInExperienceBody,
) -> Response[PasswordCheckFailed | PasswordCheckPassed]:
    """Check if a password meets the password policy

     Check if a password meets the password policy in the sign-in experience settings.

    Args:
        body (CheckPasswordWithDefaultSignInExperienceBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[PasswordCheckFailed | PasswordCheckPassed]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckPasswordWithDefaultSignInExperienceBody,
) -> PasswordCheckFailed | PasswordCheckPassed:
    """Check if a password meets the password policy

     Check if a password meets the password policy in the sign-in experience settings.

    Args:
        body (CheckPasswordWithDefaultSignInExperienceBody):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        PasswordCheckFailed | PasswordCheckPassed
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
