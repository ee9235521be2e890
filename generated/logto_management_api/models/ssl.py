from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="Ssl")


@_attrs_define
class Ssl:
    status: str
    validation_errors: list[ValidationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("status", self.status),
                ("validation_errors", self.validation_errors),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            status = d["status"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                validation_errors = UNSET
            else:
                _validation_errors = d.get("validation_errors", UNSET)
                validation_errors: list[ValidationError] | Unset = UNSET
                if _validation_errors is not UNSET:
                    validation_errors = []
                    for validation_errors_item_data in _validation_errors:
                        validation_errors_item = ValidationError.from_dict(
                            validation_errors_item_data
                        )

                        validation_errors.append(validation_errors_item)

            _instance = cls.__new__(cls)
            _instance.status = status
            _instance.validation_errors = validation_errors
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
    "status": "status",
    "validation_errors": "validation_errors",
}
_JSON_NAMES = frozenset(
    (
        "status",
        "validation_errors",
    )
)


from ..models.validation_error import ValidationError  # noqa: E402
