"""Type checkers see only the models that exist: the lazy models package is no ``Any`` hole.

``logto_management_api.models`` imports models on first use through a module ``__getattr__``. A
``__getattr__`` that type checkers can see makes every name importable as ``Any``, so a model
renamed by a regeneration would go unnoticed in users' code. This runs mypy on a two-line file.
"""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_rejects_a_model_that_does_not_exist(tmp_path: Path) -> None:
    code = tmp_path / "uses_models.py"
    code.write_text(
        "from logto_management_api.models import NoSuchModel, User\nreveal_type(User)\n"
    )
    stdout, _stderr, status = api.run(["--strict", "--follow-imports=silent", str(code)])
    assert status == 1, stdout
    assert 'has no attribute "NoSuchModel"' in stdout
    assert "logto_management_api.models.user.User" in stdout
