"""Every ```python block of README.md and the docs pages is type-checked: a renamed model or
method fails `make test`.

The blocks are fragments (`client` comes from an earlier block, `create_management_api(...)`
stands for the reader's own arguments), so each one becomes the body of a function in
`tests/typing/readme_snippets.py`, whose parameters are the names the README takes as given and
where `...` as an argument becomes a value of type `Any`. That file is committed and checked by
`mypy --strict` and basedpyright (strict) in `make typecheck`; this test fails when it no longer
matches the README. Regenerate it with `.venv/bin/python -m tests.project.test_readme_snippets`.

A block preceded by `<!-- readme-snippets: skip (why) -->` is left out (the pytest plugin's
complete test file in docs/guides/testing.md is run, not just checked, by
tests/double/test_pytest_plugin.py).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
# The documentation site's pages, after the README, in a fixed order.
DOCS = sorted((ROOT / "docs").rglob("*.md"))
OUTPUT = ROOT / "tests" / "typing" / "readme_snippets.py"

BLOCK = re.compile(r"(<!-- readme-snippets: skip[^>]*-->\n)?```python\n(.*?)```", re.DOTALL)

HEADER = '''"""Generated from README.md and docs/ by tests/project/test_readme_snippets.py.

Do not edit.

Each README python block is the body of one function, never run, only type-checked by
`make typecheck` (mypy --strict, basedpyright strict). Regenerate:
`.venv/bin/python -m tests.project.test_readme_snippets`.
"""
# pyright: reportUnusedVariable=false, reportUnusedImport=false, reportUnusedFunction=false
# mypy: disable-error-code="unused-ignore"

import asyncio
from typing import Any, Protocol

import httpx
from logto_management import ManagementApiClient, create_management_api, paginate
from logto_management.testing import LogtoDouble
from logto_management_api.api.users import get_user, list_users
from logto_management_api.models import CreateUserBody, Organization, User

_P: list[Any] = []  # `create_management_api(...)`: the reader's own arguments
_K: dict[str, Any] = {}
_V: Any = None  # `client_id=...`: the reader's own value


class _Vault(Protocol):
    async def get_logto_token(self) -> str: ...


'''

# The names README blocks use without defining them, and their types.
PARAMETERS = (
    "client: ManagementApiClient",
    "logto: ManagementApiClient",
    "alice: User",
    "org: Organization",
    "role_id: str",
    "user_id: str",
    "ids: list[str]",
    "my_vault: _Vault",
    "logto_double: LogtoDouble",
)


def _fill_ellipses(code: str) -> str:
    """`f(...)` / `f(..., x=1)` / `x=...` are the reader's own arguments: make them `Any`."""
    code = code.replace("(...)", "(*_P, **_K)").replace("(...,", "(*_P, **_K,")
    return re.sub(r"=\.\.\.(?=[,)\s])", "=_V", code)


def render(readme: str) -> str:
    """The content of tests/typing/readme_snippets.py for this README text."""
    functions: list[str] = []
    for match in BLOCK.finditer(readme):
        if match.group(1):
            continue
        body = "".join(
            f"    {text}" if text.strip() else "\n"
            for text in _fill_ellipses(match.group(2)).splitlines(keepends=True)
        )
        name = f"readme_block_{len(functions) + 1}"
        signature = ",\n    ".join(PARAMETERS)
        functions.append(
            f"async def {name}(\n    {signature},\n) -> None:\n{body}    return None\n"
        )
    return HEADER + "\n\n".join(functions)


def sources() -> str:
    """README.md and the docs pages, one after the other."""
    return "\n".join(path.read_text(encoding="utf-8") for path in [README, *DOCS])


def test_readme_snippets_file_matches_the_readme() -> None:
    expected = render(sources())
    assert OUTPUT.read_text(encoding="utf-8") == expected, (
        "tests/typing/readme_snippets.py is stale: "
        "run .venv/bin/python -m tests.project.test_readme_snippets"
    )


def test_every_readme_block_but_the_skipped_ones_is_checked() -> None:
    blocks = BLOCK.findall(sources())
    assert len(BLOCK.findall(README.read_text(encoding="utf-8"))) >= 3
    skipped = [code for marker, code in blocks if marker]
    assert len(blocks) >= 15
    assert len(skipped) == 1
    assert skipped[0].startswith("# test_signup.py")


if __name__ == "__main__":
    OUTPUT.write_text(render(sources()), encoding="utf-8")
    sys.stdout.write(f"wrote {OUTPUT.relative_to(ROOT)}\n")
