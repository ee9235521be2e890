from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recaptcha_enterprise_config_mode import (
    RecaptchaEnterpriseConfigMode,
    check_recaptcha_enterprise_config_mode,
)
from ..models.recaptcha_enterprise_config_type import (
    RecaptchaEnterpriseConfigType,
    check_recaptcha_enterprise_config_type,
)
from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="RecaptchaEnterpriseConfig")


@_attrs_define
class RecaptchaEnterpriseConfig:
    type_: RecaptchaEnterpriseConfigType
    site_key: str
    secret_key: str
    project_id: str
    domain: str | Unset = UNSET
    mode: RecaptchaEnterpriseConfigMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("type_", self.type_),
                ("site_key", self.site_key),
                ("secret_key", MASKED if self.secret_key else self.secret_key),
                ("project_id", self.project_id),
                ("domain", self.domain),
                ("mode", self.mode),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        site_key = self.site_key

        secret_key = self.secret_key

        project_id = self.project_id

        domain = self.domain

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "siteKey": site_key,
                "secretKey": secret_key,
                "projectId": project_id,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            type_ = check_recaptcha_enterprise_config_type(d["type"])

            site_key = d["siteKey"]

            secret_key = d["secretKey"]

            project_id = d["projectId"]

            if len(d) == 4:  # only the required keys: every optional one is UNSET
                domain = UNSET
                mode = UNSET
            else:
                domain = d.get("domain", UNSET)

                _mode = d.get("mode", UNSET)
                mode: RecaptchaEnterpriseConfigMode | Unset
                if isinstance(_mode, Unset):
                    mode = UNSET
                else:
                    mode = check_recaptcha_enterprise_config_mode(_mode)

            _instance = cls.__new__(cls)
            _instance.type_ = type_
            _instance.site_key = site_key
            _instance.secret_key = secret_key
            _instance.project_id = project_id
            _instance.domain = domain
            _instance.mode = mode
            if len(d) == 4 + ("domain" in d) + ("mode" in d):
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
    "type": "type_",
    "siteKey": "site_key",
    "secretKey": "secret_key",
    "projectId": "project_id",
    "domain": "domain",
    "mode": "mode",
}
_JSON_NAMES = frozenset(
    (
        "type",
        "siteKey",
        "secretKey",
        "projectId",
        "domain",
        "mode",
    )
)
