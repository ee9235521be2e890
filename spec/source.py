"""Finding, reading and locking the OpenAPI document the client is generated from."""

from __future__ import annotations

import hashlib
import json
import os
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
LOCK_PATH = REPO_ROOT / "spec" / "spec.lock"
SHARED_SPEC = REPO_ROOT.parent / "shared" / "spec" / "logto-oss-1.42.0" / "swagger.json"
PUBLIC_SPEC_URL = "https://openapi.logto.io/source.json"

Document = dict[str, Any]


class SpecUnavailable(Exception):
    """The document named by a source (or by spec.lock) cannot be read on this machine."""


def default_source() -> str:
    """SPEC_SOURCE, else the shared offline copy when present, else Logto's published document."""
    explicit = os.environ.get("SPEC_SOURCE", "").strip()
    if explicit:
        return explicit
    if SHARED_SPEC.is_file():
        return str(SHARED_SPEC)
    return PUBLIC_SPEC_URL


def display_source(source: str) -> str:
    """How a source is written in spec.lock: paths inside the parent folder stay relative."""
    if "://" in source:
        return source
    path = Path(source).resolve()
    try:
        return os.path.relpath(path, REPO_ROOT)
    except ValueError:
        return str(path)


def resolve_locked_source(source: str) -> str:
    """The inverse of display_source: relative paths in spec.lock are relative to the repository."""
    if "://" in source or Path(source).is_absolute():
        return source
    return str((REPO_ROOT / source).resolve())


def read_bytes(source: str, *, timeout: float = 60.0) -> bytes:
    """The raw bytes of a document given by path or URL."""
    try:
        if "://" in source:
            with urllib.request.urlopen(source, timeout=timeout) as reply:
                data: bytes = reply.read()
                return data
        return Path(source).read_bytes()
    except (OSError, ValueError) as exc:
        raise SpecUnavailable(f"cannot read {source}: {exc}") from exc


def parse_document(data: bytes, source: str) -> Document:
    """JSON, or YAML when the bytes are not JSON (Logto serves JSON; users may keep YAML copies)."""
    text = data.decode("utf-8-sig")
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        from ruamel.yaml import YAML  # a dependency of openapi-python-client, so always installed

        document = YAML(typ="safe", pure=True).load(text)
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecUnavailable(f"{source} is not an OpenAPI document (no 'paths')")
    return document


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class SpecLock:
    """What spec/spec.lock records: the document, its digest, what normalization made of it."""

    source: str
    sha256: str
    operations_total: int
    operations_management: int
    dropped: dict[str, int] = field(default_factory=dict)
    components_hoisted: int = 0

    def write(self, path: Path | None = None) -> None:
        (path or LOCK_PATH).write_text(
            json.dumps(asdict(self), indent=2, sort_keys=False) + "\n", encoding="utf-8"
        )

    @classmethod
    def read(cls, path: Path | None = None) -> SpecLock:
        return cls(**json.loads((path or LOCK_PATH).read_text(encoding="utf-8")))


def load_locked_document(lock: SpecLock) -> tuple[Document, bytes]:
    """The exact document spec.lock names, checked by sha256 (SpecUnavailable if not to be had)."""
    source = resolve_locked_source(lock.source)
    data = read_bytes(source)
    if sha256(data) != lock.sha256:
        raise SpecUnavailable(
            f"{lock.source} no longer has sha256 {lock.sha256[:12]}… (it has {sha256(data)[:12]}…)"
        )
    return parse_document(data, source), data
