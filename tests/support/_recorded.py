"""Answers recorded from a real Logto by ``make integration`` (``LOGTO_RECORD=1``).

``tests/fixtures/real_logto_answers.json`` keeps, for each GET operation the integration suite
called, its arguments and the server's answer, so ``make test`` checks offline that they parse
and round-trip. Secrets are replaced before writing, and the file is refused if the recording
app's own secret is still in it. Answers over ``MAX_BODY`` bytes (Logto's OpenAPI documents) are
left out: only the live suite checks them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypedDict

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "real_logto_answers.json"
MAX_BODY = 64_000
REDACTED = "<redacted>"
# JSON keys whose string values are secrets (app secrets, one-time tokens, private keys).
SECRET_KEYS = {
    *("secret", "value", "token", "privateKey", "password", "passwordDigest", "signingKey"),
    *("secretKey", "applicationSecret", "client_secret", "access_token", "accessToken"),
    "refreshToken",
}


class Exchange(TypedDict):
    operation: str
    arguments: dict[str, Any]
    status: int
    content_type: str
    body: str


def redact(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: REDACTED if k in SECRET_KEYS and isinstance(v, str) else redact(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [redact(v) for v in node]
    return node


def exchange(
    operation: str, arguments: dict[str, Any], status: int, content_type: str, content: bytes
) -> Exchange | None:
    """The recordable form of an answer, or None when it is too large to keep."""
    if len(content) > MAX_BODY:
        return None
    body = content.decode()
    if "json" in content_type and body:
        body = json.dumps(redact(json.loads(body)), ensure_ascii=False)
    return Exchange(
        operation=operation,
        arguments=arguments,
        status=status,
        content_type=content_type,
        body=body,
    )


def round_trip_differences(parsed: Any, raw: Any) -> list[str]:
    """Where ``Model.from_dict(raw).to_dict()`` is not ``raw`` (a field lost, renamed, re-typed)."""
    if isinstance(parsed, list) and isinstance(raw, list):
        return [d for p, r in zip(parsed, raw, strict=True) for d in round_trip_differences(p, r)]
    if hasattr(parsed, "to_dict"):
        again = type(parsed).from_dict(raw).to_dict()
        if again == raw and parsed.to_dict() == raw:
            return []
        keys = sorted(set(again) ^ set(raw)) or [k for k in raw if again.get(k) != raw[k]]
        return [f"{type(parsed).__name__}: differs at {keys[:5]}"]
    return [] if parsed == raw else [f"{type(parsed).__name__} {parsed!r:.80} != {raw!r:.80}"]


def write(exchanges: list[Exchange], *secrets: str) -> None:
    text = json.dumps(sorted(exchanges, key=lambda e: e["operation"]), indent=1, ensure_ascii=False)
    leaked = [s for s in secrets if s and s in text]
    assert not leaked, "a secret is still in the recording; not written"
    FIXTURE.write_text(text + "\n", encoding="utf-8")


def load() -> list[Exchange]:
    data: list[Exchange] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data
