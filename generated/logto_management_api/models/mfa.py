from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mfa_organization_required_mfa_policy import (
    MfaOrganizationRequiredMfaPolicy,
    check_mfa_organization_required_mfa_policy,
)
from ..models.mfa_policy import MfaPolicy, check_mfa_policy
from ..models.mfa_verification_factor import (
    MfaVerificationFactor,
    check_mfa_verification_factor,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="Mfa")


@_attrs_define
class Mfa:
    factors: list[MfaVerificationFactor]
    policy: MfaPolicy
    organization_required_mfa_policy: MfaOrganizationRequiredMfaPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("factors", self.factors),
                ("policy", self.policy),
                ("organization_required_mfa_policy", self.organization_required_mfa_policy),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        factors = []
        for factors_item_data in self.factors:
            factors_item: str = factors_item_data
            factors.append(factors_item)

        policy: str = self.policy

        organization_required_mfa_policy: str | Unset = UNSET
        if not isinstance(self.organization_required_mfa_policy, Unset):
            organization_required_mfa_policy = self.organization_required_mfa_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "factors": factors,
                "policy": policy,
            }
        )
        if organization_required_mfa_policy is not UNSET:
            field_dict["organizationRequiredMfaPolicy"] = organization_required_mfa_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            factors = []
            _factors = d["factors"]
            for factors_item_data in _factors:
                factors_item = check_mfa_verification_factor(factors_item_data)

                factors.append(factors_item)

            policy = check_mfa_policy(d["policy"])

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                organization_required_mfa_policy = UNSET
            else:
                _organization_required_mfa_policy = d.get("organizationRequiredMfaPolicy", UNSET)
                organization_required_mfa_policy: MfaOrganizationRequiredMfaPolicy | Unset
                if isinstance(_organization_required_mfa_policy, Unset):
                    organization_required_mfa_policy = UNSET
                else:
                    organization_required_mfa_policy = check_mfa_organization_required_mfa_policy(
                        _organization_required_mfa_policy
                    )

            _instance = cls.__new__(cls)
            _instance.factors = factors
            _instance.policy = policy
            _instance.organization_required_mfa_policy = organization_required_mfa_policy
            if len(d) == 2 + ("organizationRequiredMfaPolicy" in d):
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
    "factors": "factors",
    "policy": "policy",
    "organizationRequiredMfaPolicy": "organization_required_mfa_policy",
}
_JSON_NAMES = frozenset(
    (
        "factors",
        "policy",
        "organizationRequiredMfaPolicy",
    )
)
