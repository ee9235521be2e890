from typing import Literal, cast

MfaOrganizationRequiredMfaPolicy = Literal["Mandatory", "NoPrompt"]

MFA_ORGANIZATION_REQUIRED_MFA_POLICY_VALUES: set[MfaOrganizationRequiredMfaPolicy] = {
    "Mandatory",
    "NoPrompt",
}


def check_mfa_organization_required_mfa_policy(value: str) -> MfaOrganizationRequiredMfaPolicy:
    """A value of a newer Logto passes through unchanged: a new enum value must not make a whole
    answer unreadable. (One-value enums stay strict: they tell the variants of a union apart.)"""
    return cast(MfaOrganizationRequiredMfaPolicy, value)
