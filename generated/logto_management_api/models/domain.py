from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_status import DomainStatus, check_domain_status
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.dns_record import DnsRecord


T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """Older Logto releases omit createdAt (≥ 1.36.0)."""

    id: str
    domain: str
    status: DomainStatus
    error_message: None | str
    dns_records: list[DnsRecord]
    created_at: float | Unset = UNSET
    """ Epoch milliseconds. Sent by Logto 1.36.0 and later; older releases omit it (UNSET then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("domain", self.domain),
                ("status", self.status),
                ("error_message", self.error_message),
                ("dns_records", self.dns_records),
                ("created_at", self.created_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        domain = self.domain

        status: str = self.status

        error_message: None | str
        error_message = self.error_message

        dns_records = []
        for dns_records_item_data in self.dns_records:
            dns_records_item = dns_records_item_data.to_dict()
            dns_records.append(dns_records_item)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "domain": domain,
                "status": status,
                "errorMessage": error_message,
                "dnsRecords": dns_records,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            domain = d["domain"]

            status = check_domain_status(d["status"])

            error_message: None | str = d["errorMessage"]

            dns_records = []
            _dns_records = d["dnsRecords"]
            for dns_records_item_data in _dns_records:
                dns_records_item = DnsRecord.from_dict(dns_records_item_data)

                dns_records.append(dns_records_item)

            if len(d) == 5:  # only the required keys: every optional one is UNSET
                created_at = UNSET
            else:
                created_at = d.get("createdAt", UNSET)

            _instance = cls.__new__(cls)
            _instance.id = id
            _instance.domain = domain
            _instance.status = status
            _instance.error_message = error_message
            _instance.dns_records = dns_records
            _instance.created_at = created_at
            if len(d) == 5 + ("createdAt" in d):
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
    "domain": "domain",
    "status": "status",
    "errorMessage": "error_message",
    "dnsRecords": "dns_records",
    "createdAt": "created_at",
}
_JSON_NAMES = frozenset(
    (
        "id",
        "domain",
        "status",
        "errorMessage",
        "dnsRecords",
        "createdAt",
    )
)


from ..models.dns_record import DnsRecord  # noqa: E402
