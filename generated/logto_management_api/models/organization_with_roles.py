from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.branding import Branding
    from ..models.color import Color
    from ..models.json_object import JsonObject
    from ..models.organization_role_ref import OrganizationRoleRef


T = TypeVar("T", bound="OrganizationWithRoles")


@_attrs_define
class OrganizationWithRoles:
    """Older Logto releases omit color (≥ 1.32.0), customCss (≥ 1.32.0)."""

    tenant_id: str
    id: str
    name: str
    description: None | str
    custom_data: JsonObject
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    is_mfa_required: bool
    branding: Branding
    created_at: float
    """ Epoch milliseconds. """
    organization_roles: list[OrganizationRoleRef]
    color: Color | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    """ Sent by Logto 1.32.0 and later; older releases omit it (UNSET then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("name", self.name),
                ("description", self.description),
                ("custom_data", self.custom_data),
                ("is_mfa_required", self.is_mfa_required),
                ("branding", self.branding),
                ("created_at", self.created_at),
                ("organization_roles", self.organization_roles),
                ("color", self.color),
                ("custom_css", self.custom_css),
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

        description: None | str
        description = self.description

        custom_data = dict(self.custom_data)

        is_mfa_required = self.is_mfa_required

        branding = self.branding.to_dict()

        created_at = self.created_at

        organization_roles = []
        for organization_roles_item_data in self.organization_roles:
            organization_roles_item = organization_roles_item_data.to_dict()
            organization_roles.append(organization_roles_item)

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "name": name,
                "description": description,
                "customData": custom_data,
                "isMfaRequired": is_mfa_required,
                "branding": branding,
                "createdAt": created_at,
                "organizationRoles": organization_roles,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if custom_css is not UNSET:
            field_dict["customCss"] = custom_css

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            name = d["name"]

            description: None | str = d["description"]

            custom_data = dict(d["customData"])

            is_mfa_required = d["isMfaRequired"]

            branding = Branding.from_dict(d["branding"])

            created_at = d["createdAt"]

            organization_roles = []
            _organization_roles = d["organizationRoles"]
            for organization_roles_item_data in _organization_roles:
                organization_roles_item = OrganizationRoleRef.from_dict(
                    organization_roles_item_data
                )

                organization_roles.append(organization_roles_item)

            if len(d) == 9:  # only the required keys: every optional one is UNSET
                color = UNSET
                custom_css = UNSET
            else:
                _color = d.get("color", UNSET)
                color: Color | Unset
                if isinstance(_color, Unset):
                    color = UNSET
                else:
                    color = Color.from_dict(_color)

                custom_css: None | str | Unset = d.get("customCss", UNSET)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.name = name
            _instance.description = description
            _instance.custom_data = custom_data
            _instance.is_mfa_required = is_mfa_required
            _instance.branding = branding
            _instance.created_at = created_at
            _instance.organization_roles = organization_roles
            _instance.color = color
            _instance.custom_css = custom_css
            if len(d) == 9 + ("color" in d) + ("customCss" in d):
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
    "customData": "custom_data",
    "isMfaRequired": "is_mfa_required",
    "branding": "branding",
    "createdAt": "created_at",
    "organizationRoles": "organization_roles",
    "color": "color",
    "customCss": "custom_css",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "name",
        "description",
        "customData",
        "isMfaRequired",
        "branding",
        "createdAt",
        "organizationRoles",
        "color",
        "customCss",
    )
)


from ..models.branding import Branding  # noqa: E402
from ..models.color import Color  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.organization_role_ref import OrganizationRoleRef  # noqa: E402
