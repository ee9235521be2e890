from typing import Literal, cast

ListApplicationsIsThirdPartyType0 = Literal["true"]

LIST_APPLICATIONS_IS_THIRD_PARTY_TYPE_0_VALUES: set[ListApplicationsIsThirdPartyType0] = {
    "true",
}


def check_list_applications_is_third_party_type_0(value: str) -> ListApplicationsIsThirdPartyType0:
    if value in LIST_APPLICATIONS_IS_THIRD_PARTY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_APPLICATIONS_IS_THIRD_PARTY_TYPE_0_VALUES!r}"
    )
