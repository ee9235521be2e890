"""The token endpoint (``POST /oidc/token``, client credentials) and bearer token checks.

Access tokens are JWT-shaped (three base64url parts, Logto's claims) but signed with an HMAC key
of the double (``alg: HS384``): clients must treat them as opaque, as they should with Logto.
Errors are the recorded OAuth bodies: ``code``/``message`` from Logto plus ``error`` and
``error_description`` from oidc-provider. Every exchange is written to the audit log.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import threading
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote_plus

from .._http import ApiError, JSONType, Response, dump_json
from .._model.context import Context
from .._model.state import State

_MESSAGES = {
    "invalid_request": "Request is invalid.",
    "invalid_target": "Invalid resource indicator.",
    "unsupported_grant_type": "Unsupported `grant_type` requested.",
}
_ERROR_NAMES = {
    "invalid_request": "InvalidRequest",
    "invalid_client": "InvalidClient",
    "invalid_target": "InvalidTarget",
    "unsupported_grant_type": "UnsupportedGrantType",
    "unauthorized_client": "UnauthorizedClient",
}
_OTHER_GRANTS = {
    "authorization_code",
    "refresh_token",
    "urn:ietf:params:oauth:grant-type:token-exchange",
    "urn:ietf:params:oauth:grant-type:device_code",
}
_TOKEN_HEADERS = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Expose-Headers", "WWW-Authenticate"),
    ("cache-control", "no-store"),
]
_MASKED = "******"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_JWT_HEADER = _b64(dump_json({"alg": "HS384", "typ": "at+jwt", "kid": "logto-test-double"}))


@dataclass(frozen=True)
class Claims:
    client_id: str
    scopes: tuple[str, ...]
    audience: str
    subject: str = ""


class TokenIssuer:
    """Signs and checks the double's access tokens; remembers which ones were expired/revoked."""

    def __init__(self, state: State) -> None:
        self._state = state
        self._key = secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._issued: set[str] = set()
        self._expired: set[str] = set()
        self._revoked: set[str] = set()
        self.issued_count = 0

    def _sign(self, signing_input: str) -> str:
        return _b64(hmac.new(self._key, signing_input.encode(), hashlib.sha384).digest())

    def issue(
        self, *, client_id: str, audience: str, scopes: list[str] | None, ttl: int, issuer: str
    ) -> str:
        now = int(self._state.now())
        jti = _b64(secrets.token_bytes(32))
        claims: dict[str, JSONType] = {"jti": jti, "sub": client_id, "iat": now, "exp": now + ttl}
        if scopes is not None:
            claims["scope"] = " ".join(scopes)
        claims.update({"client_id": client_id, "iss": issuer, "aud": audience})
        signing_input = f"{_JWT_HEADER}.{_b64(dump_json(claims))}"
        with self._lock:
            self._issued.add(jti)
            self.issued_count += 1
        return f"{signing_input}.{self._sign(signing_input)}"

    def _jti(self, token: str) -> str | None:
        try:
            payload = json.loads(_unb64(token.split(".")[1]))
        except (IndexError, ValueError, binascii.Error):
            return None
        jti = payload.get("jti") if isinstance(payload, dict) else None
        return jti if isinstance(jti, str) else None

    def expire(self, token: str) -> None:
        jti = self._jti(token)
        if jti is not None:
            with self._lock:
                self._expired.add(jti)

    def revoke(self, token: str) -> None:
        jti = self._jti(token)
        if jti is not None:
            with self._lock:
                self._revoked.add(jti)

    def expire_all(self) -> None:
        with self._lock:
            self._expired |= self._issued

    def revoke_all(self) -> None:
        with self._lock:
            self._revoked |= self._issued

    def verify(self, authorization: str | None, audience: str | None) -> Claims:
        """Check an ``Authorization`` header the way Logto's ``koaAuth`` does (``audience=None``:
        for any resource)."""
        if not authorization:
            raise ApiError(
                401, "auth.authorization_header_missing", "Authorization header is missing."
            )
        if not authorization.startswith("Bearer"):
            raise ApiError(
                401,
                "auth.authorization_token_type_not_supported",
                "Authorization type is not supported.",
                data={"supportedTypes": ["Bearer"]},
            )
        token = authorization[len("Bearer ") :]
        parts = token.split(".")
        try:
            if len(parts) != 3:
                raise ValueError
            payload = json.loads(_unb64(parts[1]))
            if not isinstance(payload, dict):
                raise ValueError
        except (ValueError, binascii.Error):
            raise _unauthorized("ERR_JWS_INVALID", "JWSInvalid") from None
        jti = payload.get("jti")
        signed = hmac.compare_digest(self._sign(f"{parts[0]}.{parts[1]}"), parts[2])
        with self._lock:
            revoked = jti in self._revoked
            expired = jti in self._expired
        if not signed or revoked:
            raise _unauthorized(
                "ERR_JWS_SIGNATURE_VERIFICATION_FAILED", "JWSSignatureVerificationFailed"
            )
        exp = payload.get("exp")
        if expired or not isinstance(exp, int | float) or exp <= self._state.now():
            raise _unauthorized("ERR_JWT_EXPIRED", "JWTExpired")
        if audience is not None and payload.get("aud") != audience:
            raise _unauthorized("ERR_JWT_CLAIM_VALIDATION_FAILED", "JWTClaimValidationFailed")
        scope = payload.get("scope", "")
        return Claims(
            client_id=str(payload.get("client_id", "")),
            scopes=tuple(str(scope).split(" ")) if scope else (),
            audience=str(payload.get("aud", "")),
            subject=str(payload.get("sub", "")),
        )


