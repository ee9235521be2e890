"""The documentation site's generated pages: an mkdocs hook (``hooks:`` in mkdocs.yml).

While ``mkdocs build`` runs, this adds pages that are never committed, so they cannot go stale:

- ``resources/<resource>.md``, one page per resource, and ``resources/index.md``, from the same
  data as docs/resources.md and the generated resource classes (``spec.resources.collect``
  over ``generated/logto_management_api``); the nav's ``Resources`` entry lists them;
- ``changelog.md`` and ``benchmarks.md`` from CHANGELOG.md and BENCHMARKS.md (with the chart),
  their links rewritten for the site.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs loads this file by path, not as spec.docs_site
    sys.path.insert(0, str(ROOT))

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from spec import resources  # noqa: E402

PACKAGE = ROOT / "generated" / "logto_management_api"
RESOURCES_NAV = "Resources"
CHART = "tests/bench/benchmarks.png"
# Links of the repository's Markdown files, as the site has them.
SITE_LINKS = {
    "docs/": "",
    "BENCHMARKS.md": "benchmarks.md",
    "CHANGELOG.md": "changelog.md",
    CHART: "benchmarks.png",
}


@functools.cache
def operations() -> dict[str, list[resources.Operation]]:
    """Per resource (the document's tags), its operations with their method names."""
    by_tag = resources.collect(PACKAGE)
    return {tag: ops for tag, ops in by_tag.items() if tag not in resources.RESERVED}


def _returns(op: resources.Operation) -> str:
    return f"every `{op.item_type}` (paginated)" if op.paginated else f"`{op.returns}`"


def _signature(op: resources.Operation) -> str:
    declared, _ = resources._signature(op, sync=False)  # the generated method's own signature
    declared = [d.replace("builtins.", "") for d in declared]
    if op.paginated:
        returns, prefix = f"Paginator[{op.item_type}]", "def"
    else:
        returns, prefix = op.returns, "async def"
    one_line = f"{prefix} {op.name}({', '.join(declared)}) -> {returns}"
    if len(one_line) <= 88:
        return one_line
    inner = "".join(f"    {d},\n" for d in declared)
    return f"{prefix} {op.name}(\n{inner}) -> {returns}"


def resource_page(tag: str, ops: list[resources.Operation]) -> str:
    """The page of one resource: its methods in a table, then each with its signature."""
    name = resources.class_name(tag)
    lines = [
        f"# {tag}",
        "",
        f"`logto.{tag}` ([`{name}`](#methods)) and its sync twin `logto.sync.{tag}`",
        f"(`Sync{name}`): {len(ops)} operations of the Management API. Path parameters are",
        "positional, the rest keyword-only; paginated methods return a paginator over every page",
        "(`async for`, or `for` on the sync twin) and take `page_size`. Generated from the",
        "operation modules, like [the table of every method](../resources.md).",
        "",
        "| method | HTTP | body | returns |",
        "|---|---|---|---|",
    ]
    ordered = sorted(ops, key=lambda o: o.name)
    for op in ordered:
        body = f"`{op.body.split(' |')[0]}`" if op.body else ""
        lines.append(
            f"| [`{op.name}`](#{op.name}) | `{op.method} {op.path}` | {body} | {_returns(op)} |"
        )
    lines += ["", "## Methods", ""]
    for op in ordered:
        lines += [
            f"### {op.name}",
            "",
            f"```python\n{_signature(op)}\n```",
            "",
            f"{op.summary}" if op.summary else "",
            "",
            f"`{op.method} {op.path}`; the functional API's `{tag}.{op.module}`; sync:",
            f"`logto.sync.{tag}.{op.name}(...)`.",
            "",
        ]
        if op.releases:  # what older Logto releases lack (spec/releases.py)
            lines += [op.releases, ""]
    return "\n".join(lines)


def index_page(by_tag: dict[str, list[resources.Operation]]) -> str:
    lines = [
        "# Resources",
        "",
        "Every operation of the Management API is a method of one resource of the client:",
        "`await logto.users.get(user_id)`, `logto.sync.users.get(user_id)`. One page per",
        "resource; [the table of every method](../resources.md) has them all on one page.",
        "",
        "| resource | operations | for example |",
        "|---|---|---|",
    ]
    for tag, ops in by_tag.items():
        example = sorted(op.name for op in ops)[0]
        lines.append(f"| [`{tag}`]({tag}.md) | {len(ops)} | `logto.{tag}.{example}` |")
    return "\n".join(lines) + "\n"


def for_the_site(markdown: str) -> str:
    """A repository Markdown file's links, pointed at the site's pages."""

    def link(match: re.Match[str]) -> str:
        target = match.group(2)
        for prefix, replacement in SITE_LINKS.items():
            if target.startswith(prefix):
                return f"]({replacement}{target.removeprefix(prefix)})"
        return match.group(0)

    return re.sub(r"\]\(((?!https?:)([^)]+))\)", link, markdown)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Expand the nav's ``Resources`` entry into one page per resource."""
    nav: list[Any] = config.nav or []
    for index, entry in enumerate(nav):
        if isinstance(entry, dict) and RESOURCES_NAV in entry:
            pages: list[Any] = [{"Overview": "resources/index.md"}]
            pages += [{"All methods": "resources.md"}]
            pages += [{tag: f"resources/{tag}.md"} for tag in operations()]
            nav[index] = {RESOURCES_NAV: pages}
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    by_tag = operations()
    files.append(File.generated(config, "resources/index.md", content=index_page(by_tag)))
    for tag, ops in by_tag.items():
        files.append(File.generated(config, f"resources/{tag}.md", content=resource_page(tag, ops)))
    for source, page in (("CHANGELOG.md", "changelog.md"), ("BENCHMARKS.md", "benchmarks.md")):
        text = (ROOT / source).read_text(encoding="utf-8")
        files.append(File.generated(config, page, content=for_the_site(text)))
    files.append(File.generated(config, "benchmarks.png", abs_src_path=str(ROOT / CHART)))
    return files
