from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_factory_type import (
    ConnectorFactoryType,
    check_connector_factory_type,
)
from ..models.social_connector_platform import (
    SocialConnectorPlatform,
    check_social_connector_platform,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.form_item import FormItem
    from ..models.i18n_phrases import I18NPhrases
    from ..models.json_object import JsonObject
    from ..models.multi_select_form_item import MultiSelectFormItem
    from ..models.select_form_item import SelectFormItem


T = TypeVar("T", bound="ConnectorFactory")


@_attrs_define
class ConnectorFactory:
    type_: ConnectorFactoryType
    id: str
    target: str
    name: I18NPhrases
    description: I18NPhrases
    logo: str
    logo_dark: None | str
    readme: str
    platform: None | SocialConnectorPlatform
    is_demo: bool | Unset = UNSET
    config_template: str | Unset = UNSET
    form_items: list[FormItem | MultiSelectFormItem | SelectFormItem] | Unset = UNSET
    custom_data: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    from_email: str | Unset = UNSET
    is_standard: bool | Unset = UNSET
    is_token_storage_supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("type_", self.type_),
                ("id", self.id),
                ("target", self.target),
                ("name", self.name),
                ("description", self.description),
                ("logo", self.logo),
                ("logo_dark", self.logo_dark),
                ("readme", self.readme),
                ("platform", self.platform),
                ("is_demo", self.is_demo),
                ("config_template", self.config_template),
                ("form_items", self.form_items),
                ("custom_data", self.custom_data),
                ("from_email", self.from_email),
                ("is_standard", self.is_standard),
                ("is_token_storage_supported", self.is_token_storage_supported),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        target = self.target

        name = self.name.to_dict()

        description = self.description.to_dict()

        logo = self.logo

        logo_dark: None | str
        logo_dark = self.logo_dark

        readme = self.readme

        platform: None | str
        if isinstance(self.platform, str):
            platform = self.platform
        else:
            platform = self.platform

        is_demo = self.is_demo

        config_template = self.config_template

        form_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.form_items, Unset):
            form_items = []
            for form_items_item_data in self.form_items:
                form_items_item: dict[str, Any]
                if isinstance(form_items_item_data, SelectFormItem):
                    form_items_item = form_items_item_data.to_dict()
                elif isinstance(form_items_item_data, MultiSelectFormItem):
                    form_items_item = form_items_item_data.to_dict()
                else:
                    form_items_item = form_items_item_data.to_dict()

                form_items.append(form_items_item)

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = dict(self.custom_data)

        from_email = self.from_email

        is_standard = self.is_standard

        is_token_storage_supported = self.is_token_storage_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "target": target,
                "name": name,
                "description": description,
                "logo": logo,
                "logoDark": logo_dark,
                "readme": readme,
                "platform": platform,
            }
        )
        if is_demo is not UNSET:
            field_dict["isDemo"] = is_demo
        if config_template is not UNSET:
            field_dict["configTemplate"] = config_template
        if form_items is not UNSET:
            field_dict["formItems"] = form_items
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email
        if is_standard is not UNSET:
            field_dict["isStandard"] = is_standard
        if is_token_storage_supported is not UNSET:
            field_dict["isTokenStorageSupported"] = is_token_storage_supported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            type_ = check_connector_factory_type(d["type"])

            id = d["id"]

            target = d["target"]

            name = I18NPhrases.from_dict(d["name"])

            description = I18NPhrases.from_dict(d["description"])

            logo = d["logo"]

            logo_dark: None | str = d["logoDark"]

            readme = d["readme"]

            _platform_data = d["platform"]
            platform: None | SocialConnectorPlatform
            if _platform_data is None:
                platform = _platform_data
            else:

                def _parse_platform(data: object) -> None | SocialConnectorPlatform:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        platform_type_1 = check_social_connector_platform(data)

                        return platform_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | SocialConnectorPlatform, data)

                platform = _parse_platform(_platform_data)

            if len(d) == 9:  # only the required keys: every optional one is UNSET
                is_demo = UNSET
                config_template = UNSET
                form_items = UNSET
                custom_data = UNSET
                from_email = UNSET
                is_standard = UNSET
                is_token_storage_supported = UNSET
            else:
                is_demo = d.get("isDemo", UNSET)

                config_template = d.get("configTemplate", UNSET)

                _form_items = d.get("formItems", UNSET)
                form_items: list[FormItem | MultiSelectFormItem | SelectFormItem] | Unset = UNSET
                if _form_items is not UNSET:
                    form_items = []
                    for form_items_item_data in _form_items:

                        def _parse_form_items_item(
                            data: object,
                        ) -> FormItem | MultiSelectFormItem | SelectFormItem:
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                form_items_item_type_0 = SelectFormItem.from_dict(data)

                                return form_items_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                form_items_item_type_1 = MultiSelectFormItem.from_dict(data)

                                return form_items_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            form_items_item_type_2 = FormItem.from_dict(data)

                            return form_items_item_type_2

                        form_items_item = _parse_form_items_item(form_items_item_data)

                        form_items.append(form_items_item)

                _custom_data = d.get("customData", UNSET)
                custom_data: JsonObject | Unset
                if isinstance(_custom_data, Unset):
                    custom_data = UNSET
                else:
                    custom_data = dict(_custom_data)

                from_email = d.get("fromEmail", UNSET)

                is_standard = d.get("isStandard", UNSET)

                is_token_storage_supported = d.get("isTokenStorageSupported", UNSET)

            _instance = cls.__new__(cls)
            _instance.type_ = type_
            _instance.id = id
            _instance.target = target
            _instance.name = name
            _instance.description = description
            _instance.logo = logo
            _instance.logo_dark = logo_dark
            _instance.readme = readme
            _instance.platform = platform
            _instance.is_demo = is_demo
            _instance.config_template = config_template
            _instance.form_items = form_items
            _instance.custom_data = custom_data
            _instance.from_email = from_email
            _instance.is_standard = is_standard
            _instance.is_token_storage_supported = is_token_storage_supported
            if len(d) == 9 + ("isDemo" in d) + ("configTemplate" in d) + ("formItems" in d) + (
                "customData" in d
            ) + ("fromEmail" in d) + ("isStandard" in d) + ("isTokenStorageSupported" in d):
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
    "type": "type_",
    "id": "id",
    "target": "target",
    "name": "name",
    "description": "description",
    "logo": "logo",
    "logoDark": "logo_dark",
    "readme": "readme",
    "platform": "platform",
    "isDemo": "is_demo",
    "configTemplate": "config_template",
    "formItems": "form_items",
    "customData": "custom_data",
    "fromEmail": "from_email",
    "isStandard": "is_standard",
    "isTokenStorageSupported": "is_token_storage_supported",
}
_JSON_NAMES = frozenset(
    (
        "type",
        "id",
        "target",
        "name",
        "description",
        "logo",
        "logoDark",
        "readme",
        "platform",
        "isDemo",
        "configTemplate",
        "formItems",
        "customData",
        "fromEmail",
        "isStandard",
        "isTokenStorageSupported",
    )
)


from ..models.form_item import FormItem  # noqa: E402
from ..models.i18n_phrases import I18NPhrases  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.multi_select_form_item import MultiSelectFormItem  # noqa: E402
from ..models.select_form_item import SelectFormItem  # noqa: E402