def _unauthorized(code: str, name: str) -> ApiError:
    return ApiError(
        401,
        "auth.unauthorized",
        "Unauthorized. Please check credentials and its scope.",
        data={"code": code, "name": name},
    )


class OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.description = description

    def to_response(self, *, basic_auth: bool, realm: str) -> Response:
        code = f"oidc.{self.error}"
        message = _MESSAGES.get(self.error, f"An OIDC error occurred: {code}.")
        body = {
            "code": code,
            "message": message,
            "error": self.error,
            "error_description": self.description,
        }
        response = Response.json(body, self.status)
        response.leading_headers = list(_TOKEN_HEADERS)
        if self.error == "invalid_client" and basic_auth:
            response.leading_headers.append(
                (
                    "WWW-Authenticate",
                    f'Basic realm="{realm}", error="{self.error}", '
                    f'error_description="{self.description}"',
                )
            )
        return response

    def log_text(self) -> str:
        return json.dumps(
            {
                "message": self.error,
                "name": _ERROR_NAMES.get(self.error, "OIDCProviderError"),
                "error": self.error,
                "status": self.status,
                "statusCode": self.status,
                "expose": True,
                "error_description": self.description,
            },
            separators=(",", ":"),
        )


def _client_credentials(authorization: str | None, form: dict[str, str]) -> tuple[str, str, bool]:
    """``(client_id, client_secret, used_basic)`` from HTTP Basic or the form body."""
    if authorization and authorization.startswith("Basic "):
        if "client_secret" in form:
            raise OAuthError(
                400,
                "invalid_request",
                "client authentication must only be provided using one mechanism",
            )
        try:
            decoded = base64.b64decode(authorization[6:], validate=True).decode()
            raw_id, raw_secret = decoded.split(":", 1)
        except (ValueError, binascii.Error):
            raise OAuthError(
                400, "invalid_request", "invalid authorization header value format"
            ) from None
        client_id, secret = unquote_plus(raw_id), unquote_plus(raw_secret)
        if form.get("client_id", client_id) != client_id:
            raise OAuthError(
                400, "invalid_request", "mismatch in body and authorization client ids"
            )
        return client_id, secret, True
    form_client_id = form.get("client_id")
    if not form_client_id:
        raise OAuthError(400, "invalid_request", "no client authentication mechanism provided")
    return form_client_id, form.get("client_secret", ""), False


