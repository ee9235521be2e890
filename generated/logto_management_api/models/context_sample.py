from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.context_application import ContextApplication
    from ..models.context_sample_organization import ContextSampleOrganization
    from ..models.context_sample_user import ContextSampleUser
    from ..models.grant import Grant
    from ..models.interaction import Interaction


T = TypeVar("T", bound="ContextSample")


@_attrs_define
class ContextSample:
    user: ContextSampleUser
    grant: Grant | Unset = UNSET
    interaction: Interaction | Unset = UNSET
    application: ContextApplication | Unset = UNSET
    organization: ContextSampleOrganization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("user", self.user),
                ("grant", self.grant),
                ("interaction", self.interaction),
                ("application", self.application),
                ("organization", self.organization),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grant, Unset):
            grant = self.grant.to_dict()

        interaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interaction, Unset):
            interaction = self.interaction.to_dict()

        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if grant is not UNSET:
            field_dict["grant"] = grant
        if interaction is not UNSET:
            field_dict["interaction"] = interaction
        if application is not UNSET:
            field_dict["application"] = application
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            user = ContextSampleUser.from_dict(d["user"])

            if len(d) == 1:  # only the required keys: every optional one is UNSET
                grant = UNSET
                interaction = UNSET
                application = UNSET
                organization = UNSET
            else:
                _grant = d.get("grant", UNSET)
                grant: Grant | Unset
                if isinstance(_grant, Unset):
                    grant = UNSET
                else:
                    grant = Grant.from_dict(_grant)

                _interaction = d.get("interaction", UNSET)
                interaction: Interaction | Unset
                if isinstance(_interaction, Unset):
                    interaction = UNSET
                else:
                    interaction = Interaction.from_dict(_interaction)

                _application = d.get("application", UNSET)
                application: ContextApplication | Unset
                if isinstance(_application, Unset):
                    application = UNSET
                else:
                    application = ContextApplication.from_dict(_application)

                _organization = d.get("organization", UNSET)
                organization: ContextSampleOrganization | Unset
                if isinstance(_organization, Unset):
                    organization = UNSET
                else:
                    organization = ContextSampleOrganization.from_dict(_organization)

            _instance = cls.__new__(cls)
            _instance.user = user
            _instance.grant = grant
            _instance.interaction = interaction
            _instance.application = application
            _instance.organization = organization
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
    "user": "user",
    "grant": "grant",
    "interaction": "interaction",
    "application": "application",
    "organization": "organization",
}
_JSON_NAMES = frozenset(
    (
        "user",
        "grant",
        "interaction",
        "application",
        "organization",
    )
)


from ..models.context_application import ContextApplication  # noqa: E402
from ..models.context_sample_organization import ContextSampleOrganization  # noqa: E402
from ..models.context_sample_user import ContextSampleUser  # noqa: E402
from ..models.grant import Grant  # noqa: E402
from ..models.interaction import Interaction  # noqa: E402
