from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="SocialUserInfo")


@_attrs_define
class SocialUserInfo:
    id: str
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    name: str | Unset = UNSET
    avatar: str | Unset = UNSET
    raw_data: (
        bool | float | JsonObject | list[bool | float | JsonObject | None | str] | str | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("email", self.email),
                ("phone", self.phone),
                ("name", self.name),
                ("avatar", self.avatar),
                ("raw_data", self.raw_data),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        phone = self.phone

        name = self.name

        avatar = self.avatar

        raw_data: (
            bool
            | dict[str, Any]
            | float
            | list[bool | dict[str, Any] | float | None | str]
            | str
            | Unset
        )
        if isinstance(self.raw_data, Unset):
            raw_data = UNSET
        elif isinstance(self.raw_data, dict):
            raw_data = dict(self.raw_data)
        elif isinstance(self.raw_data, list):
            raw_data = []
            for raw_data_type_1_item_data in self.raw_data:
                raw_data_type_1_item: bool | dict[str, Any] | float | None | str
                if isinstance(raw_data_type_1_item_data, dict):
                    raw_data_type_1_item = dict(raw_data_type_1_item_data)
                else:
                    raw_data_type_1_item = raw_data_type_1_item_data
                raw_data.append(raw_data_type_1_item)

        else:
            raw_data = self.raw_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if raw_data is not UNSET:
            field_dict["rawData"] = raw_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                email = UNSET
                phone = UNSET
                name = UNSET
                avatar = UNSET
                raw_data = UNSET
            else:
                email = d.get("email", UNSET)

                phone = d.get("phone", UNSET)

                name = d.get("name", UNSET)

                avatar = d.get("avatar", UNSET)

                _raw_data_data = d.get("rawData", UNSET)
                raw_data: (
                    bool
                    | float
                    | JsonObject
                    | list[bool | float | JsonObject | None | str]
                    | str
                    | Unset
                )
                if _raw_data_data is UNSET:
                    raw_data = _raw_data_data
                else:

                    def _parse_raw_data(
                        data: object,
                    ) -> (
                        bool
                        | float
                        | JsonObject
                        | list[bool | float | JsonObject | None | str]
                        | str
                        | Unset
                    ):
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            raw_data_type_0 = dict(data)

                            return raw_data_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            raw_data_type_1 = []
                            _raw_data_type_1 = data
                            for raw_data_type_1_item_data in _raw_data_type_1:
                                _raw_data_type_1_item_data = raw_data_type_1_item_data
                                raw_data_type_1_item: bool | float | JsonObject | None | str
                                if _raw_data_type_1_item_data is None:
                                    raw_data_type_1_item = _raw_data_type_1_item_data
                                else:

                                    def _parse_raw_data_type_1_item(
                                        data: object,
                                    ) -> bool | float | JsonObject | None | str:
                                        if data is None:
                                            return data
                                        try:
                                            if not isinstance(data, dict):
                                                raise TypeError()
                                            raw_data_type_1_item_type_4 = dict(data)

                                            return raw_data_type_1_item_type_4
                                        except (TypeError, ValueError, AttributeError, KeyError):
                                            pass
                                        return cast(bool | float | JsonObject | None | str, data)

                                    raw_data_type_1_item = _parse_raw_data_type_1_item(
                                        _raw_data_type_1_item_data
                                    )

                                raw_data_type_1.append(raw_data_type_1_item)

                            return raw_data_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(
                            bool
                            | float
                            | JsonObject
                            | list[bool | float | JsonObject | None | str]
                            | str
                            | Unset,
                            data,
                        )

                    raw_data = _parse_raw_data(_raw_data_data)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.email = email
            _instance.phone = phone
            _instance.name = name
            _instance.avatar = avatar
            _instance.raw_data = raw_data
            if len(d) == 1 or d.keys() <= _JSON_NAMES:
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
    "email": "email",
    "phone": "phone",
    "name": "name",
    "avatar": "avatar",
    "rawData": "raw_data",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "email",
        "phone",
        "name",
        "avatar",
        "rawData",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
