from typing import Literal

MfaOrganizationRequiredMfaPolicy = Literal["Mandatory", "NoPrompt"]

MFA_ORGANIZATION_REQUIRED_MFA_POLICY_VALUES: set[MfaOrganizationRequiredMfaPolicy] = {
    "Mandatory",
    "NoPrompt",
}


def check_mfa_organization_required_mfa_policy(value: str) -> MfaOrganizationRequiredMfaPolicy:
    if value in MFA_ORGANIZATION_REQUIRED_MFA_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MFA_ORGANIZATION_REQUIRED_MFA_POLICY_VALUES!r}"
    )
