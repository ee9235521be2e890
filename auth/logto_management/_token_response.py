"""What the token endpoint's answer means: an `AccessToken`, or a `ClientCredentialsError` that
says why not in words a person configuring the app can act on (OAuth ``error`` and its hint,
Logto's ``code`` and request id; never the secret or the token).
"""

from __future__ import annotations

import json
import math
import time
from typing import Any

import httpx

from ._errors import ClientCredentialsError
from ._headers import ATTEMPT_EXTENSION, REQUEST_ID_HEADER, RETRY_AFTER_HEADER, parse_retry_after
from ._tokens import AccessToken

__all__ = ["parse_token_response"]

# Hints for the OAuth errors a misconfigured app meets most often (see exchanges.json).
_ERROR_HINTS = {
    "invalid_client": "check client_id and client_secret",
    "invalid_target": (
        "the API resource indicator is unknown: Logto Cloud uses https://<tenant>.logto.app/api, "
        "Logto OSS uses https://default.logto.app/api"
    ),
    "unauthorized_client": "the app must be a machine-to-machine application",
    "invalid_scope": "the app is not allowed the requested scope",
}


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    """The response body as a JSON object, or ``None`` when it is anything else."""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return body if isinstance(body, dict) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _seconds(value: object) -> float | None:
    """``expires_in`` as a positive finite number of seconds, or ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        try:
            seconds = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None


def _describe(value: object) -> str:
    """A short, secret-free description of an unexpected JSON value."""
    if value is None:
        return "missing"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    return f"a JSON {type(value).__name__}"


def _attempts(response: httpx.Response) -> int:
    """How many times the retry transport sent the token request (1 without one)."""
    try:
        attempts = response.request.extensions.get(ATTEMPT_EXTENSION)
    except RuntimeError:  # a Response built by hand, without a request
        return 1
    return attempts if isinstance(attempts, int) and attempts > 0 else 1


def parse_token_response(
    response: httpx.Response, *, sent_at: float, token_url: httpx.URL
) -> AccessToken:
    """The `AccessToken` in a token endpoint's answer, or `ClientCredentialsError` saying why
    there is none (a refusal, a redirect, a body that is not a token). ``sent_at`` is the
    reading of the credentials' clock when the request was sent."""
    status = response.status_code
    request_id = response.headers.get(REQUEST_ID_HEADER)
    where = f"token endpoint {token_url}"

    attempts = _attempts(response)
    retry_after: float | None = None
    busy = ""
    if status in (429, 503):
        header = response.headers.get(RETRY_AFTER_HEADER)
        retry_after = parse_retry_after(header, now=time.time()) if header else None
        wait = f", Retry-After {retry_after:g} s" if retry_after is not None else ""
        # Said only when retries did happen: a bare ClientCredentials sends once.
        tries = f"retries exhausted: {attempts} attempts" if attempts > 1 else "1 attempt"
        busy = f" ({tries}{wait})"

    def fail(message: str, **details: str | None) -> ClientCredentialsError:
        return ClientCredentialsError(
            message + busy,
            status=status,
            request_id=request_id,
            retry_after=retry_after,
            attempts=attempts,
            **details,
        )

    if 300 <= status < 400:
        location = response.headers.get("Location")
        target = f" to {location}" if location else ""
        raise fail(
            f"{where} answered HTTP {status} (a redirect{target}); token requests do not "
            "follow redirects. Check base_url: Logto Cloud tenants must use "
            "https://<tenant>.logto.app, not a custom domain."
        )
    body = _json_object(response)
    if body is None:
        content_type = response.headers.get("Content-Type") or "no Content-Type"
        raise fail(
            f"{where} answered HTTP {status} with a body that is not a JSON object "
            f"({content_type}); is base_url the address of a Logto server?"
        )
    if not 200 <= status < 300:
        error = _text(body.get("error"))
        description = _text(body.get("error_description"))
        code = _text(body.get("code"))
        parts = [f"{where} refused the token request: HTTP {status}"]
        if error:
            parts.append(f" {error}")
        if description:
            parts.append(f": {description}")
        elif _text(body.get("message")):
            parts.append(f": {body['message']}")
        if code:
            parts.append(f" (code {code})")
        hint = _ERROR_HINTS.get(error or "")
        if hint:
            parts.append(f"; {hint}")
        raise fail("".join(parts), error=error, error_description=description, code=code)

    access_token = body.get("access_token")
    if not isinstance(access_token, str) or not access_token:
        raise fail(
            f"{where} answered HTTP {status} without an access_token ({_describe(access_token)})"
        )
    token_type = body.get("token_type")
    if token_type is not None and (
        not isinstance(token_type, str) or token_type.lower() != "bearer"
    ):
        raise fail(f"{where} issued a token of type {_describe(token_type)}, not Bearer")
    expires_in = _seconds(body.get("expires_in"))
    if expires_in is None:
        raise fail(
            f"{where} answered HTTP {status} with a missing or non-numeric expires_in "
            f"({_describe(body.get('expires_in'))}); expected a positive number of seconds"
        )
    scope = body.get("scope")
    token = AccessToken(
        value=access_token,
        expires_in=expires_in,
        scope=scope if isinstance(scope, str) else None,
        obtained_at=sent_at,
    )
    return token
