from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_type import TemplateType, check_template_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.details import Details


T = TypeVar("T", bound="ReplaceEmailTemplatesBodyTemplatesItem")


@_attrs_define
class ReplaceEmailTemplatesBodyTemplatesItem:
    language_tag: str
    """ The language tag of the email template, e.g., `en` or `fr`. """
    template_type: TemplateType
    details: Details
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("language_tag", self.language_tag),
                ("template_type", self.template_type),
                ("details", self.details),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        language_tag = self.language_tag

        template_type: str = self.template_type

        details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "languageTag": language_tag,
                "templateType": template_type,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language_tag = d.pop("languageTag")

        template_type = check_template_type(d.pop("templateType"))

        details = Details.from_dict(d.pop("details"))

        replace_email_templates_body_templates_item = cls(
            language_tag=language_tag,
            template_type=template_type,
            details=details,
        )

        replace_email_templates_body_templates_item.additional_properties = d
        return replace_email_templates_body_templates_item

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


from ..models.details import Details  # noqa: E402
