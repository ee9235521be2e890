from typing import Literal, cast

ListApplicationsIsThirdPartyType1 = Literal["false"]

LIST_APPLICATIONS_IS_THIRD_PARTY_TYPE_1_VALUES: set[ListApplicationsIsThirdPartyType1] = {
    "false",
}


def check_list_applications_is_third_party_type_1(value: str) -> ListApplicationsIsThirdPartyType1:
    if value in LIST_APPLICATIONS_IS_THIRD_PARTY_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_APPLICATIONS_IS_THIRD_PARTY_TYPE_1_VALUES!r}"
    )
