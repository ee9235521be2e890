from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_payload_kind import SessionPayloadKind, check_session_payload_kind
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.session_payload_authorizations import SessionPayloadAuthorizations


T = TypeVar("T", bound="SessionPayload")


@_attrs_define
class SessionPayload:
    exp: float
    iat: float
    jti: str
    uid: str
    kind: SessionPayloadKind
    login_ts: float
    account_id: str
    authorizations: SessionPayloadAuthorizations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("exp", self.exp),
                ("iat", self.iat),
                ("jti", self.jti),
                ("uid", self.uid),
                ("kind", self.kind),
                ("login_ts", self.login_ts),
                ("account_id", self.account_id),
                ("authorizations", self.authorizations),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        exp = self.exp

        iat = self.iat

        jti = self.jti

        uid = self.uid

        kind: str = self.kind

        login_ts = self.login_ts

        account_id = self.account_id

        authorizations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorizations, Unset):
            authorizations = self.authorizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exp": exp,
                "iat": iat,
                "jti": jti,
                "uid": uid,
                "kind": kind,
                "loginTs": login_ts,
                "accountId": account_id,
            }
        )
        if authorizations is not UNSET:
            field_dict["authorizations"] = authorizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            exp = d["exp"]

            iat = d["iat"]

            jti = d["jti"]

            uid = d["uid"]

            kind = check_session_payload_kind(d["kind"])

            login_ts = d["loginTs"]

            account_id = d["accountId"]

            if len(d) == 7:  # only the required keys: every optional one is UNSET
                authorizations = UNSET
            else:
                _authorizations = d.get("authorizations", UNSET)
                authorizations: SessionPayloadAuthorizations | Unset
                if isinstance(_authorizations, Unset):
                    authorizations = UNSET
                else:
                    authorizations = SessionPayloadAuthorizations.from_dict(_authorizations)

            _instance = cls.__new__(cls)
            _instance.exp = exp
            _instance.iat = iat
            _instance.jti = jti
            _instance.uid = uid
            _instance.kind = kind
            _instance.login_ts = login_ts
            _instance.account_id = account_id
            _instance.authorizations = authorizations
            if len(d) == 7 + ("authorizations" in d):
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
    "exp": "exp",
    "iat": "iat",
    "jti": "jti",
    "uid": "uid",
    "kind": "kind",
    "loginTs": "login_ts",
    "accountId": "account_id",
    "authorizations": "authorizations",
}
_JSON_NAMES = frozenset(
    (
        "exp",
        "iat",
        "jti",
        "uid",
        "kind",
        "loginTs",
        "accountId",
        "authorizations",
    )
)


from ..models.session_payload_authorizations import SessionPayloadAuthorizations  # noqa: E402
