from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.last_submission import LastSubmission
    from ..models.session_payload import SessionPayload


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    payload: SessionPayload
    last_submission: LastSubmission | None
    client_id: None | str
    account_id: None | str
    expires_at: float
    """ Epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("payload", self.payload),
                ("last_submission", self.last_submission),
                ("client_id", self.client_id),
                ("account_id", self.account_id),
                ("expires_at", self.expires_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        last_submission: dict[str, Any] | None
        if isinstance(self.last_submission, LastSubmission):
            last_submission = self.last_submission.to_dict()
        else:
            last_submission = self.last_submission

        client_id: None | str
        client_id = self.client_id

        account_id: None | str
        account_id = self.account_id

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
                "lastSubmission": last_submission,
                "clientId": client_id,
                "accountId": account_id,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            payload = SessionPayload.from_dict(d["payload"])

            _last_submission_data = d["lastSubmission"]
            last_submission: LastSubmission | None
            if _last_submission_data is None:
                last_submission = _last_submission_data
            else:

                def _parse_last_submission(data: object) -> LastSubmission | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        last_submission_type_1 = LastSubmission.from_dict(data)

                        return last_submission_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(LastSubmission | None, data)

                last_submission = _parse_last_submission(_last_submission_data)

            client_id: None | str = d["clientId"]

            account_id: None | str = d["accountId"]

            expires_at = d["expiresAt"]

            _instance = cls.__new__(cls)
            _instance.payload = payload
            _instance.last_submission = last_submission
            _instance.client_id = client_id
            _instance.account_id = account_id
            _instance.expires_at = expires_at
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
    "payload": "payload",
    "lastSubmission": "last_submission",
    "clientId": "client_id",
    "accountId": "account_id",
    "expiresAt": "expires_at",
}
_JSON_NAMES = frozenset(
    (
        "payload",
        "lastSubmission",
        "clientId",
        "accountId",
        "expiresAt",
    )
)


from ..models.last_submission import LastSubmission  # noqa: E402
from ..models.session_payload import SessionPayload  # noqa: E402
