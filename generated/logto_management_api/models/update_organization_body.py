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


T = TypeVar("T", bound="UpdateOrganizationBody")


@_attrs_define
class UpdateOrganizationBody:
    tenant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    """ The updated name of the organization. """
    description: None | str | Unset = UNSET
    """ The updated description of the organization. """
    custom_data: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    is_mfa_required: bool | Unset = UNSET
    color: Color | Unset = UNSET
    branding: Branding | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    created_at: float | Unset = UNSET
    """ Epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("name", self.name),
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

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = dict(self.custom_data)

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
        field_dict.update({})
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if name is not UNSET:
            field_dict["name"] = name
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
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                tenant_id = UNSET
                name = UNSET
                description = UNSET
                custom_data = UNSET
                is_mfa_required = UNSET
                color = UNSET
                branding = UNSET
                custom_css = UNSET
                created_at = UNSET
            else:
                tenant_id = d.get("tenantId", UNSET)

                name = d.get("name", UNSET)

                description: None | str | Unset = d.get("description", UNSET)

                _custom_data = d.get("customData", UNSET)
                custom_data: JsonObject | Unset
                if isinstance(_custom_data, Unset):
                    custom_data = UNSET
                else:
                    custom_data = dict(_custom_data)

                is_mfa_required = d.get("isMfaRequired", UNSET)

                _color = d.get("color", UNSET)
                color: Color | Unset
                if isinstance(_color, Unset):
                    color = UNSET
                else:
                    color = Color.from_dict(_color)

                _branding = d.get("branding", UNSET)
                branding: Branding | Unset
                if isinstance(_branding, Unset):
                    branding = UNSET
                else:
                    branding = Branding.from_dict(_branding)

                custom_css: None | str | Unset = d.get("customCss", UNSET)

                created_at = d.get("createdAt", UNSET)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.name = name
            _instance.description = description
            _instance.custom_data = custom_data
            _instance.is_mfa_required = is_mfa_required
            _instance.color = color
            _instance.branding = branding
            _instance.custom_css = custom_css
            _instance.created_at = created_at
            if len(d) == 0 or d.keys() <= _JSON_NAMES:
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
    "name": "name",
    "description": "description",
    "customData": "custom_data",
    "isMfaRequired": "is_mfa_required",
    "color": "color",
    "branding": "branding",
    "customCss": "custom_css",
    "createdAt": "created_at",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "name",
        "description",
        "customData",
        "isMfaRequired",
        "color",
        "branding",
        "customCss",
        "createdAt",
    )
)


from ..models.branding import Branding  # noqa: E402
from ..models.color import Color  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
