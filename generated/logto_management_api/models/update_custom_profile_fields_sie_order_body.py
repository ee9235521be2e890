from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.update_custom_profile_fields_sie_order_body_order_item import (
        UpdateCustomProfileFieldsSieOrderBodyOrderItem,
    )


T = TypeVar("T", bound="UpdateCustomProfileFieldsSieOrderBody")


@_attrs_define
class UpdateCustomProfileFieldsSieOrderBody:
    order: list[UpdateCustomProfileFieldsSieOrderBodyOrderItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("order", self.order),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        order = []
        for order_item_data in self.order:
            order_item = order_item_data.to_dict()
            order.append(order_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            order = []
            _order = d["order"]
            for order_item_data in _order:
                order_item = UpdateCustomProfileFieldsSieOrderBodyOrderItem.from_dict(
                    order_item_data
                )

                order.append(order_item)

            _instance = cls.__new__(cls)
            _instance.order = order
            if len(d) == 1:
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
    "order": "order",
}
_JSON_NAMES = frozenset(("order",))


from ..models.update_custom_profile_fields_sie_order_body_order_item import (
    UpdateCustomProfileFieldsSieOrderBodyOrderItem,  # noqa: E402
)
