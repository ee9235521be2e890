"""A JSON object, as a dict (custom data, profile extras and the like)."""

from typing import Any, TypeAlias

JsonObject: TypeAlias = dict[str, Any]
