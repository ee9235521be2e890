from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_payload_kind import SessionPayloadKind, check_session_payload_kind
from ..types import UNSET, Unset

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
        d = dict(src_dict)
        exp = d.pop("exp")

        iat = d.pop("iat")

        jti = d.pop("jti")

        uid = d.pop("uid")

        kind = check_session_payload_kind(d.pop("kind"))

        login_ts = d.pop("loginTs")

        account_id = d.pop("accountId")

        _authorizations = d.pop("authorizations", UNSET)
        authorizations: SessionPayloadAuthorizations | Unset
        if isinstance(_authorizations, Unset):
            authorizations = UNSET
        else:
            authorizations = SessionPayloadAuthorizations.from_dict(_authorizations)

        session_payload = cls(
            exp=exp,
            iat=iat,
            jti=jti,
            uid=uid,
            kind=kind,
            login_ts=login_ts,
            account_id=account_id,
            authorizations=authorizations,
        )

        session_payload.additional_properties = d
        return session_payload

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


from ..models.session_payload_authorizations import SessionPayloadAuthorizations  # noqa: E402
