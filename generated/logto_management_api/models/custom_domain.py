from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_domain_status import CustomDomainStatus, check_custom_domain_status
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.cloudflare_data import CloudflareData
    from ..models.dns_record import DnsRecord


T = TypeVar("T", bound="CustomDomain")


@_attrs_define
class CustomDomain:
    domain: str
    status: CustomDomainStatus
    error_message: None | str
    dns_records: list[DnsRecord]
    cloudflare_data: CloudflareData | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("domain", self.domain),
                ("status", self.status),
                ("error_message", self.error_message),
                ("dns_records", self.dns_records),
                ("cloudflare_data", self.cloudflare_data),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        status: str = self.status

        error_message: None | str
        error_message = self.error_message

        dns_records = []
        for dns_records_item_data in self.dns_records:
            dns_records_item = dns_records_item_data.to_dict()
            dns_records.append(dns_records_item)

        cloudflare_data: dict[str, Any] | None
        if isinstance(self.cloudflare_data, CloudflareData):
            cloudflare_data = self.cloudflare_data.to_dict()
        else:
            cloudflare_data = self.cloudflare_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "status": status,
                "errorMessage": error_message,
                "dnsRecords": dns_records,
                "cloudflareData": cloudflare_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            domain = d["domain"]

            status = check_custom_domain_status(d["status"])

            error_message: None | str = d["errorMessage"]

            dns_records = []
            _dns_records = d["dnsRecords"]
            for dns_records_item_data in _dns_records:
                dns_records_item = DnsRecord.from_dict(dns_records_item_data)

                dns_records.append(dns_records_item)

            _cloudflare_data_data = d["cloudflareData"]
            cloudflare_data: CloudflareData | None
            if _cloudflare_data_data is None:
                cloudflare_data = _cloudflare_data_data
            else:

                def _parse_cloudflare_data(data: object) -> CloudflareData | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        cloudflare_data_type_1 = CloudflareData.from_dict(data)

                        return cloudflare_data_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(CloudflareData | None, data)

                cloudflare_data = _parse_cloudflare_data(_cloudflare_data_data)

            _instance = cls.__new__(cls)
            _instance.domain = domain
            _instance.status = status
            _instance.error_message = error_message
            _instance.dns_records = dns_records
            _instance.cloudflare_data = cloudflare_data
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
    "domain": "domain",
    "status": "status",
    "errorMessage": "error_message",
    "dnsRecords": "dns_records",
    "cloudflareData": "cloudflare_data",
}
_JSON_NAMES = frozenset(
    (
        "domain",
        "status",
        "errorMessage",
        "dnsRecords",
        "cloudflareData",
    )
)


from ..models.cloudflare_data import CloudflareData  # noqa: E402
from ..models.dns_record import DnsRecord  # noqa: E402
