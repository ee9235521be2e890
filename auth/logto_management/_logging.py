"""``LOGTO_LOG=debug`` (or ``info``, ``warning``, ``error``): log what the client does, no code.

The library logs on the standard logger ``logto_management``: each request attempt at DEBUG
(method, path, status, elapsed time, attempt, Logto's request id), each retry at WARNING. Like
any library it adds no handler of its own, except when ``LOGTO_LOG`` is set at import: then it
sets that logger's level and gives it one handler writing to stderr. Never logged: tokens,
secrets, headers and query strings.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Mapping

__all__ = ["LOG_ENV_VAR", "configure_from_env"]

LOG_ENV_VAR = "LOGTO_LOG"
_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``LOGTO_LOG`` adds (recognised so that it is added once)."""


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Apply ``LOGTO_LOG`` from ``environ`` (default ``os.environ``); called on import."""
    value = (os.environ if environ is None else environ).get(LOG_ENV_VAR, "").strip().lower()
    if not value:
        return
    level = _LEVELS.get(value)
    if level is None:
        warnings.warn(
            f"{LOG_ENV_VAR}={value!r} is not one of {', '.join(_LEVELS)}; ignored",
            RuntimeWarning,
            stacklevel=2,
        )
        return
    logger = logging.getLogger("logto_management")
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
