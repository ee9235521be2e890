from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type import RoleType, check_role_type
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.featured_user import FeaturedUser
    from ..models.role_featured_applications_item import RoleFeaturedApplicationsItem


T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    tenant_id: str
    id: str
    name: str
    description: str
    type_: RoleType
    is_default: bool
    users_count: float | Unset = UNSET
    featured_users: list[FeaturedUser] | Unset = UNSET
    applications_count: float | Unset = UNSET
    featured_applications: list[RoleFeaturedApplicationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("name", self.name),
                ("description", self.description),
                ("type_", self.type_),
                ("is_default", self.is_default),
                ("users_count", self.users_count),
                ("featured_users", self.featured_users),
                ("applications_count", self.applications_count),
                ("featured_applications", self.featured_applications),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        id = self.id

        name = self.name

        description = self.description

        type_: str = self.type_

        is_default = self.is_default

        users_count = self.users_count

        featured_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.featured_users, Unset):
            featured_users = []
            for featured_users_item_data in self.featured_users:
                featured_users_item = featured_users_item_data.to_dict()
                featured_users.append(featured_users_item)

        applications_count = self.applications_count

        featured_applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.featured_applications, Unset):
            featured_applications = []
            for featured_applications_item_data in self.featured_applications:
                featured_applications_item = featured_applications_item_data.to_dict()
                featured_applications.append(featured_applications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "isDefault": is_default,
            }
        )
        if users_count is not UNSET:
            field_dict["usersCount"] = users_count
        if featured_users is not UNSET:
            field_dict["featuredUsers"] = featured_users
        if applications_count is not UNSET:
            field_dict["applicationsCount"] = applications_count
        if featured_applications is not UNSET:
            field_dict["featuredApplications"] = featured_applications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            name = d["name"]

            description = d["description"]

            type_ = check_role_type(d["type"])

            is_default = d["isDefault"]

            if len(d) == 6:  # only the required keys: every optional one is UNSET
                users_count = UNSET
                featured_users = UNSET
                applications_count = UNSET
                featured_applications = UNSET
            else:
                users_count = d.get("usersCount", UNSET)

                _featured_users = d.get("featuredUsers", UNSET)
                featured_users: list[FeaturedUser] | Unset = UNSET
                if _featured_users is not UNSET:
                    featured_users = []
                    for featured_users_item_data in _featured_users:
                        featured_users_item = FeaturedUser.from_dict(featured_users_item_data)

                        featured_users.append(featured_users_item)

                applications_count = d.get("applicationsCount", UNSET)

                _featured_applications = d.get("featuredApplications", UNSET)
                featured_applications: list[RoleFeaturedApplicationsItem] | Unset = UNSET
                if _featured_applications is not UNSET:
                    featured_applications = []
                    for featured_applications_item_data in _featured_applications:
                        featured_applications_item = RoleFeaturedApplicationsItem.from_dict(
                            featured_applications_item_data
                        )

                        featured_applications.append(featured_applications_item)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.name = name
            _instance.description = description
            _instance.type_ = type_
            _instance.is_default = is_default
            _instance.users_count = users_count
            _instance.featured_users = featured_users
            _instance.applications_count = applications_count
            _instance.featured_applications = featured_applications
            if len(d) == 6 + ("usersCount" in d) + ("featuredUsers" in d) + (
                "applicationsCount" in d
            ) + ("featuredApplications" in d):
                _instance.additional_properties = {}
            else:
                _instance.additional_properties = {
                    k: v for k, v in d.items() if k not in _JSON_NAMES
                }
            return _instance
        except MISFITS as exc:
            # Only once reading failed: explain which field, by its type (not its value).
            raise model_input_error(cls, src_dict, exc, _FIELDS) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# JSON name -> field name, for the message of a from_dict that failed.
_FIELDS = {
    "tenantId": "tenant_id",
    "id": "id",
    "name": "name",
    "description": "description",
    "type": "type_",
    "isDefault": "is_default",
    "usersCount": "users_count",
    "featuredUsers": "featured_users",
    "applicationsCount": "applications_count",
    "featuredApplications": "featured_applications",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "name",
        "description",
        "type",
        "isDefault",
        "usersCount",
        "featuredUsers",
        "applicationsCount",
        "featuredApplications",
    )
)


from ..models.featured_user import FeaturedUser  # noqa: E402
from ..models.role_featured_applications_item import RoleFeaturedApplicationsItem  # noqa: E402
