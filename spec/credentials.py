"""The reviewed table of model fields that carry credentials: their ``repr()`` is a mask.

A generated model's ``repr()`` (and so ``str()``, logs, tracebacks with locals, pytest's
assertion output) shows every field that is set, except the ones this table masks: those print
as ``<masked>`` and stay readable as attributes (``secret.value``). A field is masked when its
name is in `MASKED_NAMES` (in every model) or ``"Model.field"`` is in `MASKED`.

``tests/test_credential_masking.py`` fails when a generated field whose name looks like a
credential (`LOOKS_LIKE_A_CREDENTIAL`) is neither masked nor ruled out, with a reason, in
`NOT_CREDENTIAL_NAMES` / `NOT_CREDENTIALS`; and when an entry here names no generated field.
``make generate`` writes the masked names into the model template (see `template`).
"""

from __future__ import annotations

import re

# Field names that hold a credential in every model they appear in.
MASKED_NAMES: dict[str, str] = {
    "secret": "an application's client secret, or a TOTP secret (MFA verifications)",
    "secret_key": "a CAPTCHA provider's server-side secret key",
    "secret_qr_code": "a TOTP enrolment QR code: it encodes the secret",
    "password": "a user's password in clear",
    "password_digest": "a user's password hash (crackable offline)",
    "signing_key": "a webhook's signing key (HMAC secret)",
    "subject_token": "a subject token for token exchange: acts as the user",
    "token_secret": "an identity's stored provider tokens (token storage)",
    "environment_variables": "JWT customizer / action variables: API keys by design",
    "verification_code": "a one-time verification code",
}

# Fields whose name is ambiguous, masked in these models only.
MASKED: dict[str, str] = {
    "ApplicationSecret.value": "an application secret (applications.list_secrets)",
    "PersonalAccessToken.value": "a personal access token",
    "OneTimeToken.token": "a one-time token (magic link)",
    "VerifyOneTimeTokenBody.token": "a one-time token (magic link)",
    "BackupCodeVerificationRecord.code": "an MFA backup code",
    "BackupCodeMfaVerificationRequest.codes": "MFA backup codes",
    "MfaVerificationCodesRequest.codes": "MFA backup codes",
    "BackupCodeMfaVerificationCreated.codes": "MFA backup codes",
    "Connector.config": "a connector's configuration: client secrets, SMTP/SMS API keys",
    "CreateConnectorBody.config": "a connector's configuration: client secrets, API keys",
    "UpdateConnectorBody.config": "a connector's configuration: client secrets, API keys",
    "CreateConnectorTestBody.config": "a connector's configuration: client secrets, API keys",
    "SsoConnector.config": "an SSO connector's configuration: client secret, SAML private keys",
    "SsoConnectorRecord.config": "an SSO connector's configuration: client secret, SAML keys",
    "CreateSsoConnectorBody.config": "an SSO connector's configuration: client secret, keys",
    "UpdateSsoConnectorBody.config": "an SSO connector's configuration: client secret, keys",
    "HookConfig.headers": "headers a webhook sends: often an Authorization value",
    "HookConfigInput.headers": "headers a webhook sends: often an Authorization value",
}

# Names that look like a credential and are not one, in every model.
NOT_CREDENTIAL_NAMES: dict[str, str] = {
    "access_token_ttl": "a lifetime in seconds",
    "id_token_ttl": "a lifetime in seconds",
    "refresh_token_ttl": "a lifetime in seconds",
    "refresh_token_ttl_in_days": "a lifetime in days",
    "always_issue_refresh_token": "a flag",
    "rotate_refresh_token": "a flag",
    "allow_token_exchange": "a flag",
    "enable_token_storage": "a flag",
    "is_token_storage_supported": "a flag",
    "has_password": "a flag",
    "has_refresh_token": "a flag",
    "password_algorithm": "the name of a hash algorithm",
    "password_policy": "the sign-in experience's password rules",
    "password_expiration": "the password expiry settings",
    "forgot_password": "which forgot-password methods are on",
    "forgot_password_methods": "which forgot-password methods are on",
    "is_password_primary": "a flag",
    "verification_code_policy": "code length and lifetime settings",
    "signing_key_algorithm": "the name of a key algorithm",
    "token_type": "the kind of token (access_token, ...), not a token",
    "token_sample": "a sample token *payload* for testing JWT customizers (claims, no signature)",
    "subject_token_context": "context claims attached to a subject token, no token",
    "one_time_token_context": "context of a one-time token (organizations, event), no token",
    "certificate": "a public X.509 certificate (SAML, SSO signing keys): public by design",
    "remain_codes": "a count of remaining backup codes",
    "provider_config": "the identity provider's public metadata (issuer, endpoints)",
    "captcha_config": "public CAPTCHA settings (site key, provider type)",
    "postal_code": "an address field",
    "code": "an error or issue code (entries with a one-time code are in MASKED)",
    "config": "a custom profile field's or part's settings (entries with secrets are in MASKED)",
}

# Ambiguous names that are not credentials in these models.
NOT_CREDENTIALS: dict[str, str] = {
    "CheckedChargeNotification.token": "a flag (whether token usage was notified)",
    "AccessTokenJwtCustomizerTestRequest.token": "sample token claims to test with",
    "ClientCredentialsJwtCustomizerTestRequest.token": "sample token claims to test with",
    "CaptchaProvider.config": "its models mask secret_key themselves",
    "UpdateCaptchaProviderBody.config": "its models mask secret_key themselves",
    "Hook.config": "HookConfig masks its headers itself",
    "CreateHookBody.config": "HookConfigInput masks its headers itself",
    "CreateHookTestBody.config": "HookConfigInput masks its headers itself",
    "UpdateHookBody.config": "HookConfigInput masks its headers itself",
    "Fields.password": "which password fields a sign-up form shows",
    "Method.password": "a flag: password sign-in is on",
    "SignUp.password": "a flag: sign-up asks for a password",
}

# A field whose name matches this must be classified above.
LOOKS_LIKE_A_CREDENTIAL = re.compile(
    r"secret|token|passw|signing_key|private_key|api_key|credential|digest|certificate"
    r"|^codes?$|_codes?$|environment_variables|^config$|_config$|^headers$"
)


def is_masked(model: str, field: str) -> bool:
    """Whether ``model.field`` prints as a mask."""
    return field in MASKED_NAMES or f"{model}.{field}" in MASKED


def classification(model: str, field: str) -> str | None:
    """Why ``model.field`` is masked or not (None: the table does not say)."""
    key = f"{model}.{field}"
    for table in (MASKED, NOT_CREDENTIALS, MASKED_NAMES, NOT_CREDENTIAL_NAMES):
        reason = table.get(key if table in (MASKED, NOT_CREDENTIALS) else field)
        if reason is not None:
            return reason
    return None


def template() -> str:
    """The Jinja module ``model.py.jinja`` imports: the masked names, as two lists."""
    names = ", ".join(f'"{name}"' for name in sorted(MASKED_NAMES))
    fields = ", ".join(f'"{key}"' for key in sorted(MASKED))
    return (
        "{#- Written by spec/generate.py from spec/credentials.py: do not edit. #}\n"
        f"{{% set masked_names = [{names}] %}}\n"
        f"{{% set masked_fields = [{fields}] %}}\n"
    )
