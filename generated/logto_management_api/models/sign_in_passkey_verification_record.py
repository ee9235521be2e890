from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sign_in_passkey_verification_record_type import (
    SignInPasskeyVerificationRecordType,
    check_sign_in_passkey_verification_record_type,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

T = TypeVar("T", bound="SignInPasskeyVerificationRecord")


@_attrs_define
class SignInPasskeyVerificationRecord:
    id: str
    verified: bool
    type_: SignInPasskeyVerificationRecordType
    registration_rp_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("verified", self.verified),
                ("type_", self.type_),
                ("registration_rp_id", self.registration_rp_id),
                ("user_id", self.user_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        verified = self.verified

        type_: str = self.type_

        registration_rp_id = self.registration_rp_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "verified": verified,
                "type": type_,
            }
        )
        if registration_rp_id is not UNSET:
            field_dict["registrationRpId"] = registration_rp_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            verified = d["verified"]

            type_ = check_sign_in_passkey_verification_record_type(d["type"])

            if len(d) == 3:  # only the required keys: every optional one is UNSET
                registration_rp_id = UNSET
                user_id = UNSET
            else:
                registration_rp_id = d.get("registrationRpId", UNSET)

                user_id = d.get("userId", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.verified = verified
            _instance.type_ = type_
            _instance.registration_rp_id = registration_rp_id
            _instance.user_id = user_id
            if len(d) == 3 + ("registrationRpId" in d) + ("userId" in d):
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
    "verified": "verified",
    "type": "type_",
    "registrationRpId": "registration_rp_id",
    "userId": "user_id",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "verified",
        "type",
        "registrationRpId",
        "userId",
    )
)
