from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.recaptcha_enterprise_config import RecaptchaEnterpriseConfig
    from ..models.turnstile_config import TurnstileConfig


T = TypeVar("T", bound="CaptchaProvider")


@_attrs_define
class CaptchaProvider:
    tenant_id: str
    id: str
    config: RecaptchaEnterpriseConfig | TurnstileConfig
    created_at: float
    """ Epoch milliseconds. """
    updated_at: float
    """ Epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("config", self.config),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
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

        config: dict[str, Any]
        if isinstance(self.config, TurnstileConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "config": config,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            def _parse_config(data: object) -> RecaptchaEnterpriseConfig | TurnstileConfig:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    config_type_0 = TurnstileConfig.from_dict(data)

                    return config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_1 = RecaptchaEnterpriseConfig.from_dict(data)

                return config_type_1

            config = _parse_config(d["config"])

            created_at = d["createdAt"]

            updated_at = d["updatedAt"]

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.config = config
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            if len(d) == 5:
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
    "config": "config",
    "createdAt": "created_at",
    "updatedAt": "updated_at",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "config",
        "createdAt",
        "updatedAt",
    )
)


from ..models.recaptcha_enterprise_config import RecaptchaEnterpriseConfig  # noqa: E402
from ..models.turnstile_config import TurnstileConfig  # noqa: E402
