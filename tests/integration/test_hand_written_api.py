"""Issue 21's forms against the real server: a dict as custom data, one page with its total,
and typed search in each mode (booleans: test_boolean_parameters.py)."""

from __future__ import annotations

from logto_management import ManagementApiClient, Page
from logto_management.search import RoleSearch, UserSearch, exact, like, posix, similar_to
from logto_management_api.models import (
    CreateOrganizationBody,
    CreateRoleBody,
    CreateUserBody,
    UpdateUserCustomDataBody,
    User,
    UserIds,
)


async def test_custom_data_is_a_dict_both_ways(
    real_client: ManagementApiClient, unique: str
) -> None:
    c = real_client
    data = {"plan": "pro", "seats": 5, "nested": {"tags": ["a", "b"]}}
    user = await c.users.create(body=CreateUserBody(username=f"dict_{unique}", custom_data=data))
    org = await c.organizations.create(
        body=CreateOrganizationBody(name=f"dict {unique}", custom_data={"crm": "A-17"})
    )
    try:
        assert user.custom_data == data
        assert (await c.users.get(user.id)).custom_data == data
        merged = await c.users.update_custom_data(
            user.id, body=UpdateUserCustomDataBody(custom_data={"plan": "team"})
        )
        assert merged == {**data, "plan": "team"}
        assert await c.users.get_custom_data(user.id) == merged
        assert (await c.organizations.get(org.id)).custom_data == {"crm": "A-17"}
    finally:
        await c.organizations.delete(org.id)
        await c.users.delete(user.id)


async def test_one_page_with_its_total(real_client: ManagementApiClient, unique: str) -> None:
    c = real_client
    users = [
        await c.users.create(body=CreateUserBody(username=f"page{i}_{unique}")) for i in range(5)
    ]
    try:
        mine = UserSearch(username=f"page%_{unique}")
        listing = c.users.list(search=mine, page_size=2)
        page: Page[User] = await listing.page(3)
        assert (page.number, page.total, len(page.items), page.has_next) == (3, 5, 1, False)
        second = await listing.page(2)
        assert (len(second.items), second.has_next) == (2, True)
        every = [u.id async for u in listing]
        assert sorted(every) == sorted(u.id for u in users)
        sync_page = c.sync.users.list(search=mine, page_size=2).page(1)
        assert (sync_page.total, len(sync_page.items), sync_page.has_next) == (5, 2, True)
    finally:
        for user in users:
            await c.users.delete(user.id)


async def test_each_search_mode_joint_case_and_exclusion(
    real_client: ManagementApiClient, unique: str
) -> None:
    c = real_client
    names = ("Ada", "adam", "bob")
    users = {
        n: await c.users.create(
            body=CreateUserBody(username=f"{n.lower()}_{unique}", name=f"{n} {unique}")
        )
        for n in names
    }
    role = await c.roles.create(body=CreateRoleBody(name=f"search {unique}", description="s"))
    try:

        async def found(search: UserSearch) -> list[str]:
            return sorted([str(u.name).split()[0] async for u in c.users.list(search=search)])

        assert await found(UserSearch(name=like(f"ada% {unique}"))) == ["Ada", "adam"]
        assert await found(UserSearch(name=f"ADA% {unique}")) == ["Ada", "adam"]
        assert await found(UserSearch(name=like(f"ada% {unique}"), case_sensitive=True)) == ["adam"]
        both = exact(f"ada_{unique}", f"bob_{unique}")
        assert await found(UserSearch(username=both)) == ["Ada", "bob"]
        pattern = similar_to(f"(Ada|bob) {unique}")
        assert await found(UserSearch(name=pattern, case_sensitive=True)) == ["Ada", "bob"]
        assert await found(UserSearch(name=posix(f"^ada[a-z]* {unique}$"))) == ["Ada", "adam"]
        assert await found(
            UserSearch(username=f"%_{unique}", name=f"b% {unique}", joint="and")
        ) == ["bob"]
        assert await found(UserSearch(username=f"%_{unique}", name=f"b% {unique}")) == sorted(names)
        await c.roles.assign_users(role.id, body=UserIds(user_ids=[users["bob"].id]))
        excluded = UserSearch(username=f"%_{unique}", exclude_role_id=role.id)
        assert await found(excluded) == ["Ada", "adam"]
        in_role = [u.id async for u in c.roles.list_users(role.id, search=UserSearch(name="b%"))]
        assert in_role == [users["bob"].id]
        roles = [r.id async for r in c.roles.list(search=RoleSearch(name=exact(role.name)))]
        assert roles == [role.id]
    finally:
        await c.roles.delete(role.id)
        for user in users.values():
            await c.users.delete(user.id)
