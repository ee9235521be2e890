from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payload_result import PayloadResult, check_payload_result
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.user_agent_parsed import UserAgentParsed


T = TypeVar("T", bound="Payload")


@_attrs_define
class Payload:
    key: str
    result: PayloadResult
    error: JsonObject | str | Unset = UNSET
    ip: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    user_agent_parsed: UserAgentParsed | Unset = UNSET
    user_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    cimd_client_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    params: JsonObject | Unset = UNSET
    """ A JSON object, as a dict (custom data, profile extras and the like). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("key", self.key),
                ("result", self.result),
                ("error", self.error),
                ("ip", self.ip),
                ("user_agent", self.user_agent),
                ("user_agent_parsed", self.user_agent_parsed),
                ("user_id", self.user_id),
                ("application_id", self.application_id),
                ("cimd_client_id", self.cimd_client_id),
                ("session_id", self.session_id),
                ("params", self.params),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        result: str = self.result

        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, dict):
            error = dict(self.error)
        else:
            error = self.error

        ip = self.ip

        user_agent = self.user_agent

        user_agent_parsed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_agent_parsed, Unset):
            user_agent_parsed = self.user_agent_parsed.to_dict()

        user_id = self.user_id

        application_id = self.application_id

        cimd_client_id = self.cimd_client_id

        session_id = self.session_id

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = dict(self.params)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "result": result,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if ip is not UNSET:
            field_dict["ip"] = ip
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if user_agent_parsed is not UNSET:
            field_dict["userAgentParsed"] = user_agent_parsed
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if cimd_client_id is not UNSET:
            field_dict["cimdClientId"] = cimd_client_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            key = d["key"]

            result = check_payload_result(d["result"])

            if len(d) == 2:  # only the required keys: every optional one is UNSET
                error = UNSET
                ip = UNSET
                user_agent = UNSET
                user_agent_parsed = UNSET
                user_id = UNSET
                application_id = UNSET
                cimd_client_id = UNSET
                session_id = UNSET
                params = UNSET
            else:
                _error_data = d.get("error", UNSET)
                error: JsonObject | str | Unset
                if _error_data is UNSET:
                    error = _error_data
                else:

                    def _parse_error(data: object) -> JsonObject | str | Unset:
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            error_type_0 = dict(data)

                            return error_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(JsonObject | str | Unset, data)

                    error = _parse_error(_error_data)

                ip = d.get("ip", UNSET)

                user_agent = d.get("userAgent", UNSET)

                _user_agent_parsed = d.get("userAgentParsed", UNSET)
                user_agent_parsed: UserAgentParsed | Unset
                if isinstance(_user_agent_parsed, Unset):
                    user_agent_parsed = UNSET
                else:
                    user_agent_parsed = UserAgentParsed.from_dict(_user_agent_parsed)

                user_id = d.get("userId", UNSET)

                application_id = d.get("applicationId", UNSET)

                cimd_client_id = d.get("cimdClientId", UNSET)

                session_id = d.get("sessionId", UNSET)

                _params = d.get("params", UNSET)
                params: JsonObject | Unset
                if isinstance(_params, Unset):
                    params = UNSET
                else:
                    params = dict(_params)

            _instance = cls.__new__(cls)
            _instance.key = key
            _instance.result = result
            _instance.error = error
            _instance.ip = ip
            _instance.user_agent = user_agent
            _instance.user_agent_parsed = user_agent_parsed
            _instance.user_id = user_id
            _instance.application_id = application_id
            _instance.cimd_client_id = cimd_client_id
            _instance.session_id = session_id
            _instance.params = params
            if len(d) == 2 or d.keys() <= _JSON_NAMES:
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
    "key": "key",
    "result": "result",
    "error": "error",
    "ip": "ip",
    "userAgent": "user_agent",
    "userAgentParsed": "user_agent_parsed",
    "userId": "user_id",
    "applicationId": "application_id",
    "cimdClientId": "cimd_client_id",
    "sessionId": "session_id",
    "params": "params",
}
_JSON_NAMES = frozenset(
    (
        "key",
        "result",
        "error",
        "ip",
        "userAgent",
        "userAgentParsed",
        "userId",
        "applicationId",
        "cimdClientId",
        "sessionId",
        "params",
    )
)


from ..models.json_object import JsonObject  # noqa: E402
from ..models.user_agent_parsed import UserAgentParsed  # noqa: E402
