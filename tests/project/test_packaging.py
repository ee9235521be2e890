"""The distribution: license, what the sdist carries, and no build litter in the checkout."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import logto_management

ROOT = Path(__file__).resolve().parents[2]


def tree(root: Path) -> set[str]:
    """Every path in the checkout outside .venv, .git and caches."""
    skip = {".venv", ".git", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
    found: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.name in skip:
                continue
            found.add(str(entry.relative_to(root)))
            if entry.is_dir() and not entry.is_symlink():
                stack.append(entry)
    return found


def test_license_file_matches_the_declared_license() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()


def test_pip_install_leaves_no_build_litter(tmp_path: Path) -> None:
    before = tree(ROOT)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-build-isolation",  # hatchling is in requirements/dev.lock: no download
            "--target",
            str(tmp_path / "site"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    assert tree(ROOT) - before == set()
    installed = tmp_path / "site"
    assert (installed / "logto_management" / "py.typed").is_file()
    assert (installed / "logto_management_api" / "py.typed").is_file()
    (dist_info,) = installed.glob("logto_management-*.dist-info")
    assert dist_info.name == f"logto_management-{logto_management.__version__}.dist-info"
    assert "License-Expression: MIT" in (dist_info / "METADATA").read_text()
    assert list(dist_info.rglob("LICENSE"))


def test_the_sdist_carries_what_the_readme_links_to(tmp_path: Path) -> None:
    build = (
        "import sys; from hatchling.build import build_sdist, build_wheel; "
        "print(build_sdist(sys.argv[1])); print(build_wheel(sys.argv[1]))"
    )
    run = subprocess.run(
        [sys.executable, "-c", build, str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    sdist_name, wheel_name = run.stdout.split()
    with tarfile.open(tmp_path / sdist_name) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    readme = (ROOT / "README.md").read_text() + (ROOT / "BENCHMARKS.md").read_text()
    linked = {
        path
        for path in ("BENCHMARKS.md", "LICENSE", "tests/bench/benchmarks.png")
        if path in readme or path == "LICENSE"
    }
    linked |= {f"examples/{p.name}" for p in (ROOT / "examples").glob("*.py") if p.name in readme}
    assert "examples/quickstart.py" in linked
    assert linked <= names
    assert "auth/logto_management/__init__.py" in names
    assert "generated/logto_management_api/client.py" in names
    with zipfile.ZipFile(tmp_path / wheel_name) as wheel:
        tops = {name.split("/", 1)[0] for name in wheel.namelist()}
    assert {"logto_management", "logto_management_api"} <= tops
    assert not any(name.startswith(("examples", "tests", "spec")) for name in tops)
