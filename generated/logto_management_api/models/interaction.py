from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interaction_interaction_event import (
    InteractionInteractionEvent,
    check_interaction_interaction_event,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.backup_code_verification_record import BackupCodeVerificationRecord
    from ..models.email_verification_code_verification_record import (
        EmailVerificationCodeVerificationRecord,
    )
    from ..models.enterprise_sso_verification_record import (
        EnterpriseSsoVerificationRecord,
    )
    from ..models.mfa_email_verification_code_verification_record import (
        MfaEmailVerificationCodeVerificationRecord,
    )
    from ..models.mfa_phone_verification_code_verification_record import (
        MfaPhoneVerificationCodeVerificationRecord,
    )
    from ..models.new_password_identity_verification_record import (
        NewPasswordIdentityVerificationRecord,
    )
    from ..models.one_time_token_verification_record import OneTimeTokenVerificationRecord
    from ..models.password_verification_record import PasswordVerificationRecord
    from ..models.phone_verification_code_verification_record import (
        PhoneVerificationCodeVerificationRecord,
    )
    from ..models.sign_in_passkey_verification_record import (
        SignInPasskeyVerificationRecord,
    )
    from ..models.social_verification_record import SocialVerificationRecord
    from ..models.string_map import StringMap
    from ..models.totp_verification_record import TotpVerificationRecord
    from ..models.web_authn_verification_record import WebAuthnVerificationRecord


T = TypeVar("T", bound="Interaction")


@_attrs_define
class Interaction:
    interaction_event: InteractionInteractionEvent | Unset = UNSET
    user_id: str | Unset = UNSET
    verification_records: (
        list[
            BackupCodeVerificationRecord
            | EmailVerificationCodeVerificationRecord
            | EnterpriseSsoVerificationRecord
            | MfaEmailVerificationCodeVerificationRecord
            | MfaPhoneVerificationCodeVerificationRecord
            | NewPasswordIdentityVerificationRecord
            | OneTimeTokenVerificationRecord
            | PasswordVerificationRecord
            | PhoneVerificationCodeVerificationRecord
            | SignInPasskeyVerificationRecord
            | SocialVerificationRecord
            | TotpVerificationRecord
            | WebAuthnVerificationRecord
        ]
        | Unset
    ) = UNSET
    sign_in_context: StringMap | Unset = UNSET
    """ A JSON object whose values are strings (headers, environment variables). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("interaction_event", self.interaction_event),
                ("user_id", self.user_id),
                ("verification_records", self.verification_records),
                ("sign_in_context", self.sign_in_context),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        interaction_event: str | Unset = UNSET
        if not isinstance(self.interaction_event, Unset):
            interaction_event = self.interaction_event

        user_id = self.user_id

        verification_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.verification_records, Unset):
            verification_records = []
            for verification_records_item_data in self.verification_records:
                verification_records_item: dict[str, Any]
                if isinstance(verification_records_item_data, PasswordVerificationRecord):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(
                    verification_records_item_data, EmailVerificationCodeVerificationRecord
                ):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(
                    verification_records_item_data, PhoneVerificationCodeVerificationRecord
                ):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(
                    verification_records_item_data, MfaEmailVerificationCodeVerificationRecord
                ):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(
                    verification_records_item_data, MfaPhoneVerificationCodeVerificationRecord
                ):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(verification_records_item_data, SocialVerificationRecord):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(verification_records_item_data, EnterpriseSsoVerificationRecord):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(verification_records_item_data, TotpVerificationRecord):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(verification_records_item_data, BackupCodeVerificationRecord):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(verification_records_item_data, WebAuthnVerificationRecord):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(verification_records_item_data, SignInPasskeyVerificationRecord):
                    verification_records_item = verification_records_item_data.to_dict()
                elif isinstance(verification_records_item_data, OneTimeTokenVerificationRecord):
                    verification_records_item = verification_records_item_data.to_dict()
                else:
                    verification_records_item = verification_records_item_data.to_dict()

                verification_records.append(verification_records_item)

        sign_in_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sign_in_context, Unset):
            sign_in_context = dict(self.sign_in_context)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interaction_event is not UNSET:
            field_dict["interactionEvent"] = interaction_event
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if verification_records is not UNSET:
            field_dict["verificationRecords"] = verification_records
        if sign_in_context is not UNSET:
            field_dict["signInContext"] = sign_in_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                interaction_event = UNSET
                user_id = UNSET
                verification_records = UNSET
                sign_in_context = UNSET
            else:
                _interaction_event = d.get("interactionEvent", UNSET)
                interaction_event: InteractionInteractionEvent | Unset
                if isinstance(_interaction_event, Unset):
                    interaction_event = UNSET
                else:
                    interaction_event = check_interaction_interaction_event(_interaction_event)

                user_id = d.get("userId", UNSET)

                _verification_records = d.get("verificationRecords", UNSET)
                verification_records: (
                    list[
                        BackupCodeVerificationRecord
                        | EmailVerificationCodeVerificationRecord
                        | EnterpriseSsoVerificationRecord
                        | MfaEmailVerificationCodeVerificationRecord
                        | MfaPhoneVerificationCodeVerificationRecord
                        | NewPasswordIdentityVerificationRecord
                        | OneTimeTokenVerificationRecord
                        | PasswordVerificationRecord
                        | PhoneVerificationCodeVerificationRecord
                        | SignInPasskeyVerificationRecord
                        | SocialVerificationRecord
                        | TotpVerificationRecord
                        | WebAuthnVerificationRecord
                    ]
                    | Unset
                ) = UNSET
                if _verification_records is not UNSET:
                    verification_records = []
                    for verification_records_item_data in _verification_records:

                        def _parse_verification_records_item(
                            data: object,
                        ) -> (
                            BackupCodeVerificationRecord
                            | EmailVerificationCodeVerificationRecord
                            | EnterpriseSsoVerificationRecord
                            | MfaEmailVerificationCodeVerificationRecord
                            | MfaPhoneVerificationCodeVerificationRecord
                            | NewPasswordIdentityVerificationRecord
                            | OneTimeTokenVerificationRecord
                            | PasswordVerificationRecord
                            | PhoneVerificationCodeVerificationRecord
                            | SignInPasskeyVerificationRecord
                            | SocialVerificationRecord
                            | TotpVerificationRecord
                            | WebAuthnVerificationRecord
                        ):
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_0 = (
                                    PasswordVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_1 = (
                                    EmailVerificationCodeVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_2 = (
                                    PhoneVerificationCodeVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_3 = (
                                    MfaEmailVerificationCodeVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_4 = (
                                    MfaPhoneVerificationCodeVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_5 = (
                                    SocialVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_6 = (
                                    EnterpriseSsoVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_7 = TotpVerificationRecord.from_dict(
                                    data
                                )

                                return verification_records_item_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_8 = (
                                    BackupCodeVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_9 = (
                                    WebAuthnVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_10 = (
                                    SignInPasskeyVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                verification_records_item_type_11 = (
                                    OneTimeTokenVerificationRecord.from_dict(data)
                                )

                                return verification_records_item_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            verification_records_item_type_12 = (
                                NewPasswordIdentityVerificationRecord.from_dict(data)
                            )

                            return verification_records_item_type_12

                        verification_records_item = _parse_verification_records_item(
                            verification_records_item_data
                        )

                        verification_records.append(verification_records_item)

                _sign_in_context = d.get("signInContext", UNSET)
                sign_in_context: StringMap | Unset
                if isinstance(_sign_in_context, Unset):
                    sign_in_context = UNSET
                else:
                    sign_in_context = dict(_sign_in_context)

            _instance = cls.__new__(cls)
            _instance.interaction_event = interaction_event
            _instance.user_id = user_id
            _instance.verification_records = verification_records
            _instance.sign_in_context = sign_in_context
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
    "interactionEvent": "interaction_event",
    "userId": "user_id",
    "verificationRecords": "verification_records",
    "signInContext": "sign_in_context",
}
_JSON_NAMES = frozenset(
    (
        "interactionEvent",
        "userId",
        "verificationRecords",
        "signInContext",
    )
)


from ..models.backup_code_verification_record import BackupCodeVerificationRecord  # noqa: E402
from ..models.email_verification_code_verification_record import (
    EmailVerificationCodeVerificationRecord,  # noqa: E402
)
from ..models.enterprise_sso_verification_record import EnterpriseSsoVerificationRecord  # noqa: E402
from ..models.mfa_email_verification_code_verification_record import (
    MfaEmailVerificationCodeVerificationRecord,  # noqa: E402
)
from ..models.mfa_phone_verification_code_verification_record import (
    MfaPhoneVerificationCodeVerificationRecord,  # noqa: E402
)
from ..models.new_password_identity_verification_record import (
    NewPasswordIdentityVerificationRecord,  # noqa: E402
)
from ..models.one_time_token_verification_record import OneTimeTokenVerificationRecord  # noqa: E402
from ..models.password_verification_record import PasswordVerificationRecord  # noqa: E402
from ..models.phone_verification_code_verification_record import (
    PhoneVerificationCodeVerificationRecord,  # noqa: E402
)
from ..models.sign_in_passkey_verification_record import SignInPasskeyVerificationRecord  # noqa: E402
from ..models.social_verification_record import SocialVerificationRecord  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
from ..models.totp_verification_record import TotpVerificationRecord  # noqa: E402
from ..models.web_authn_verification_record import WebAuthnVerificationRecord  # noqa: E402
