"""Command line of the spec pipeline:
``python -m spec {lock,normalize,generate,check,diff,releases}``.

``generate`` writes everything derived from the locked document, and ``check`` compares all of
it: the package ``generated/logto_management_api`` (its types made true for the supported Logto
releases of ``spec/releases.json``, which ``releases`` derives), its name table
``docs/resources.md`` and the test double's compact copy of the normalized document
(``auth/logto_management/testing/management.json.gz``, see ``spec/double_document.py``), which
stays the locked document's own.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
from pathlib import Path

from spec import diff, double_document, generate, releases, resources, source
from spec.normalize import Document, Report, normalize

WORK = source.REPO_ROOT / "spec" / "work"
NAME_TABLE = source.REPO_ROOT / "docs" / "resources.md"


def _locked() -> tuple[source.SpecLock, Document]:
    lock = source.SpecLock.read()
    document, _data = source.load_locked_document(lock)
    return lock, document


def cmd_lock(args: argparse.Namespace) -> int:
    """Resolve the source, lock it, print what normalization does and what changed."""
    where = args.source or source.default_source()
    data = source.read_bytes(where)
    document = source.parse_document(data, where)
    normalized, report = normalize(document)
    previous = None
    if source.LOCK_PATH.exists():
        try:
            previous = _locked()
        except (source.SpecUnavailable, OSError) as exc:
            print(f"(previous lock not comparable: {exc})")
    lock = source.SpecLock(
        source=source.display_source(where),
        sha256=source.sha256(data),
        operations_total=report.operations_before,
        operations_management=report.operations_after,
        dropped=report.dropped,
        components_hoisted=len(report.notes.get("hoist_shared_shapes", [])),
    )
    lock.write()
    print(f"locked {lock.source} (sha256 {lock.sha256[:16]}…) in spec/spec.lock")
    print("\n".join(report.lines()))
    if previous is not None and previous[0].sha256 != lock.sha256:
        old, _ = normalize(previous[1])
        print(f"\nchanges since {previous[0].source}:")
        print("\n".join(diff.report(old, normalized)))
    generate.write_document(normalized, WORK / "management.json")
    if releases.TABLE_PATH.exists() and releases.Table.read().client.sha256 != lock.sha256:
        print("\nspec/releases.json was derived for another document: run `make releases`")
    return 0


def cmd_normalize(args: argparse.Namespace) -> int:
    _lock, document = _locked()
    normalized, report = normalize(document)
    generate.write_document(normalized, WORK / "management.json")
    print("\n".join(report.lines(verbose=args.verbose)))
    print(f"wrote {WORK / 'management.json'}")
    return 0


def _generate(
    lock: source.SpecLock, document: Document, destination: Path
) -> tuple[Document, Report]:
    """Generate from the locked document, made true for the supported range (spec/releases.py)
    when spec/releases.json was derived for it. The document returned (what the test double
    copies, and spec/work/management.json) stays the locked document's own, so the double keeps
    its behaviour."""
    normalized, report = normalize(document)
    generate.write_document(normalized, WORK / "management.json")
    table = releases.Table.read() if releases.TABLE_PATH.exists() else None
    if table is not None and table.client.sha256 == lock.sha256:
        ranged = copy.deepcopy(normalized)
        report.notes["supported_range"] = releases.apply(ranged, table)
        report.notes["supported_range"].insert(0, "range: " + " · ".join(table.names))
        generated_from = ranged
    else:
        generated_from = normalized
        report.notes["supported_range"] = [
            f"types exact for {lock.source} alone: spec/releases.json was derived for another "
            "document (make releases derives the range for this one)"
        ]
    generate.generate_package(generated_from, destination)
    return normalized, report


def cmd_generate(args: argparse.Namespace) -> int:
    """Write everything generated: the package, its name table, the double's document."""
    destination = Path(args.output) / generate.PACKAGE
    normalized, report = _generate(*_locked(), destination)
    NAME_TABLE.parent.mkdir(exist_ok=True)
    NAME_TABLE.write_text(resources.table(resources.collect(destination)), encoding="utf-8")
    compact = double_document.write(normalized)
    print("\n".join(report.lines()))
    print("- supported_range: " + "\n    ".join(report.notes["supported_range"][:8]))
    modules = sum(1 for _ in destination.rglob("*.py"))
    print(f"generated {destination} ({modules} modules, 0 warnings)")
    print(f"wrote {_shown(NAME_TABLE)}")
    print(f"wrote {_shown(double_document.TARGET)} ({compact} bytes)")
    return 0


def _shown(path: Path) -> str:
    return (
        str(path.relative_to(source.REPO_ROOT))
        if path.is_relative_to(source.REPO_ROOT)
        else str(path)
    )


