"""Scenario: the backend of your app's "my profile" page.

Your frontend signs users in with Logto; your backend calls the Management API on their behalf to
read the profile, save edits, keep app preferences in custom data and change the password after
checking the old one. Run: ``python -m examples.user_profile_backend`` (LOGTO_* variables set).
"""

from __future__ import annotations

import secrets
from typing import Any

from examples.connect import run_scenario
from logto_management import ManagementApiClient, UnprocessableEntityError
from logto_management_api.api.users import (
    create_user,
    delete_user,
    get_user,
    list_user_custom_data,
    update_user,
    update_user_custom_data,
    update_user_password,
    verify_user_password,
)
from logto_management_api.models import (
    CreateUserBody,
    UpdateUserBody,
    UpdateUserCustomDataBody,
    User,
    UserPasswordRequest,
)


class ProfileService:
    """What a profile page backend needs, on top of the generated operations."""

    def __init__(self, client: ManagementApiClient) -> None:
        self.client = client

    async def profile(self, user_id: str) -> User:
        user = await get_user.asyncio(user_id, client=self.client)
        return user

    async def rename(self, user_id: str, name: str, avatar: str) -> User:
        body = UpdateUserBody(name=name, avatar=avatar)
        user = await update_user.asyncio(user_id, client=self.client, body=body)
        return user

    async def save_preferences(self, user_id: str, **preferences: Any) -> dict[str, Any]:
        """Merged into the user's custom data (Logto merges top-level keys)."""
        body = UpdateUserCustomDataBody(custom_data={"preferences": preferences})
        await update_user_custom_data.asyncio(user_id, client=self.client, body=body)
        return await list_user_custom_data.asyncio(user_id, client=self.client)

    async def change_password(self, user_id: str, old: str, new: str) -> bool:
        """Set ``new`` only when ``old`` is the current password."""
        try:
            await verify_user_password.asyncio_detailed(
                user_id, client=self.client, body=UserPasswordRequest(password=old)
            )
        except UnprocessableEntityError:  # user.password_mismatch
            return False
        await update_user_password.asyncio(
            user_id, client=self.client, body=UserPasswordRequest(password=new)
        )
        return True


async def run(client: ManagementApiClient) -> list[str]:
    service = ProfileService(client)
    password = secrets.token_urlsafe(12)
    user = await create_user.asyncio(
        client=client,
        body=CreateUserBody(username=f"profile_{secrets.token_hex(4)}", password=password),
    )
    try:
        renamed = await service.rename(user.id, "Ada Lovelace", "https://example.com/ada.png")
        custom = await service.save_preferences(user.id, theme="dark", language="en")
        refused = await service.change_password(user.id, "not-the-password", "x" + password)
        changed = await service.change_password(user.id, password, "x" + password)
        profile = await service.profile(user.id)
        return [
            f"profile of {profile.username}: name={renamed.name!r}, avatar={profile.avatar!r}",
            f"custom data: {custom}",
            f"password change with a wrong old password: {'accepted' if refused else 'refused'}",
            f"password change with the right old password: {'done' if changed else 'refused'}",
        ]
    finally:
        await delete_user.asyncio_detailed(user.id, client=client)


if __name__ == "__main__":
    run_scenario(run)
