from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.daily_active_user_count import DailyActiveUserCount
    from ..models.period_user_count import PeriodUserCount


T = TypeVar("T", bound="ActiveUserCounts")


@_attrs_define
class ActiveUserCounts:
    dau_curve: list[DailyActiveUserCount]
    dau: PeriodUserCount
    wau: PeriodUserCount
    mau: PeriodUserCount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("dau_curve", self.dau_curve),
                ("dau", self.dau),
                ("wau", self.wau),
                ("mau", self.mau),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        dau_curve = []
        for dau_curve_item_data in self.dau_curve:
            dau_curve_item = dau_curve_item_data.to_dict()
            dau_curve.append(dau_curve_item)

        dau = self.dau.to_dict()

        wau = self.wau.to_dict()

        mau = self.mau.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dauCurve": dau_curve,
                "dau": dau,
                "wau": wau,
                "mau": mau,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            dau_curve = []
            _dau_curve = d["dauCurve"]
            for dau_curve_item_data in _dau_curve:
                dau_curve_item = DailyActiveUserCount.from_dict(dau_curve_item_data)

                dau_curve.append(dau_curve_item)

            dau = PeriodUserCount.from_dict(d["dau"])

            wau = PeriodUserCount.from_dict(d["wau"])

            mau = PeriodUserCount.from_dict(d["mau"])

            _instance = cls.__new__(cls)
            _instance.dau_curve = dau_curve
            _instance.dau = dau
            _instance.wau = wau
            _instance.mau = mau
            if len(d) == 4:
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
    "dauCurve": "dau_curve",
    "dau": "dau",
    "wau": "wau",
    "mau": "mau",
}
_JSON_NAMES = frozenset(
    (
        "dauCurve",
        "dau",
        "wau",
        "mau",
    )
)


from ..models.daily_active_user_count import DailyActiveUserCount  # noqa: E402
from ..models.period_user_count import PeriodUserCount  # noqa: E402
