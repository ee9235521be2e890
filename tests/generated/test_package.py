"""The generated package as users meet it: every module imports, every operation is there."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType

import pytest

import logto_management_api
import logto_management_api.api as api_package

MANAGEMENT_OPERATIONS = 284
RELEASES_TABLE = Path(__file__).resolve().parents[2] / "spec" / "releases.json"


def all_modules() -> list[str]:
    prefix = "logto_management_api."
    return [m.name for m in pkgutil.walk_packages(logto_management_api.__path__, prefix)]


def operation_modules() -> list[ModuleType]:
    names = [m for m in all_modules() if m.startswith("logto_management_api.api.")]
    modules = [importlib.import_module(name) for name in names]
    return [m for m in modules if hasattr(m, "_get_kwargs")]


def test_every_module_imports() -> None:
    names = all_modules()
    assert len(names) > 850
    for name in names:
        importlib.import_module(name)


def _is_bodyless(module: ModuleType) -> bool:
    returns = inspect.signature(module.sync_detailed).return_annotation
    return str(returns).endswith("[typing.Any]")


def test_every_management_operation_has_all_four_functions() -> None:
    modules = operation_modules()
    assert len(modules) == MANAGEMENT_OPERATIONS
    complete = [
        m
        for m in modules
        if inspect.iscoroutinefunction(m.asyncio_detailed)
        and inspect.iscoroutinefunction(getattr(m, "asyncio", None))
        and callable(m.sync_detailed)
        and callable(getattr(m, "sync", None))
    ]
    assert len(complete) == MANAGEMENT_OPERATIONS, sorted(
        set(m.__name__ for m in modules) - set(m.__name__ for m in complete)
    )


# The operations whose JSON answer older Logto releases send as text ("Created"): `T | None`.
_JSON_ANSWER_SINCE = {
    entry["operation"] for entry in json.loads(RELEASES_TABLE.read_text())["answers"].values()
}


def test_asyncio_and_sync_return_the_parsed_type_or_exactly_none() -> None:
    """`T | None` only where the operation has no body, and then exactly None, or where older
    releases send no JSON answer (spec/releases.json)."""
    widened = []
    younger = {_snake(operation) for operation in _JSON_ANSWER_SINCE}
    assert len(younger) == 5
    for module in operation_modules():
        if module.__name__.rsplit(".", 1)[-1] in younger:
            for function in (module.asyncio, module.sync):
                returns = inspect.signature(function).return_annotation
                assert type(None) in typing.get_args(returns), (module.__name__, returns)
            continue
        for function in (module.asyncio, module.sync):
            returns = inspect.signature(function).return_annotation
            if _is_bodyless(module):
                if returns is not None and returns != "None":
                    widened.append((module.__name__, returns))
            elif returns is None or type(None) in typing.get_args(returns):
                widened.append((module.__name__, returns))
    assert widened == []


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_no_typed_function_returns_any() -> None:
    """Nothing returns Any but inside a JSON object (``dict[str, Any]``); only the schema-less
    JSON answers and the free-form objects (custom data) are a plain JSON object."""
    json_objects = []
    for module in operation_modules():
        if not _is_bodyless(module):
            returns = str(inspect.signature(module.asyncio).return_annotation)
            if returns == "dict[str, typing.Any]":
                json_objects.append(module.__name__.rsplit(".", 1)[-1])
            else:
                returns = returns.replace("dict[str, typing.Any]", "JsonObject")
                assert "Any" not in returns, (module.__name__, returns)
    assert sorted(json_objects) == [
        "get_swagger_json",
        "get_well_known_experience_openapi_json",
        "get_well_known_management_openapi_json",
        "get_well_known_user_openapi_json",
        "list_user_custom_data",
        "test_jwt_customizer",
        "update_application_custom_data",
        "update_user_custom_data",
    ]


def test_models_are_importable_by_name_and_listed() -> None:
    from logto_management_api.models import Application, Organization, Role, User

    assert {User.__name__, Role.__name__, Application.__name__, Organization.__name__} == {
        "User", "Role", "Application", "Organization"
    }  # fmt: skip
    models = importlib.import_module("logto_management_api.models")
    assert "User" in dir(models)
    assert set(models.__all__) <= set(dir(models))


def test_importing_one_operation_does_not_import_every_model() -> None:
    """The lazy models package: one operation costs its own imports, not ~700 model modules."""
    code = (
        "import sys, logto_management_api.api.users.list_users\n"
        "print(sum(1 for m in sys.modules if m.startswith('logto_management_api.models.')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(run.stdout) < 40
    assert api_package.__name__ == "logto_management_api.api"


def test_a_new_enum_value_from_a_newer_logto_does_not_break_parsing() -> None:
    """A recorded application, with a type this Logto version does not know."""
    from _traffic import exchange

    from logto_management_api.models import Application

    body = {**exchange("applications_get")["response"]["body"], "type": "QuantumApp"}
    assert str(Application.from_dict(body).type_) == "QuantumApp"


def test_one_value_enums_stay_strict_so_union_variants_are_told_apart() -> None:
    from logto_management_api.models.password_verification_record_type import (
        check_password_verification_record_type,
    )

    assert check_password_verification_record_type("Password") == "Password"
    with pytest.raises(TypeError):
        check_password_verification_record_type("EmailVerificationCode")


def test_repr_shows_the_fields_that_are_set() -> None:
    from logto_management_api.models import (
        CreateResourceScopeBody,
        CreateUserBody,
        UpdateUserBody,
        UserIds,
    )

    assert repr(CreateUserBody(username="alice")) == "CreateUserBody(username='alice')"
    scope = CreateResourceScopeBody(name="read", description=None)  # None is a value
    assert repr(scope) == "CreateResourceScopeBody(name='read', description=None)"
    body = UserIds(user_ids=["u1"])
    body["extra"] = 1
    assert repr(body) == "UserIds(user_ids=['u1'], additional_properties={'extra': 1})"
    assert "Unset" not in repr(UpdateUserBody())
