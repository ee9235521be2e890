"""The public-API snapshot and its breaking-change check (spec/public_api.py, `make api-check`)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from spec import public_api
from spec.public_api import Change

CHANGELOG = """# Changelog

## [Unreleased]

{unreleased}

## [0.1.0] - 2026-12-06

- `shop.models.Enabled` was announced long ago.
"""


def package(root: Path, files: dict[str, str]) -> list[str]:
    """Write a package `shop` under root from {relative path: source}."""
    for name, source in files.items():
        path = root / "shop" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return [str(root)]


MODELS = {
    "__init__.py": """
        from ._client import Client, make_client

        __all__ = ["Client", "make_client"]
        __version__ = "1.0.0"
    """,
    "_client.py": """
        class Client:
            def get(self, user_id: str, *, timeout: float = 10.0) -> str:
                return user_id

        def make_client(tenant: str) -> Client:
            return Client()
    """,
    "models/__init__.py": """
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            from .enabled import Enabled

        __all__ = ["Enabled"]
    """,
    "models/enabled.py": """
        class Enabled:
            enabled: bool
            name: str | None
    """,
}


def api(tmp_path: Path, name: str, changes: dict[str, str] | None = None) -> dict[str, Any]:
    """The public API of `shop`, with some of its files ({path: source}) replaced."""
    files = {**MODELS, **(changes or {})}
    return public_api.current(("shop",), package(tmp_path / name, files))


def test_the_same_code_has_no_breaking_change(tmp_path: Path) -> None:
    old = api(tmp_path, "old")
    assert public_api.breaking_changes(old, api(tmp_path, "new")) == []


def test_a_renamed_model_is_the_old_name_removed(tmp_path: Path) -> None:
    renamed = api(
        tmp_path,
        "new",
        {
            "models/__init__.py": """
            from typing import TYPE_CHECKING

            if TYPE_CHECKING:
                from .adaptive_mfa import AdaptiveMfa

            __all__ = ["AdaptiveMfa"]
        """,
            "models/adaptive_mfa.py": """
            class AdaptiveMfa:
                enabled: bool
                name: str | None
        """,
        },
    )
    changes = public_api.breaking_changes(api(tmp_path, "old"), renamed)
    assert [c.path for c in changes] == ["shop.models.Enabled"]
    assert public_api.additions(api(tmp_path, "old2"), renamed) == ["shop.models.AdaptiveMfa"]


def test_a_changed_field_type_and_a_removed_parameter_break(tmp_path: Path) -> None:
    new = api(
        tmp_path,
        "new",
        {
            "models/enabled.py": """
            class Enabled:
                enabled: bool | None
                name: str | None
        """,
            "_client.py": """
            class Client:
                def get(self, user_id: str) -> str:
                    return user_id

            def make_client(tenant: str) -> Client:
                return Client()
        """,
        },
    )
    changes = public_api.breaking_changes(api(tmp_path, "old"), new)
    assert Change("shop.models.Enabled.enabled", "type changed: bool -> bool | None") in changes
    assert {c.path for c in changes} == {"shop.models.Enabled.enabled", "shop.Client.get"}


def test_a_private_helper_and_the_version_are_not_api(tmp_path: Path) -> None:
    new = api(
        tmp_path,
        "new",
        {
            "__init__.py": """
            from ._client import Client, make_client

            __all__ = ["Client", "make_client"]
            __version__ = "2.0.0"
            _cache = {}
        """
        },
    )
    assert public_api.breaking_changes(api(tmp_path, "old"), new) == []


@pytest.mark.parametrize(
    ("unreleased", "expected"),
    [
        ("- Renamed `shop.models.Enabled` to `shop.models.AdaptiveMfa`.", True),
        ("- `shop.models.Enabled.enabled` is optional.", False),  # a member is not its class
        ("- Renamed `shop.models.EnabledFlag`.", False),
        ("", False),  # announced in a released section only
    ],
)
def test_announced_means_named_in_the_unreleased_section(unreleased: str, expected: bool) -> None:
    section = public_api.unreleased(CHANGELOG.format(unreleased=unreleased))
    assert public_api.announced(Change("shop.models.Enabled", "removed"), section) is expected


def test_a_member_change_is_announced_by_its_class() -> None:
    section = public_api.unreleased(CHANGELOG.format(unreleased="- `shop.models.Enabled`: ..."))
    assert public_api.announced(Change("shop.models.Enabled.enabled", "type changed"), section)


def test_check_fails_on_an_unannounced_break_and_passes_once_announced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = (
        api(tmp_path, "old"),
        api(tmp_path, "new", {"models/enabled.py": "class Enabled: ..."}),
    )
    assert public_api.check(CHANGELOG.format(unreleased=""), old, new) == 1
    assert "NOT ANNOUNCED: shop.models.Enabled.enabled" in capsys.readouterr().out
    announced = CHANGELOG.format(unreleased="- `shop.models.Enabled` lost its fields.")
    assert public_api.check(announced, old, new) == 0


def test_the_snapshot_file_reads_back_what_was_written(tmp_path: Path) -> None:
    data = api(tmp_path, "old")
    public_api.write_snapshot(data, tmp_path / "api.json")
    assert public_api.read_snapshot(tmp_path / "api.json") == data


def test_a_field_typed_by_a_renamed_model_is_covered_by_the_models_announcement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def settings(model: str) -> dict[str, str]:
        return {
            "models/__init__.py": f"""
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    from .flag import {model}
                    from .settings import Settings

                __all__ = ["{model}", "Settings"]
            """,
            "models/flag.py": f"class {model}:\n    enabled: bool\n",
            "models/settings.py": (
                f"from .flag import {model}\n\nclass Settings:\n    mfa: {model}\n"
            ),
        }

    old, new = api(tmp_path, "old", settings("Enabled")), api(tmp_path, "new", settings("Mfa"))
    changes = public_api.breaking_changes(old, new)
    assert [(c.path, c.causes) for c in changes] == [
        ("shop.models.Enabled", ()),
        ("shop.models.Settings.mfa", ("shop.models.Enabled",)),
    ]
    assert (
        public_api.check(CHANGELOG.format(unreleased="- `shop.models.Enabled`: Mfa"), old, new) == 0
    )
    assert "announced: shop.models.Settings.mfa" in capsys.readouterr().out
