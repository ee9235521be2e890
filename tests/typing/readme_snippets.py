"""Generated from README.md and docs/ by tests/project/test_readme_snippets.py.

Do not edit.

Each README python block is the body of one function, never run, only type-checked by
`make typecheck` (mypy --strict, basedpyright strict). Regenerate:
`.venv/bin/python -m tests.project.test_readme_snippets`.
"""
# pyright: reportUnusedVariable=false, reportUnusedImport=false, reportUnusedFunction=false
# mypy: disable-error-code="unused-ignore"

import asyncio
from typing import Any, Protocol

import httpx
from logto_management import ManagementApiClient, create_management_api, paginate
from logto_management.testing import LogtoDouble
from logto_management_api.api.users import get_user, list_users
from logto_management_api.models import CreateUserBody, Organization, User

_P: list[Any] = []  # `create_management_api(...)`: the reader's own arguments
_K: dict[str, Any] = {}
_V: Any = None  # `client_id=...`: the reader's own value


class _Vault(Protocol):
    async def get_logto_token(self) -> str: ...


async def readme_block_1(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    import asyncio

    from logto_management import create_management_api
    from logto_management.search import UserSearch
    from logto_management_api.models import CreateUserBody, UpdateUserBody


    async def main() -> None:
        async with create_management_api(
            "my-tenant",  # https://my-tenant.logto.app, resource .../api
            client_id="<app id>",
            client_secret="<app secret>",
        ) as logto:
            alice = await logto.users.create(
                body=CreateUserBody(username="alice", custom_data={"plan": "pro"})  # a dict
            )  # a User
            alice = await logto.users.get(alice.id, include_sso_identities=True)
            await logto.users.update(alice.id, body=UpdateUserBody(name="Alice"))
            async for user in logto.users.list(page_size=100):  # every page
                print(user.id, user.username, user.custom_data.get("plan"))
            page = await logto.users.list(page_size=20).page(3)  # page 3 alone, with its total
            print(f"{len(page.items)} users of {page.total}, more: {page.has_next}")
            found = logto.users.list(search=UserSearch(primary_email="%@example.com"))
            print([user.id async for user in found])
            await logto.users.delete(alice.id)  # None


    asyncio.run(main())
    return None


async def readme_block_2(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    async with create_management_api(
        "default",
        client_id="<app id>",
        client_secret="<app secret>",
        base_url="https://auth.example.com",
        api_indicator="https://default.logto.app/api",
    ) as client:
        ...
    return None


async def readme_block_3(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management_api.models import CreateRoleBody, RoleIds, UserIds

    async with create_management_api(*_P, **_K) as logto:
        role = await logto.roles.create(body=CreateRoleBody(name="admins", description="..."))
        await logto.roles.assign_users(role.id, body=UserIds(user_ids=[alice.id]))  # None
        await logto.users.assign_roles(alice.id, body=RoleIds(role_ids=[role.id]))
        await logto.organizations.add_users(org.id, body=UserIds(user_ids=[alice.id]))
        async for member in logto.roles.list_users(role.id):  # every page
            ...
        user = logto.sync.users.get(alice.id)  # sync twin
    return None


async def readme_block_4(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    import asyncio

    from logto_management import create_management_api
    from logto_management.search import UserSearch
    from logto_management_api.models import CreateUserBody, UpdateUserBody


    async def main() -> None:
        async with create_management_api(
            "my-tenant",  # https://my-tenant.logto.app, resource .../api
            client_id="<app id>",
            client_secret="<app secret>",
        ) as logto:
            alice = await logto.users.create(
                body=CreateUserBody(username="alice", custom_data={"plan": "pro"})  # a dict
            )  # a User
            alice = await logto.users.get(alice.id, include_sso_identities=True)
            await logto.users.update(alice.id, body=UpdateUserBody(name="Alice"))
            async for user in logto.users.list(page_size=100):  # every page
                print(user.id, user.username, user.custom_data.get("plan"))
            page = await logto.users.list(page_size=20).page(3)  # page 3 alone, with its total
            print(f"{len(page.items)} users of {page.total}, more: {page.has_next}")
            found = logto.users.list(search=UserSearch(primary_email="%@example.com"))
            print([user.id async for user in found])
            await logto.users.delete(alice.id)  # None


    asyncio.run(main())
    return None


async def readme_block_5(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    async with create_management_api(
        "default",
        client_id="<app id>",
        client_secret="<app secret>",
        base_url="https://auth.example.com",
        api_indicator="https://default.logto.app/api",
    ) as client:
        ...
    return None


async def readme_block_6(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management_api.models import CreateRoleBody, RoleIds, UserIds

    async with create_management_api(*_P, **_K) as logto:
        role = await logto.roles.create(body=CreateRoleBody(name="admins", description="..."))
        await logto.roles.assign_users(role.id, body=UserIds(user_ids=[alice.id]))  # None
        await logto.users.assign_roles(alice.id, body=RoleIds(role_ids=[role.id]))
        await logto.organizations.add_users(org.id, body=UserIds(user_ids=[alice.id]))
        async for member in logto.roles.list_users(role.id):  # every page
            ...
        user = logto.sync.users.get(alice.id)  # sync twin
    return None


async def readme_block_7(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management.search import RoleSearch, UserSearch, exact, posix
    from logto_management_api.models import UpdateUserCustomDataBody

    data = await logto.users.update_custom_data(
        alice.id, body=UpdateUserCustomDataBody(custom_data={"seats": 5})
    )  # the merged custom data, a dict
    hooks = logto.hooks.list(include_execution_stats=True)

    # a plain string is a LIKE pattern; exact() takes several values; posix(), similar_to()
    admins = logto.users.list(
        search=UserSearch(username=posix("^adm"), primary_email="%@example.com", joint="and")
    )
    some = logto.users.list(search=UserSearch(id=exact("u1", "u2"), exclude_role_id="r1"))
    roles = logto.roles.list(search=RoleSearch(name="admin%"))
    return None


async def readme_block_8(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import SUPPORTED_LOGTO

    print(SUPPORTED_LOGTO)  # Logto OSS 1.28.0 to 1.42.0 (and master 1fbc55441f) and Logto Cloud
    assert SUPPORTED_LOGTO.cloud
    return None


async def readme_block_9(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import AnswerMismatchError

    try:
        user = await logto.users.get(user_id)
    except AnswerMismatchError as error:
        print(error.operation, error.model, error.field, error.path)  # what did not fit, and where
        raw = error.answer  # the answer as the server sent it (parsed JSON)
    return None


async def readme_block_10(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    import httpx
    from logto_management import LogtoAuth
    from logto_management_api import Client
    from logto_management_api.api.users import list_users


    async def token() -> str:
        return await my_vault.get_logto_token()  # cache it yourself: called for every request


    auth = LogtoAuth(token, base_url="https://auth.example.com")
    async with httpx.AsyncClient(base_url="https://auth.example.com", auth=auth) as http:
        api = Client(base_url="https://auth.example.com").set_async_httpx_client(http)
        users = await list_users.asyncio(client=api)
    return None


async def readme_block_11(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import ClientCredentials, LogtoAuth

    credentials = ClientCredentials(
        token_endpoint="https://my-tenant.logto.app/oidc/token",
        client_id="...",
        client_secret="...",
        resource="https://my-tenant.logto.app/api",
    )
    token = await credentials.get_token()  # or credentials.get_token_sync()
    auth = LogtoAuth(credentials)  # cached, single-flight, 401-aware
    ...
    await credentials.aclose()  # or `async with ClientCredentials(*_P, **_K) as credentials:`
    return None


async def readme_block_12(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import create_management_api_from_env

    client = create_management_api_from_env()  # keyword arguments override: (timeout=30, ...)
    return None


async def readme_block_13(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management_api.api.users import get_user

    fast = client.with_options(timeout=2, max_retries=0)  # or headers={"X-Request-Id": "r1"}
    user = await get_user.asyncio(user_id, client=fast)
    user = await get_user.asyncio(user_id, client=client.with_options(timeout=2))  # one call
    return None


async def readme_block_14(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import LogtoApiError, NotFoundError, UnprocessableEntityError
    from logto_management_api.api.users import create_user, get_user
    from logto_management_api.models import CreateUserBody

    try:
        user = await get_user.asyncio(client=client, user_id="u1")
    except NotFoundError as error:
        print(error)  # 404 entity.not_found: The resource does not exist. (GET /api/users/u1)

    try:
        await create_user.asyncio(client=client, body=CreateUserBody(username="alice"))
    except UnprocessableEntityError as error:
        if error.code == "user.username_already_in_use":
            ...
    except LogtoApiError as error:
        print(error.status, error.code, error.message, error.data)
    return None


async def readme_block_15(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import RetryPolicy, create_management_api

    client = create_management_api("my-tenant", client_id=_V, client_secret=_V, max_retries=4)
    client = create_management_api(
        "my-tenant",
        client_id=_V,
        client_secret=_V,
        retry_policy=RetryPolicy(max_retries=4, backoff_max=20.0, retry_after_max=120.0),
    )
    return None


async def readme_block_16(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    create_management_api(*_P, **_K, timeout=httpx.Timeout(30.0, connect=5.0), token_timeout=5.0)
    return None


async def readme_block_17(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    async with create_management_api(
        "my-tenant", client_id=_V, client_secret=_V, rate_limit=(200, 10.0)
    ) as client:
        await asyncio.gather(*(get_user.asyncio(client=client, user_id=i) for i in ids))
    return None


async def readme_block_18(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    async with create_management_api(*_P, **_K, http_backend="aiohttp") as client:
        ...
    return None


async def readme_block_19(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import paginate
    from logto_management_api.api.roles import list_role_users
    from logto_management_api.api.users import list_users
    from logto_management_api.models import SearchParams

    # every user, 100 per request (Logto's maximum page size)
    async for user in paginate(list_users.asyncio_detailed, client=client):
        print(user.id, user.primary_email)

    # with a search filter: parameters go unchanged with every page request
    # (logto.users.list(search=UserSearch(primary_email="%@example.com")) is the typed form)
    search = SearchParams.from_dict(
        {"search.primaryEmail": "%@example.com", "mode.primaryEmail": "like"}
    )
    async for user in paginate(list_users.asyncio_detailed, client=client, search_params=search):
        ...

    # path parameters are positional
    async for member in paginate(list_role_users.asyncio_detailed, role_id, client=client):
        ...
    return None


async def readme_block_20(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    done = 0
    async for page in paginate(list_users.asyncio_detailed, client=client).pages():
        done += len(page.items)
        print(f"\r{done}/{page.total or '?'} users", end="")
    return None


async def readme_block_21(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    page = await logto.users.list(page_size=20).page(3)
    print(f"page {page.number}: {len(page.items)} of {page.total} users, more: {page.has_next}")
    return None


async def readme_block_22(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import LogtoConnectionError

    users = paginate(list_users.asyncio_detailed, client=client)
    try:
        async for user in users:
            ...
    except LogtoConnectionError as error:
        async for user in users.items(start=error.page or 1):  # the failed page and the rest
            ...
    return None


async def readme_block_23(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    with create_management_api(*_P, **_K) as logto:
        for user in paginate(list_users.sync_detailed, client=logto):
            print(user.username)
    return None


async def readme_block_24(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management.search import RoleSearch, UserSearch, exact, posix, similar_to

    # a plain string is a LIKE pattern (% and _ are wildcards)
    found = logto.users.list(search=UserSearch(primary_email="%@example.com"))
    # several values: exact() only (any of them matches)
    some = logto.users.list(search=UserSearch(id=exact("u1", "u2")))
    # per-field modes, all fields required to match, case-sensitive
    admins = logto.users.list(
        search=UserSearch(username=posix("^adm"), name="%Ada%", joint="and", case_sensitive=True)
    )
    # similar_to is case-sensitive only
    patterned = logto.users.list(
        search=UserSearch(username=similar_to("ad(a|m)%"), case_sensitive=True)
    )
    # every field at once with any_field; users.list only: users outside a role
    # (exclude_organization_id: outside an organization)
    others = logto.users.list(search=UserSearch(any_field="%ada%", exclude_role_id="<role id>"))
    roles = logto.roles.list(search=RoleSearch(name="admin%"))
    return None


async def readme_block_25(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import paginate
    from logto_management_api.api.users import list_users
    from logto_management_api.models import SearchParams

    # fuzzy (the default mode) on several fields at once
    search = SearchParams.from_dict({"search": "%alice%"})
    # exact, and case-sensitive
    exact = SearchParams.from_dict(
        {"search.username": "alice", "mode.username": "exact", "isCaseSensitive": "true"}
    )
    async for user in paginate(list_users.asyncio_detailed, client=client, search_params=exact):
        ...
    return None


async def readme_block_26(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from redis.asyncio import Redis
    from logto_management.redis import RedisRateLimiter, RedisTokenCache

    redis = Redis(host="redis", port=6379, db=0)  # Redis.from_url(*_P, **_K) is not fully typed
    client = create_management_api(
        "my-tenant",
        client_id=_V,
        client_secret=_V,
        token_cache=RedisTokenCache(redis, namespace="my-tenant"),
        rate_limiter=RedisRateLimiter(redis, max_requests=200, per_seconds=10, namespace="my-tenant"),
    )
    return None


async def readme_block_27(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    from logto_management import create_management_api
    from logto_management.testing import LogtoDouble
    from logto_management_api.api.users import create_user
    from logto_management_api.models import CreateUserBody


    async def test_signup_creates_a_logto_user() -> None:
        logto = LogtoDouble()
        async with create_management_api(
            "default",
            client_id=logto.app_id,
            client_secret=logto.app_secret,
            base_url="http://logto.test",
            allow_insecure_http=True,
            httpx_args={"transport": logto.transport()},  # in-process, no sockets
        ) as client:
            user = await create_user.asyncio(client=client, body=CreateUserBody(username="ada"))
        assert logto.controls.token_requests == 1
    return None


async def readme_block_28(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    ann = logto_double.add_user(username="ann", primary_email="ann@example.com", password="pw")
    bob = logto_double.add_user(CreateUserBody(username="bob"))
    editor = logto_double.add_role(name="editor", description="Edits")
    logto_double.assign_roles(ann, editor)
    web = logto_double.add_application(name="web", type_="Traditional")
    admin = logto_double.add_organization_role(
        name="admin", organization_scope_ids=[], resource_scope_ids=[]
    )
    acme = logto_double.add_organization(name="Acme", members=[ann])
    logto_double.add_organization_member(acme, bob, roles=[admin])
    return None


async def readme_block_29(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    import asyncio

    from logto_management import create_management_api
    from logto_management_api.models import CreateUserBody, RoleIds


    async def main() -> None:
        async with create_management_api(
            "my-tenant", client_id="<app id>", client_secret="<app secret>"
        ) as logto:
            alice = await logto.users.create(body=CreateUserBody(username="alice"))  # a User
            await logto.users.assign_roles(alice.id, body=RoleIds(role_ids=["<role id>"]))
            async for user in logto.users.list(page_size=100):  # every page
                print(user.id, user.username)


    asyncio.run(main())
    return None


async def readme_block_30(
    client: ManagementApiClient,
    logto: ManagementApiClient,
    alice: User,
    org: Organization,
    role_id: str,
    user_id: str,
    ids: list[str],
    my_vault: _Vault,
    logto_double: LogtoDouble,
) -> None:
    import logto_management

    version = logto_management.__version__  # "0.1.0"
    supported = logto_management.SUPPORTED_LOGTO  # LogtoRange(oss_oldest="1.28.0", ...)
    print(supported)  # Logto OSS 1.28.0 to 1.42.0 (and master 1fbc55441f) and Logto Cloud
    return None
