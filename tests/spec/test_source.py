"""Resolving, reading and locking the OpenAPI document; check-generated when it is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spec import __main__ as cli
from spec import double_document, resources, source

MINIMAL = {"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}}


def test_spec_source_wins_then_the_shared_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPEC_SOURCE", "https://auth.example.com/api/swagger.json")
    assert source.default_source() == "https://auth.example.com/api/swagger.json"
    monkeypatch.delenv("SPEC_SOURCE")
    expected = str(source.SHARED_SPEC) if source.SHARED_SPEC.is_file() else source.PUBLIC_SPEC_URL
    assert source.default_source() == expected


def test_public_url_when_nothing_else(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SPEC_SOURCE", raising=False)
    monkeypatch.setattr(source, "SHARED_SPEC", tmp_path / "absent.json")
    assert source.default_source() == "https://openapi.logto.io/source.json"


def test_json_and_yaml_documents_read_alike(tmp_path: Path) -> None:
    as_json = tmp_path / "doc.json"
    as_json.write_text(json.dumps(MINIMAL))
    as_yaml = tmp_path / "doc.yaml"
    as_yaml.write_text("openapi: 3.0.1\ninfo:\n  title: t\n  version: '1'\npaths: {}\n")
    for path in (as_json, as_yaml):
        assert source.parse_document(source.read_bytes(str(path)), str(path)) == MINIMAL


def test_something_else_is_refused(tmp_path: Path) -> None:
    with pytest.raises(source.SpecUnavailable, match="not an OpenAPI document"):
        source.parse_document(b"<html>moved</html>", "x")
    with pytest.raises(source.SpecUnavailable, match="cannot read"):
        source.read_bytes(str(tmp_path / "missing.json"))


def test_lock_names_the_document_by_digest(tmp_path: Path) -> None:
    doc = tmp_path / "doc.json"
    doc.write_bytes(json.dumps(MINIMAL).encode())
    lock = source.SpecLock(str(doc), source.sha256(doc.read_bytes()), 0, 0)
    assert source.load_locked_document(lock)[0] == MINIMAL
    doc.write_bytes(json.dumps({**MINIMAL, "paths": {"/api/x": {}}}).encode())
    with pytest.raises(source.SpecUnavailable, match="no longer has sha256"):
        source.load_locked_document(lock)


def test_check_generated_skips_without_the_document_but_fails_on_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = tmp_path / "spec.lock"
    source.SpecLock(str(tmp_path / "gone.json"), "0" * 64, 1, 1).write(lock)
    monkeypatch.setattr(source, "LOCK_PATH", lock)
    monkeypatch.setenv("CI", "false")
    assert cli.main(["check"]) == 0
    assert "SKIPPED" in capsys.readouterr().out
    monkeypatch.setenv("CI", "true")
    assert cli.main(["check"]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_check_generated_covers_the_doubles_document(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``make generate`` writes the double's compact document and ``make check-generated``
    fails while the committed one is not what the normalized document gives."""
    normalized = {**MINIMAL, "paths": {"/api/x": {"get": {"summary": "prose", "responses": {}}}}}
    target = tmp_path / "testing" / "management.json.gz"
    target.parent.mkdir()
    monkeypatch.setattr(double_document, "TARGET", target)
    monkeypatch.setattr(cli, "NAME_TABLE", tmp_path / "resources.md")
    fresh = tmp_path / "logto_management_api"
    (fresh / "api").mkdir(parents=True)
    cli.NAME_TABLE.write_text(resources.table(resources.collect(fresh)))
    assert cli.stale_outputs(normalized, fresh) == [f"differs: {target}"]  # missing
    target.write_bytes(double_document.encode(MINIMAL))
    assert cli.stale_outputs(normalized, fresh) == [f"differs: {target}"]  # stale
    double_document.write(normalized, target)
    assert cli.stale_outputs(normalized, fresh) == []
