"""A JSON object whose values are strings (headers, environment variables)."""

from typing import Any, TypeAlias

StringMap: TypeAlias = dict[str, str]
