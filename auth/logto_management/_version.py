"""The version of logto-management and the Logto releases it supports.

The one place either is written: pyproject.toml reads ``__version__``, the docs quote both.
What the numbers promise is docs/version-policy.md: Semantic Versioning on the Python API of
``logto_management`` and ``logto_management_api``, independent of Logto's own version numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

__version__ = "0.1.0"


@dataclass(frozen=True)
class LogtoRange:
    """The Logto servers a release of this client is built and tested for.

    ``oss_oldest`` to ``oss_newest`` are Logto OSS releases (both included); ``master`` is the
    commit of Logto's development branch tested last; ``cloud`` says whether Logto Cloud, which
    runs the newest code, is supported. Widening the range is a minor release; dropping a Logto
    release from it is a breaking change (docs/version-policy.md).
    """

    oss_oldest: str
    oss_newest: str
    master: str
    cloud: bool

    def __str__(self) -> str:
        cloud = " and Logto Cloud" if self.cloud else ""
        return f"Logto OSS {self.oss_oldest} to {self.oss_newest} (and master {self.master}){cloud}"


SUPPORTED_LOGTO = LogtoRange(
    oss_oldest="1.28.0", oss_newest="1.42.0", master="1fbc55441f", cloud=True
)
"""The Logto releases this version of the client supports."""
