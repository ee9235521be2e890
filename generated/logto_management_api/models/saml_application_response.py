from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="SamlApplicationResponse")


@_attrs_define
class SamlApplicationResponse:
    id: str | Unset = UNSET
    """ The ID of the SAML application. """
    name: str | Unset = UNSET
    """ The name of the SAML application. """
    description: str | Unset = UNSET
    """ Description of the SAML application. """
    custom_data: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    acs_url: str | Unset = UNSET
    """ The Assertion Consumer Service (ACS) URL. """
    entity_id: str | Unset = UNSET
    """ The SAML entity ID. """
    created_at: float | Unset = UNSET
    """ The creation time of the SAML application (epoch milliseconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("name", self.name),
                ("description", self.description),
                ("custom_data", self.custom_data),
                ("acs_url", self.acs_url),
                ("entity_id", self.entity_id),
                ("created_at", self.created_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = dict(self.custom_data)

        acs_url = self.acs_url

        entity_id = self.entity_id

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if acs_url is not UNSET:
            field_dict["acsUrl"] = acs_url
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                id = UNSET
                name = UNSET
                description = UNSET
                custom_data = UNSET
                acs_url = UNSET
                entity_id = UNSET
                created_at = UNSET
            else:
                id = d.get("id", UNSET)

                name = d.get("name", UNSET)

                description = d.get("description", UNSET)

                _custom_data = d.get("customData", UNSET)
                custom_data: JsonObject | Unset
                if isinstance(_custom_data, Unset):
                    custom_data = UNSET
                else:
                    custom_data = dict(_custom_data)

                acs_url = d.get("acsUrl", UNSET)

                entity_id = d.get("entityId", UNSET)

                created_at = d.get("createdAt", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.name = name
            _instance.description = description
            _instance.custom_data = custom_data
            _instance.acs_url = acs_url
            _instance.entity_id = entity_id
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
    "id": "id",
    "name": "name",
    "description": "description",
    "customData": "custom_data",
    "acsUrl": "acs_url",
    "entityId": "entity_id",
    "createdAt": "created_at",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "name",
        "description",
        "customData",
        "acsUrl",
        "entityId",
        "createdAt",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
