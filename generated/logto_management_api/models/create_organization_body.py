from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branding import Branding
    from ..models.color import Color
    from ..models.create_organization_body_custom_data import (
        CreateOrganizationBodyCustomData,
    )


T = TypeVar("T", bound="CreateOrganizationBody")


@_attrs_define
class CreateOrganizationBody:
    name: str
    """ The name of the organization. """
    tenant_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    """ The description of the organization. """
    custom_data: CreateOrganizationBodyCustomData | Unset = UNSET
    """ arbitrary """
    is_mfa_required: bool | Unset = UNSET
    color: Color | Unset = UNSET
    branding: Branding | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    created_at: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("tenant_id", self.tenant_id),
                ("description", self.description),
                ("custom_data", self.custom_data),
                ("is_mfa_required", self.is_mfa_required),
                ("color", self.color),
                ("branding", self.branding),
                ("custom_css", self.custom_css),
                ("created_at", self.created_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tenant_id = self.tenant_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        is_mfa_required = self.is_mfa_required

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        branding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branding, Unset):
            branding = self.branding.to_dict()

        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if description is not UNSET:
            field_dict["description"] = description
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if is_mfa_required is not UNSET:
            field_dict["isMfaRequired"] = is_mfa_required
        if color is not UNSET:
            field_dict["color"] = color
        if branding is not UNSET:
            field_dict["branding"] = branding
        if custom_css is not UNSET:
            field_dict["customCss"] = custom_css
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        tenant_id = d.pop("tenantId", UNSET)

        description = cast(None | str | Unset, d.pop("description", UNSET))

        _custom_data = d.pop("customData", UNSET)
        custom_data: CreateOrganizationBodyCustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CreateOrganizationBodyCustomData.from_dict(_custom_data)

        is_mfa_required = d.pop("isMfaRequired", UNSET)

        _color = d.pop("color", UNSET)
        color: Color | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = Color.from_dict(_color)

        _branding = d.pop("branding", UNSET)
        branding: Branding | Unset
        if isinstance(_branding, Unset):
            branding = UNSET
        else:
            branding = Branding.from_dict(_branding)

        custom_css = cast(None | str | Unset, d.pop("customCss", UNSET))

        created_at = d.pop("createdAt", UNSET)

        create_organization_body = cls(
            name=name,
            tenant_id=tenant_id,
            description=description,
            custom_data=custom_data,
            is_mfa_required=is_mfa_required,
            color=color,
            branding=branding,
            custom_css=custom_css,
            created_at=created_at,
        )

        create_organization_body.additional_properties = d
        return create_organization_body

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


from ..models.branding import Branding  # noqa: E402
from ..models.color import Color  # noqa: E402
from ..models.create_organization_body_custom_data import (
    CreateOrganizationBodyCustomData,  # noqa: E402
)
