"""``make release-check TAG=vX.Y.Z``: the tag, the version and the changelog agree.

release.yml runs it before building: the tag must be ``v`` + ``logto_management.__version__``,
and CHANGELOG.md must have a ``## [X.Y.Z] - YYYY-MM-DD`` section for it (the entries moved out of
``[Unreleased]``, as CONTRIBUTING.md's "How to release" says).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = ROOT / "auth" / "logto_management" / "_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"


def version(source: str) -> str:
    match = re.search(r'^__version__ = "([^"]+)"', source, re.M)
    if match is None:
        raise ValueError('no __version__ = "..." line')
    return match.group(1)


def problems(tag: str, version_source: str, changelog: str) -> list[str]:
    """What disagrees, in words; empty when the release may go ahead."""
    found: list[str] = []
    current = version(version_source)
    if tag != f"v{current}":
        found.append(f"tag {tag} is not v{current}, the version in _version.py")
    heading = re.compile(rf"^## \[{re.escape(current)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", re.M)
    if not heading.search(changelog):
        found.append(f"CHANGELOG.md has no '## [{current}] - YYYY-MM-DD' section")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m spec.release vX.Y.Z", file=sys.stderr)
        return 2
    found = problems(
        argv[0],
        VERSION_FILE.read_text(encoding="utf-8"),
        CHANGELOG.read_text(encoding="utf-8"),
    )
    for problem in found:
        print(f"release-check: {problem}", file=sys.stderr)
    if not found:
        print(f"release-check: {argv[0]} matches the version and the changelog")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