def token_endpoint(ctx: Context, issuer: TokenIssuer) -> Response:
    request, state = ctx.request, ctx.state
    pairs = parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True)
    form = dict(pairs)
    authorization = request.headers.get("authorization")
    basic = bool(authorization and authorization.startswith("Basic "))
    oidc_issuer = f"{request.origin}/oidc"
    app_id: str | None = None
    grant_type = form.get("grant_type")
    log_key = (
        "ExchangeTokenBy.ClientCredentials"
        if grant_type == "client_credentials"
        else "ExchangeTokenBy.Unknown"
    )
    try:
        keys = [key for key, _ in pairs]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise OAuthError(
                400, "invalid_request", f"'{duplicates[0]}' parameter must only be provided once"
            )
        client_id, secret, basic = _client_credentials(authorization, form)
        app = state.applications.get(client_id)
        if app is None:
            raise OAuthError(401, "invalid_client", "client is invalid")
        app_id = client_id
        now_ms = state.now_ms()
        if not any(
            hmac.compare_digest(s["value"], secret)
            and (s["expiresAt"] is None or s["expiresAt"] > now_ms)
            for s in app.secrets
        ):
            raise OAuthError(401, "invalid_client", "client authentication failed")
        if not grant_type:
            raise OAuthError(400, "invalid_request", "missing required parameter 'grant_type'")
        if grant_type in _OTHER_GRANTS or (
            grant_type == "client_credentials" and app.row["type"] != "MachineToMachine"
        ):
            raise OAuthError(
                400, "unauthorized_client", "requested grant type is not allowed for this client"
            )
        if grant_type != "client_credentials":
            raise OAuthError(400, "unsupported_grant_type", "unsupported grant_type requested")
        resource = state.resource_by_indicator(form.get("resource", ""))
        if resource is None:
            raise OAuthError(400, "invalid_target", "resource indicator is missing, or unknown")
        granted: list[str] | None = None
        if "scope" in form:
            allowed = state.application_scopes(client_id, resource["id"])
            granted = [s for s in dict.fromkeys(form["scope"].split()) if s in allowed]
        ttl = int(resource["accessTokenTtl"])
        token = issuer.issue(
            client_id=client_id,
            audience=resource["indicator"],
            scopes=granted or None,
            ttl=ttl,
            issuer=oidc_issuer,
        )
    except OAuthError as error:
        _log(ctx, log_key, form, app_id, error=error)
        return error.to_response(basic_auth=basic, realm=oidc_issuer)
    body: dict[str, JSONType] = {"access_token": token, "expires_in": ttl, "token_type": "Bearer"}
    if granted:
        body["scope"] = " ".join(granted)
    _log(ctx, log_key, form, app_id, scope=body.get("scope"))
    response = Response.json(body)
    response.leading_headers = list(_TOKEN_HEADERS)
    return response


def _log(
    ctx: Context,
    key: str,
    form: dict[str, str],
    app_id: str | None,
    *,
    error: OAuthError | None = None,
    scope: JSONType = None,
) -> None:
    """Write the audit log entry Logto writes for a token exchange (secrets masked)."""
    state, request = ctx.state, ctx.request
    params: dict[str, JSONType] = {}
    for name in ("scope", "resource", "grant_type"):
        if name in form:
            params[name] = form[name]
    masked = (
        ("client_secret",)
        if error is None
        else (
            "actor_token",
            "client_secret",
            "refresh_token",
            "subject_token",
        )
    )
    params.update(dict.fromkeys(masked, _MASKED))
    user_agent = request.headers.get("user-agent", "")
    payload: dict[str, JSONType] = {"key": key, "result": "Success" if error is None else "Error"}
    if error is not None:
        payload["error"] = error.log_text()
    payload.update(
        {
            "ip": request.client_host,
            "userAgent": user_agent,
            "userAgentParsed": {
                "ua": user_agent,
                "browser": {},
                "device": {},
                "engine": {},
                "os": {},
                "cpu": {},
            },
        }
    )
    if app_id is not None:
        payload["applicationId"] = app_id
    payload["params"] = params
    if scope is not None:
        payload["scope"] = scope
    payload["tokenTypes"] = ["AccessToken"] if error is None else []
    if app_id is not None:
        payload["applicationSecret"] = {"name": "Default secret"}
    log_id = state.new_id()
    state.logs[log_id] = {
        "tenantId": state.tenant_id,
        "id": log_id,
        "key": key,
        "payload": payload,
        "createdAt": state.now_ms(),
    }
