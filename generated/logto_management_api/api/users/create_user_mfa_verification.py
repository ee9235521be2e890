from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_mfa_verification_body_type_0 import (
    CreateUserMfaVerificationBodyType0,
)
from ...models.create_user_mfa_verification_body_type_1 import (
    CreateUserMfaVerificationBodyType1,
)
from ...models.create_user_mfa_verification_body_type_2 import (
    CreateUserMfaVerificationBodyType2,
)
from ...models.create_user_mfa_verification_body_type_3 import (
    CreateUserMfaVerificationBodyType3,
)
from ...models.create_user_mfa_verification_response_200_type_0 import (
    CreateUserMfaVerificationResponse200Type0,
)
from ...models.create_user_mfa_verification_response_200_type_1 import (
    CreateUserMfaVerificationResponse200Type1,
)
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
    body: CreateUserMfaVerificationBodyType0
    | CreateUserMfaVerificationBodyType1
    | CreateUserMfaVerificationBodyType2
    | CreateUserMfaVerificationBodyType3,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/users/{user_id}/mfa-verifications".format(
            user_id=path_segment(user_id, "create_user_mfa_verification", "user_id"),
        ),
    }

    if isinstance(body, CreateUserMfaVerificationBodyType0):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateUserMfaVerificationBodyType1):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateUserMfaVerificationBodyType2):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1 | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CreateUserMfaVerificationResponse200Type0.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CreateUserMfaVerificationResponse200Type1.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "create_user_mfa_verification (POST /api/users/{user_id}/mfa-verifications)",
            "CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1",
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
    body: CreateUserMfaVerificationBodyType0
    | CreateUserMfaVerificationBodyType1
    | CreateUserMfaVerificationBodyType2
    | CreateUserMfaVerificationBodyType3,
) -> Response[
    CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1
]:
    """Create an MFA verification for a user

     Create a new MFA verification for a given user ID.

    Args:
        user_id (str):
        body (CreateUserMfaVerificationBodyType0 | CreateUserMfaVerificationBodyType1 |
            CreateUserMfaVerificationBodyType2 | CreateUserMfaVerificationBodyType3):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1]
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
    body: CreateUserMfaVerificationBodyType0
    | CreateUserMfaVerificationBodyType1
    | CreateUserMfaVerificationBodyType2
    | CreateUserMfaVerificationBodyType3,
) -> CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1:
    """Create an MFA verification for a user

     Create a new MFA verification for a given user ID.

    Args:
        user_id (str):
        body (CreateUserMfaVerificationBodyType0 | CreateUserMfaVerificationBodyType1 |
            CreateUserMfaVerificationBodyType2 | CreateUserMfaVerificationBodyType3):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1
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
    body: CreateUserMfaVerificationBodyType0
    | CreateUserMfaVerificationBodyType1
    | CreateUserMfaVerificationBodyType2
    | CreateUserMfaVerificationBodyType3,
) -> Response[
    CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1
]:
    """Create an MFA verification for a user

     Create a new MFA verification for a given user ID.

    Args:
        user_id (str):
        body (CreateUserMfaVerificationBodyType0 | CreateUserMfaVerificationBodyType1 |
            CreateUserMfaVerificationBodyType2 | CreateUserMfaVerificationBodyType3):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1]
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
    body: CreateUserMfaVerificationBodyType0
    | CreateUserMfaVerificationBodyType1
    | CreateUserMfaVerificationBodyType2
    | CreateUserMfaVerificationBodyType3,
) -> CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1:
    """Create an MFA verification for a user

     Create a new MFA verification for a given user ID.

    Args:
        user_id (str):
        body (CreateUserMfaVerificationBodyType0 | CreateUserMfaVerificationBodyType1 |
            CreateUserMfaVerificationBodyType2 | CreateUserMfaVerificationBodyType3):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        CreateUserMfaVerificationResponse200Type0 | CreateUserMfaVerificationResponse200Type1
    """

    response = await asyncio_detailed(
        user_id=user_id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
