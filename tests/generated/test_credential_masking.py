"""Credentials stay out of repr() and str() of the generated models (issue 19, point 5).

The masked fields are a reviewed table, spec/credentials.py. This test fails when a generated
field whose name looks like a credential is neither masked nor ruled out there with a reason,
when the table names a field that no longer exists, and when a masked field prints.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import logto_management_api.models as models
from logto_management import create_management_api
from logto_management.testing import LogtoDouble
from logto_management_api.models import ApplicationSecret, CreateUserBody, User
from logto_management_api.types import UNSET
from spec import credentials
from _samples import user_answer

SECRET = "s3cr3t-Value-0123456789"


def model_fields() -> list[tuple[type, str]]:
    found = []
    for name in sorted(models.__all__):
        cls = getattr(models, name)
        if isinstance(cls, type) and attrs.has(cls):
            found += [(cls, f.name) for f in attrs.fields(cls) if f.name != "additional_properties"]
    return found


FIELDS = model_fields()


def test_every_field_that_looks_like_a_credential_is_classified() -> None:
    unclassified = [
        f"{cls.__name__}.{name}"
        for cls, name in FIELDS
        if credentials.LOOKS_LIKE_A_CREDENTIAL.search(name)
        and credentials.classification(cls.__name__, name) is None
    ]
    assert unclassified == [], (
        "fields that look like credentials: mask them (MASKED_NAMES / MASKED) or rule them out "
        "with a reason (NOT_CREDENTIAL_NAMES / NOT_CREDENTIALS) in spec/credentials.py"
    )


def test_the_table_names_only_fields_that_exist() -> None:
    existing = {f"{cls.__name__}.{name}" for cls, name in FIELDS}
    names = {name for _cls, name in FIELDS}
    for table in (credentials.MASKED, credentials.NOT_CREDENTIALS):
        assert sorted(set(table) - existing) == []
    for table in (credentials.MASKED_NAMES, credentials.NOT_CREDENTIAL_NAMES):
        assert sorted(set(table) - names) == []
    for table in (
        credentials.MASKED,
        credentials.NOT_CREDENTIALS,
        credentials.MASKED_NAMES,
        credentials.NOT_CREDENTIAL_NAMES,
    ):
        assert all(reason.strip() for reason in table.values())


MASKED = [(cls, name) for cls, name in FIELDS if credentials.is_masked(cls.__name__, name)]


def test_the_issue_s_fields_are_masked() -> None:
    masked = {f"{cls.__name__}.{name}" for cls, name in MASKED}
    assert {
        "ApplicationSecret.value",
        "Application.secret",
        "PersonalAccessToken.value",
        "OneTimeToken.token",
        "Hook.signing_key",
        "User.password_digest",
        "Connector.config",
        "SsoConnector.config",
        "RecaptchaEnterpriseConfig.secret_key",
        "UserSocialIdentity.token_secret",
    } <= masked
    assert len(masked) > 40


@pytest.mark.parametrize(("cls", "name"), MASKED, ids=[f"{c.__name__}.{n}" for c, n in MASKED])
def test_a_masked_field_prints_as_a_mask_and_stays_readable(cls: type[Any], name: str) -> None:
    instance = object.__new__(cls)  # every field Unset but this one, without running checks
    for field in attrs.fields(cls):
        setattr(instance, field.name, {} if field.name == "additional_properties" else UNSET)
    setattr(instance, name, SECRET)
    assert SECRET not in repr(instance)
    assert SECRET not in str(instance)
    assert f"{name}=<masked>" in repr(instance)
    assert getattr(instance, name) == SECRET


def test_none_and_unset_credentials_print_as_they_are() -> None:
    body = CreateUserBody(username="ada")
    assert "password" not in repr(body)
    user = User.from_dict(user_answer(username="ada", passwordDigest=None))
    assert "password_digest=None" in repr(user)
    assert "username='ada'" in repr(user)  # other fields print as before


async def test_application_secrets_from_list_secrets_do_not_print() -> None:
    double = LogtoDouble(seed=1)
    app = double.add_application(name="web", type_="Traditional")
    async with create_management_api(
        "default",
        client_id=double.app_id,
        client_secret=double.app_secret,
        base_url="http://logto.test",
        allow_insecure_http=True,
        httpx_args={"transport": double.transport()},
    ) as logto:
        secrets = await logto.applications.list_secrets(app.id)
    assert secrets
    for secret in secrets:
        assert isinstance(secret, ApplicationSecret)
        assert secret.value
        assert secret.value not in repr(secret)
        assert secret.value not in str(secrets)
        assert "value=<masked>" in repr(secret)
