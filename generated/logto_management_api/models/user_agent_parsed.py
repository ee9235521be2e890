from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.browser import Browser
    from ..models.cpu import Cpu
    from ..models.device import Device
    from ..models.user_agent_engine import UserAgentEngine
    from ..models.user_agent_os import UserAgentOs


T = TypeVar("T", bound="UserAgentParsed")


@_attrs_define
class UserAgentParsed:
    ua: str | Unset = UNSET
    browser: Browser | Unset = UNSET
    device: Device | Unset = UNSET
    engine: UserAgentEngine | Unset = UNSET
    os: UserAgentOs | Unset = UNSET
    cpu: Cpu | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("ua", self.ua),
                ("browser", self.browser),
                ("device", self.device),
                ("engine", self.engine),
                ("os", self.os),
                ("cpu", self.cpu),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        ua = self.ua

        browser: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser, Unset):
            browser = self.browser.to_dict()

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ua is not UNSET:
            field_dict["ua"] = ua
        if browser is not UNSET:
            field_dict["browser"] = browser
        if device is not UNSET:
            field_dict["device"] = device
        if engine is not UNSET:
            field_dict["engine"] = engine
        if os is not UNSET:
            field_dict["os"] = os
        if cpu is not UNSET:
            field_dict["cpu"] = cpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                ua = UNSET
                browser = UNSET
                device = UNSET
                engine = UNSET
                os = UNSET
                cpu = UNSET
            else:
                ua = d.get("ua", UNSET)

                _browser = d.get("browser", UNSET)
                browser: Browser | Unset
                if isinstance(_browser, Unset):
                    browser = UNSET
                else:
                    browser = Browser.from_dict(_browser)

                _device = d.get("device", UNSET)
                device: Device | Unset
                if isinstance(_device, Unset):
                    device = UNSET
                else:
                    device = Device.from_dict(_device)

                _engine = d.get("engine", UNSET)
                engine: UserAgentEngine | Unset
                if isinstance(_engine, Unset):
                    engine = UNSET
                else:
                    engine = UserAgentEngine.from_dict(_engine)

                _os = d.get("os", UNSET)
                os: UserAgentOs | Unset
                if isinstance(_os, Unset):
                    os = UNSET
                else:
                    os = UserAgentOs.from_dict(_os)

                _cpu = d.get("cpu", UNSET)
                cpu: Cpu | Unset
                if isinstance(_cpu, Unset):
                    cpu = UNSET
                else:
                    cpu = Cpu.from_dict(_cpu)

            _instance = cls.__new__(cls)
            _instance.ua = ua
            _instance.browser = browser
            _instance.device = device
            _instance.engine = engine
            _instance.os = os
            _instance.cpu = cpu
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
    "ua": "ua",
    "browser": "browser",
    "device": "device",
    "engine": "engine",
    "os": "os",
    "cpu": "cpu",
}
_JSON_NAMES = frozenset(
    (
        "ua",
        "browser",
        "device",
        "engine",
        "os",
        "cpu",
    )
)


from ..models.browser import Browser  # noqa: E402
from ..models.cpu import Cpu  # noqa: E402
from ..models.device import Device  # noqa: E402
from ..models.user_agent_engine import UserAgentEngine  # noqa: E402
from ..models.user_agent_os import UserAgentOs  # noqa: E402
