"""What the double stores beside the JSON rows Logto answers: password digests, application
secrets, an invitation's roles, a user's password expiry."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from .._http import JSONType

Row = dict[str, JSONType]


@dataclass
class Password:
    """A stored password: the double's own salted hash, or an imported legacy digest."""

    algorithm: str
    digest: str
    salt: str = ""

    @classmethod
    def of(cls, plain: str) -> Password:
        salt = secrets.token_hex(8)
        return cls("double-sha256", hashlib.sha256((salt + plain).encode()).hexdigest(), salt)

    def verify(self, plain: str) -> bool:
        if self.algorithm == "double-sha256":
            candidate = hashlib.sha256((self.salt + plain).encode()).hexdigest()
        elif self.algorithm in ("MD5", "SHA1", "SHA256"):
            candidate = hashlib.new(self.algorithm.lower(), plain.encode()).hexdigest()
        else:  # Argon2, Bcrypt and Legacy digests cannot be checked without their libraries.
            return False
        return hmac.compare_digest(candidate, self.digest.lower())


@dataclass
class UserRecord:
    row: Row
    password: Password | None = None
    password_expired: bool = False
    """``isPasswordExpired``: kept by Logto, never shown in a user's answer."""


@dataclass
class ApplicationRecord:
    row: Row
    secrets: list[Row] = field(default_factory=list)


@dataclass
class InvitationRecord:
    row: Row
    role_ids: list[str] = field(default_factory=list)
