from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template import EmailTemplate
from ...models.template_type import TemplateType, check_template_type
from ...types import MISFITS, UNSET, Response, Unset, answer_misfit_in, json_loads


def _get_kwargs(
    *,
    language_tag: str | Unset = UNSET,
    template_type: TemplateType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["languageTag"] = language_tag

    json_template_type: str | Unset = UNSET
    if not isinstance(template_type, Unset):
        json_template_type = template_type

    params["templateType"] = json_template_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/email-templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[EmailTemplate] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = EmailTemplate.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[EmailTemplate]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "list_email_templates (GET /api/email-templates)",
            "list[EmailTemplate]",
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
    language_tag: str | Unset = UNSET,
    template_type: TemplateType | Unset = UNSET,
) -> Response[list[EmailTemplate]]:
    """Get email templates

     Get the list of email templates.

    Args:
        language_tag (str | Unset):
        template_type (TemplateType | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[list[EmailTemplate]]
    """

    kwargs = _get_kwargs(
        language_tag=language_tag,
        template_type=template_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    language_tag: str | Unset = UNSET,
    template_type: TemplateType | Unset = UNSET,
) -> list[EmailTemplate]:
    """Get email templates

     Get the list of email templates.

    Args:
        language_tag (str | Unset):
        template_type (TemplateType | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[EmailTemplate]
    """

    response = sync_detailed(
        client=client,
        language_tag=language_tag,
        template_type=template_type,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    language_tag: str | Unset = UNSET,
    template_type: TemplateType | Unset = UNSET,
) -> Response[list[EmailTemplate]]:
    """Get email templates

     Get the list of email templates.

    Args:
        language_tag (str | Unset):
        template_type (TemplateType | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[list[EmailTemplate]]
    """

    kwargs = _get_kwargs(
        language_tag=language_tag,
        template_type=template_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    language_tag: str | Unset = UNSET,
    template_type: TemplateType | Unset = UNSET,
) -> list[EmailTemplate]:
    """Get email templates

     Get the list of email templates.

    Args:
        language_tag (str | Unset):
        template_type (TemplateType | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[EmailTemplate]
    """

    response = await asyncio_detailed(
        client=client,
        language_tag=language_tag,
        template_type=template_type,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
