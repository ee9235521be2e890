from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mfa_phone_verification_code_verification_record_type import (
    MfaPhoneVerificationCodeVerificationRecordType,
    check_mfa_phone_verification_code_verification_record_type,
)
from ..models.template_type import TemplateType, check_template_type
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.phone_verification_code_verification_record_identifier import (
        PhoneVerificationCodeVerificationRecordIdentifier,
    )


T = TypeVar("T", bound="MfaPhoneVerificationCodeVerificationRecord")


@_attrs_define
class MfaPhoneVerificationCodeVerificationRecord:
    id: str
    template_type: TemplateType
    verified: bool
    type_: MfaPhoneVerificationCodeVerificationRecordType
    identifier: PhoneVerificationCodeVerificationRecordIdentifier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("template_type", self.template_type),
                ("verified", self.verified),
                ("type_", self.type_),
                ("identifier", self.identifier),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        template_type: str = self.template_type

        verified = self.verified

        type_: str = self.type_

        identifier = self.identifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "templateType": template_type,
                "verified": verified,
                "type": type_,
                "identifier": identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            template_type = check_template_type(d["templateType"])

            verified = d["verified"]

            type_ = check_mfa_phone_verification_code_verification_record_type(d["type"])

            identifier = PhoneVerificationCodeVerificationRecordIdentifier.from_dict(
                d["identifier"]
            )

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.template_type = template_type
            _instance.verified = verified
            _instance.type_ = type_
            _instance.identifier = identifier
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
    "id": "id",
    "templateType": "template_type",
    "verified": "verified",
    "type": "type_",
    "identifier": "identifier",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "templateType",
        "verified",
        "type",
        "identifier",
    )
)


from ..models.phone_verification_code_verification_record_identifier import (
    PhoneVerificationCodeVerificationRecordIdentifier,  # noqa: E402
)
