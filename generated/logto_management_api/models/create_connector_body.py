from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MASKED, MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateConnectorBody")


@_attrs_define
class CreateConnectorBody:
    connector_id: str
    """ The connector factory ID for creating the connector. """
    config: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    metadata: Metadata | Unset = UNSET
    sync_profile: bool | Unset = UNSET
    """ Whether to sync user profile from the identity provider to Logto at each sign-in. If `false`, the user
    profile will only be synced when the user is created. """
    enable_token_storage: bool | Unset = UNSET
    id: str | Unset = UNSET
    """ The unique ID for the connector. If not provided, a random ID will be generated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("connector_id", self.connector_id),
                ("config", MASKED if self.config else self.config),
                ("metadata", self.metadata),
                ("sync_profile", self.sync_profile),
                ("enable_token_storage", self.enable_token_storage),
                ("id", self.id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = dict(self.config)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        sync_profile = self.sync_profile

        enable_token_storage = self.enable_token_storage

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectorId": connector_id,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sync_profile is not UNSET:
            field_dict["syncProfile"] = sync_profile
        if enable_token_storage is not UNSET:
            field_dict["enableTokenStorage"] = enable_token_storage
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            connector_id = d["connectorId"]

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                config = UNSET
                metadata = UNSET
                sync_profile = UNSET
                enable_token_storage = UNSET
                id = UNSET
            else:
                _config = d.get("config", UNSET)
                config: JsonObject | Unset
                if isinstance(_config, Unset):
                    config = UNSET
                else:
                    config = dict(_config)

                _metadata = d.get("metadata", UNSET)
                metadata: Metadata | Unset
                if isinstance(_metadata, Unset):
                    metadata = UNSET
                else:
                    metadata = Metadata.from_dict(_metadata)

                sync_profile = d.get("syncProfile", UNSET)

                enable_token_storage = d.get("enableTokenStorage", UNSET)

                id = d.get("id", UNSET)

            _instance = cls.__new__(cls)
            _instance.connector_id = connector_id
            _instance.config = config
            _instance.metadata = metadata
            _instance.sync_profile = sync_profile
            _instance.enable_token_storage = enable_token_storage
            _instance.id = id
            if len(d) == 1 or d.keys() <= _JSON_NAMES:
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
    "connectorId": "connector_id",
    "config": "config",
    "metadata": "metadata",
    "syncProfile": "sync_profile",
    "enableTokenStorage": "enable_token_storage",
    "id": "id",
}
_JSON_NAMES = frozenset(
    (
        "connectorId",
        "config",
        "metadata",
        "syncProfile",
        "enableTokenStorage",
        "id",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
