from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.checked_charge_notification import CheckedChargeNotification
    from ..models.development_tenant_migration_notification import (
        DevelopmentTenantMigrationNotification,
    )


T = TypeVar("T", bound="AdminConsoleConfig")


@_attrs_define
class AdminConsoleConfig:
    sign_in_experience_customized: bool
    organization_created: bool
    development_tenant_migration_notification: DevelopmentTenantMigrationNotification | Unset = (
        UNSET
    )
    checked_charge_notification: CheckedChargeNotification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("sign_in_experience_customized", self.sign_in_experience_customized),
                ("organization_created", self.organization_created),
                (
                    "development_tenant_migration_notification",
                    self.development_tenant_migration_notification,
                ),
                ("checked_charge_notification", self.checked_charge_notification),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        sign_in_experience_customized = self.sign_in_experience_customized

        organization_created = self.organization_created

        development_tenant_migration_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.development_tenant_migration_notification, Unset):
            development_tenant_migration_notification = (
                self.development_tenant_migration_notification.to_dict()
            )

        checked_charge_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checked_charge_notification, Unset):
            checked_charge_notification = self.checked_charge_notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signInExperienceCustomized": sign_in_experience_customized,
                "organizationCreated": organization_created,
            }
        )
        if development_tenant_migration_notification is not UNSET:
            field_dict["developmentTenantMigrationNotification"] = (
                development_tenant_migration_notification
            )
        if checked_charge_notification is not UNSET:
            field_dict["checkedChargeNotification"] = checked_charge_notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            sign_in_experience_customized = d["signInExperienceCustomized"]

            organization_created = d["organizationCreated"]

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                development_tenant_migration_notification = UNSET
                checked_charge_notification = UNSET
            else:
                _development_tenant_migration_notification = d.get(
                    "developmentTenantMigrationNotification", UNSET
                )
                development_tenant_migration_notification: (
                    DevelopmentTenantMigrationNotification | Unset
                )
                if isinstance(_development_tenant_migration_notification, Unset):
                    development_tenant_migration_notification = UNSET
                else:
                    development_tenant_migration_notification = (
                        DevelopmentTenantMigrationNotification.from_dict(
                            _development_tenant_migration_notification
                        )
                    )

                _checked_charge_notification = d.get("checkedChargeNotification", UNSET)
                checked_charge_notification: CheckedChargeNotification | Unset
                if isinstance(_checked_charge_notification, Unset):
                    checked_charge_notification = UNSET
                else:
                    checked_charge_notification = CheckedChargeNotification.from_dict(
                        _checked_charge_notification
                    )

            _instance = cls.__new__(cls)
            _instance.sign_in_experience_customized = sign_in_experience_customized
            _instance.organization_created = organization_created
            _instance.development_tenant_migration_notification = (
                development_tenant_migration_notification
            )
            _instance.checked_charge_notification = checked_charge_notification
            if len(d) == 2 or d.keys() <= _JSON_NAMES:
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
    "signInExperienceCustomized": "sign_in_experience_customized",
    "organizationCreated": "organization_created",
    "developmentTenantMigrationNotification": "development_tenant_migration_notification",
    "checkedChargeNotification": "checked_charge_notification",
}
_JSON_NAMES = frozenset(
    (
        "signInExperienceCustomized",
        "organizationCreated",
        "developmentTenantMigrationNotification",
        "checkedChargeNotification",
    )
)


from ..models.checked_charge_notification import CheckedChargeNotification  # noqa: E402
from ..models.development_tenant_migration_notification import (
    DevelopmentTenantMigrationNotification,  # noqa: E402
)
