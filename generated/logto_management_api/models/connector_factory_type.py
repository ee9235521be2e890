from typing import Literal

ConnectorFactoryType = Literal["Email", "Sms", "Social"]

CONNECTOR_FACTORY_TYPE_VALUES: set[ConnectorFactoryType] = {
    "Email",
    "Sms",
    "Social",
}


def check_connector_factory_type(value: str) -> ConnectorFactoryType:
    if value in CONNECTOR_FACTORY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONNECTOR_FACTORY_TYPE_VALUES!r}"
    )