def stale_outputs(normalized: Document, fresh: Path) -> list[str]:
    """The generated files outside the package that differ from what ``normalized`` (and the
    package generated from it in ``fresh``) gives: the name table, the double's document."""
    found: list[str] = []
    table = resources.table(resources.collect(fresh))
    if not NAME_TABLE.is_file() or NAME_TABLE.read_text(encoding="utf-8") != table:
        found.append(f"differs: {_shown(NAME_TABLE)}")
    target = double_document.TARGET
    if not target.is_file() or target.read_bytes() != double_document.encode(normalized):
        found.append(f"differs: {_shown(target)}")
    return found


def cmd_check(_args: argparse.Namespace) -> int:
    """Regenerate into a temporary folder and compare everything generated; skip (not fail) where
    the locked document cannot be had, except on CI (CI=true), where ../shared is always present."""
    try:
        lock, document = _locked()
    except source.SpecUnavailable as exc:
        if os.environ.get("CI", "").lower() == "true":
            print(f"check-generated: FAILED, the locked document is needed on CI: {exc}")
            return 1
        print(f"check-generated: SKIPPED, the locked document is not available here: {exc}")
        return 0
    with tempfile.TemporaryDirectory(prefix="logto-check-") as temp:
        fresh = Path(temp) / generate.PACKAGE
        normalized, _report = _generate(lock, document, fresh)
        committed = source.REPO_ROOT / "generated" / generate.PACKAGE
        found = generate.differences(committed, fresh)
        found += stale_outputs(normalized, fresh)
    if found:
        print("check-generated: FAILED, what is committed differs from a fresh generation:")
        print("\n".join(f"  {line}" for line in found[:40]))
        print("run `make generate` and commit the result")
        return 1
    print(
        "check-generated: OK, generated/, docs/resources.md and the double's document are exactly "
        "what the locked document generates"
    )
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    """Compare the locked document with another one (--new, default SPEC_SOURCE or the default)."""
    lock, document = _locked()
    where = args.new or source.default_source()
    new_document = source.parse_document(source.read_bytes(where), where)
    old, _ = normalize(document)
    new, _ = normalize(new_document)
    print(f"{lock.source} -> {source.display_source(where)}")
    print("\n".join(diff.report(old, new, limit=10**9 if args.full else 60)))
    return 0


def cmd_releases(args: argparse.Namespace) -> int:
    """Derive spec/releases.json from the supported releases' documents and the locked one;
    --add NAME --source PATH adds (or replaces) a release. Prints what changed."""
    lock = source.SpecLock.read()
    old = releases.Table.read() if releases.TABLE_PATH.exists() else None
    known = list(old.releases[:-1]) if old else []
    client_name = args.client_name or (old.client.name if old else "master")
    if args.add:
        where = args.source or source.default_source()
        data = source.read_bytes(where)
        source.parse_document(data, where)  # an OpenAPI document, or SpecUnavailable
        added = releases.Release(args.add, source.display_source(where), source.sha256(data))
        known = [r for r in known if r.name != args.add] + [added]
    known.sort(key=lambda r: releases.version_key(r.name))
    for name in args.drop or []:
        known = [r for r in known if r.name != name]
    client = releases.Release(client_name, lock.source, lock.sha256)
    chosen = [*known, client]
    new = releases.derive(releases.load_documents(chosen), chosen)
    print("\n".join(releases.changes(old, new)))
    new.write()
    print(f"wrote {releases.TABLE_PATH.relative_to(source.REPO_ROOT)}: run `make generate`")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spec", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    lock = commands.add_parser("lock", help=cmd_lock.__doc__)
    lock.add_argument(
        "--source", help="path or URL (default: SPEC_SOURCE, ../shared, openapi.logto.io)"
    )
    lock.set_defaults(run=cmd_lock)
    norm = commands.add_parser("normalize", help="write spec/work/management.json")
    norm.add_argument("--verbose", action="store_true")
    norm.set_defaults(run=cmd_normalize)
    gen = commands.add_parser("generate", help="regenerate the package from the locked document")
    gen.add_argument("--output", default="generated")
    gen.set_defaults(run=cmd_generate)
    commands.add_parser("check", help=cmd_check.__doc__).set_defaults(run=cmd_check)
    dif = commands.add_parser("diff", help=cmd_diff.__doc__)
    dif.add_argument("--new", help="path or URL of the newer document")
    dif.add_argument("--full", action="store_true", help="no line limit")
    dif.set_defaults(run=cmd_diff)
    rel = commands.add_parser("releases", help=cmd_releases.__doc__)
    rel.add_argument("--add", metavar="NAME", help="a release to add, e.g. 1.44.0")
    rel.add_argument("--source", help="its document: path or URL (default: SPEC_SOURCE)")
    rel.add_argument("--drop", metavar="NAME", action="append", help="a release to drop")
    rel.add_argument("--client-name", help="the name of the locked document in the range")
    rel.set_defaults(run=cmd_releases)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except (source.SpecUnavailable, generate.GenerationFailed) as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
