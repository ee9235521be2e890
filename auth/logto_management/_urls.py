"""Which URLs the client will send credentials to: absolute ``http(s)``, and plain ``http://`` only
to this machine unless the caller says otherwise.

Credentials and tokens must not cross a network in clear text by accident: `check_http_url` is
applied to ``base_url``, the token endpoint and every request `LogtoAuth` puts a token on.
"""

from __future__ import annotations

import ipaddress
import re

import httpx

__all__ = ["check_http_url", "is_loopback_host", "server_url", "tenant_label"]

_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` names this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_http_url(value: str, *, what: str, allow_insecure_http: bool) -> httpx.URL:
    """Parse an absolute ``http(s)`` URL or raise ``ValueError`` saying what is wrong with it.

    Plain ``http://`` is accepted only for loopback hosts unless ``allow_insecure_http``:
    credentials and tokens must not cross a network in clear text by accident.
    """
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty URL such as https://my-tenant.logto.app")
    try:
        url = httpx.URL(value.strip())
    except httpx.InvalidURL as exc:
        raise ValueError(f"{what} is not a valid URL: {exc}") from None
    if url.userinfo:
        # Do not echo the value: it holds credentials.
        raise ValueError(f"{what} must not contain a user name or password")
    if url.scheme not in ("http", "https"):
        raise ValueError(f"{what} must be an https:// URL, got {value!r}")
    if not url.host:
        raise ValueError(f"{what} has no host: {value!r}")
    if url.query or url.fragment:
        raise ValueError(f"{what} must not have a query or fragment: {value!r}")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback_host(url.host):
        raise ValueError(
            f"{what} {value!r} uses plain http:// to a host other than loopback; credentials "
            "would travel unencrypted. Use https://, or pass allow_insecure_http=True if you "
            "really mean it (for example inside a private network)."
        )
    return url


def tenant_label(tenant_id: str) -> str:
    if not isinstance(tenant_id, str) or not _HOST_LABEL.fullmatch(tenant_id.lower()):
        raise ValueError(
            f"tenant_id {tenant_id!r} is not a valid host name label (letters, digits and "
            "inner hyphens, at most 63); Logto Cloud tenant ids look like 'abc123', "
            "Logto OSS uses 'default'"
        )
    return tenant_id.lower()


def server_url(base_url: str, *, allow_insecure_http: bool) -> str:
    if not isinstance(base_url, str):
        raise ValueError("base_url must be a string such as 'https://auth.example.com'")
    base = base_url.strip().rstrip("/")
    url = check_http_url(base, what="base_url", allow_insecure_http=allow_insecure_http)
    if url.path.rstrip("/").endswith(("/api", "/oidc")):
        raise ValueError(
            f"base_url {base_url!r} should be the Logto server root, without /api or /oidc "
            "(for example https://auth.example.com)"
        )
    return base
