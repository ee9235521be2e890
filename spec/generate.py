"""Running openapi-python-client on the normalized document, reproducibly."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from spec import credentials, resources
from spec.normalize import Document
from spec.source import REPO_ROOT

PACKAGE = "logto_management_api"
CONFIG = REPO_ROOT / "generator-config.yaml"
TEMPLATES = REPO_ROOT / "spec" / "templates"


class GenerationFailed(Exception):
    pass


def write_document(document: Document, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def generate_package(document: Document, destination: Path) -> list[str]:
    """Generate the package into ``destination`` (replaced). Fails on any generator warning."""
    with tempfile.TemporaryDirectory(prefix="logto-generate-") as work:
        spec_path = Path(work) / "management.json"
        write_document(document, spec_path)
        # The templates plus the table of masked credential fields (spec/credentials.py).
        templates = Path(work) / "templates"
        shutil.copytree(TEMPLATES, templates)
        (templates / "credential_fields.jinja").write_text(credentials.template(), "utf-8")
        output = Path(work) / PACKAGE
        bin_dir = str(Path(sys.executable).parent)  # ruff for the post hooks lives beside python
        env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
        command = [
            str(Path(bin_dir) / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_path),
            "--meta",
            "none",
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(templates),
            "--output-path",
            str(output),
            "--fail-on-warning",
        ]
        run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        log = (run.stdout + run.stderr).strip().splitlines()
        problems = [line for line in log if "warning" in line.lower() or "error" in line.lower()]
        if run.returncode != 0 or problems:
            raise GenerationFailed("\n".join(log[-60:]))
        (output / "py.typed").touch()
        resources.write(output, document)
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(output, destination)
        return log


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ between two trees (added, removed or changed), as relative paths."""
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        for name in comparison.left_only:
            found.append(f"only in {left.name}: {prefix}{name}")
        for name in comparison.right_only:
            found.append(f"only in {right.name}: {prefix}{name}")
        _match, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(f"differs: {prefix}{name}" for name in [*mismatch, *errors])
        for name, sub in comparison.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)
