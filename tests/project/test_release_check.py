"""make release-check (spec/release.py): a tag is released only with its version and changelog."""

from __future__ import annotations

from spec import release

VERSION = '"""The version."""\n\n__version__ = "1.2.0"\n'
CHANGELOG = "# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2027-01-04\n\n### Added\n"


def test_a_tag_that_matches_the_version_and_the_changelog_passes() -> None:
    assert release.problems("v1.2.0", VERSION, CHANGELOG) == []


def test_a_tag_other_than_the_version_is_refused() -> None:
    assert release.problems("v1.2.1", VERSION, CHANGELOG) == [
        "tag v1.2.1 is not v1.2.0, the version in _version.py"
    ]


def test_a_version_the_changelog_does_not_date_is_refused() -> None:
    undated = CHANGELOG.replace("## [1.2.0] - 2027-01-04", "## [1.2.0]")
    assert release.problems("v1.2.0", VERSION, undated) == [
        "CHANGELOG.md has no '## [1.2.0] - YYYY-MM-DD' section"
    ]


def test_the_checkout_reads_its_own_version() -> None:
    import logto_management

    source = release.VERSION_FILE.read_text(encoding="utf-8")
    assert release.version(source) == logto_management.__version__
