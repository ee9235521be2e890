from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forgot_password_method import (
    ForgotPasswordMethod,
    check_forgot_password_method,
)
from ..models.sign_in_experience_agree_to_terms_policy import (
    SignInExperienceAgreeToTermsPolicy,
    check_sign_in_experience_agree_to_terms_policy,
)
from ..models.sign_in_experience_sign_in_mode import (
    SignInExperienceSignInMode,
    check_sign_in_experience_sign_in_mode,
)
from ..types import MISFITS, UNSET, Unset, check_fields, model_input_error

if TYPE_CHECKING:
    from ..models.adaptive_mfa import AdaptiveMfa
    from ..models.branding import Branding
    from ..models.captcha_policy import CaptchaPolicy
    from ..models.custom_profile_field_ref import CustomProfileFieldRef
    from ..models.custom_ui_assets import CustomUiAssets
    from ..models.custom_ui_csp import CustomUiCsp
    from ..models.email_blocklist_policy import EmailBlocklistPolicy
    from ..models.language_info import LanguageInfo
    from ..models.mfa import Mfa
    from ..models.passkey_sign_in import PasskeySignIn
    from ..models.password_expiration import PasswordExpiration
    from ..models.password_expiration_disabled import PasswordExpirationDisabled
    from ..models.password_policy import PasswordPolicy
    from ..models.sentinel_policy import SentinelPolicy
    from ..models.sign_in import SignIn
    from ..models.sign_in_experience_color import SignInExperienceColor
    from ..models.sign_up import SignUp
    from ..models.social_sign_in import SocialSignIn
    from ..models.string_map import StringMap
    from ..models.username_policy import UsernamePolicy
    from ..models.verification_code_policy import VerificationCodePolicy


T = TypeVar("T", bound="SignInExperience")


@_attrs_define
class SignInExperience:
    """Older Logto releases omit adaptiveMfa (≥ 1.36.0), customUiCsp (≥ 1.42.0), forgotPasswordMethods (≥ 1.32.0),
    hideLogtoBranding (≥ 1.36.0), passkeySignIn (≥ 1.36.0), passwordExpiration (≥ 1.42.0), signUpProfileFields (≥
    1.42.0), usernamePolicy (≥ 1.42.0), verificationCodePolicy (≥ 1.42.0).

    """

    tenant_id: str
    id: str
    color: SignInExperienceColor
    branding: Branding
    language_info: LanguageInfo
    terms_of_use_url: None | str
    privacy_policy_url: None | str
    agree_to_terms_policy: SignInExperienceAgreeToTermsPolicy
    sign_in: SignIn
    sign_up: SignUp
    social_sign_in: SocialSignIn
    social_sign_in_connector_targets: list[str]
    """ Enabled social sign-in connectors, will displayed on the sign-in page. """
    sign_in_mode: SignInExperienceSignInMode
    custom_css: None | str
    custom_content: StringMap
    """ A JSON object whose values are strings (headers, environment variables). """
    custom_ui_assets: CustomUiAssets | None
    password_policy: PasswordPolicy
    mfa: Mfa
    single_sign_on_enabled: bool
    support_email: None | str
    """ The support email address to display on the error pages. """
    support_website_url: None | str
    """ The support website URL to display on the error pages. """
    unknown_session_redirect_url: None | str
    """ The fallback URL to redirect users when the sign-in session does not exist or unknown. Client should
    initiates a new authentication flow after the redirection. """
    captcha_policy: CaptchaPolicy
    sentinel_policy: SentinelPolicy
    email_blocklist_policy: EmailBlocklistPolicy
    hide_logto_branding: bool | Unset = UNSET
    """ Cloud only. Whether to hide the Logto branding on hosted sign-in pages. Sent by Logto 1.36.0 and later;
    older releases omit it (UNSET then). """
    custom_ui_csp: CustomUiCsp | Unset = UNSET
    adaptive_mfa: AdaptiveMfa | Unset = UNSET
    verification_code_policy: VerificationCodePolicy | Unset = UNSET
    forgot_password_methods: list[ForgotPasswordMethod] | None | Unset = UNSET
    """ Sent by Logto 1.32.0 and later; older releases omit it (UNSET then). """
    passkey_sign_in: PasskeySignIn | Unset = UNSET
    sign_up_profile_fields: list[CustomProfileFieldRef] | None | Unset = UNSET
    """ Sent by Logto 1.42.0 and later; older releases omit it (UNSET then). """
    password_expiration: PasswordExpiration | PasswordExpirationDisabled | Unset = UNSET
    """ Password expiration policy used to force users to reset their password during sign-in. When enabled is
    false, the period field is ignored. Sent by Logto 1.42.0 and later; older releases omit it (UNSET then). """
    username_policy: UsernamePolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("id", self.id),
                ("color", self.color),
                ("branding", self.branding),
                ("language_info", self.language_info),
                ("terms_of_use_url", self.terms_of_use_url),
                ("privacy_policy_url", self.privacy_policy_url),
                ("agree_to_terms_policy", self.agree_to_terms_policy),
                ("sign_in", self.sign_in),
                ("sign_up", self.sign_up),
                ("social_sign_in", self.social_sign_in),
                ("social_sign_in_connector_targets", self.social_sign_in_connector_targets),
                ("sign_in_mode", self.sign_in_mode),
                ("custom_css", self.custom_css),
                ("custom_content", self.custom_content),
                ("custom_ui_assets", self.custom_ui_assets),
                ("password_policy", self.password_policy),
                ("mfa", self.mfa),
                ("single_sign_on_enabled", self.single_sign_on_enabled),
                ("support_email", self.support_email),
                ("support_website_url", self.support_website_url),
                ("unknown_session_redirect_url", self.unknown_session_redirect_url),
                ("captcha_policy", self.captcha_policy),
                ("sentinel_policy", self.sentinel_policy),
                ("email_blocklist_policy", self.email_blocklist_policy),
                ("hide_logto_branding", self.hide_logto_branding),
                ("custom_ui_csp", self.custom_ui_csp),
                ("adaptive_mfa", self.adaptive_mfa),
                ("verification_code_policy", self.verification_code_policy),
                ("forgot_password_methods", self.forgot_password_methods),
                ("passkey_sign_in", self.passkey_sign_in),
                ("sign_up_profile_fields", self.sign_up_profile_fields),
                ("password_expiration", self.password_expiration),
                ("username_policy", self.username_policy),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        id = self.id

        color = self.color.to_dict()

        branding = self.branding.to_dict()

        language_info = self.language_info.to_dict()

        terms_of_use_url: None | str
        terms_of_use_url = self.terms_of_use_url

        privacy_policy_url: None | str
        privacy_policy_url = self.privacy_policy_url

        agree_to_terms_policy: str = self.agree_to_terms_policy

        sign_in = self.sign_in.to_dict()

        sign_up = self.sign_up.to_dict()

        social_sign_in = self.social_sign_in.to_dict()

        social_sign_in_connector_targets = self.social_sign_in_connector_targets

        sign_in_mode: str = self.sign_in_mode

        custom_css: None | str
        custom_css = self.custom_css

        custom_content = dict(self.custom_content)

        custom_ui_assets: dict[str, Any] | None
        if isinstance(self.custom_ui_assets, CustomUiAssets):
            custom_ui_assets = self.custom_ui_assets.to_dict()
        else:
            custom_ui_assets = self.custom_ui_assets

        password_policy = self.password_policy.to_dict()

        mfa = self.mfa.to_dict()

        single_sign_on_enabled = self.single_sign_on_enabled

        support_email: None | str
        support_email = self.support_email

        support_website_url: None | str
        support_website_url = self.support_website_url

        unknown_session_redirect_url: None | str
        unknown_session_redirect_url = self.unknown_session_redirect_url

        captcha_policy = self.captcha_policy.to_dict()

        sentinel_policy = self.sentinel_policy.to_dict()

        email_blocklist_policy = self.email_blocklist_policy.to_dict()

        hide_logto_branding = self.hide_logto_branding

        custom_ui_csp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_ui_csp, Unset):
            custom_ui_csp = self.custom_ui_csp.to_dict()

        adaptive_mfa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adaptive_mfa, Unset):
            adaptive_mfa = self.adaptive_mfa.to_dict()

        verification_code_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verification_code_policy, Unset):
            verification_code_policy = self.verification_code_policy.to_dict()

        forgot_password_methods: list[str] | None | Unset
        if isinstance(self.forgot_password_methods, Unset):
            forgot_password_methods = UNSET
        elif isinstance(self.forgot_password_methods, list):
            forgot_password_methods = []
            for forgot_password_methods_type_0_item_data in self.forgot_password_methods:
                forgot_password_methods_type_0_item: str = forgot_password_methods_type_0_item_data
                forgot_password_methods.append(forgot_password_methods_type_0_item)

        else:
            forgot_password_methods = self.forgot_password_methods

        passkey_sign_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.passkey_sign_in, Unset):
            passkey_sign_in = self.passkey_sign_in.to_dict()

        sign_up_profile_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.sign_up_profile_fields, Unset):
            sign_up_profile_fields = UNSET
        elif isinstance(self.sign_up_profile_fields, list):
            sign_up_profile_fields = []
            for sign_up_profile_fields_type_0_item_data in self.sign_up_profile_fields:
                sign_up_profile_fields_type_0_item = (
                    sign_up_profile_fields_type_0_item_data.to_dict()
                )
                sign_up_profile_fields.append(sign_up_profile_fields_type_0_item)

        else:
            sign_up_profile_fields = self.sign_up_profile_fields

        password_expiration: dict[str, Any] | Unset
        if isinstance(self.password_expiration, Unset):
            password_expiration = UNSET
        elif isinstance(self.password_expiration, PasswordExpirationDisabled):
            password_expiration = self.password_expiration.to_dict()
        else:
            password_expiration = self.password_expiration.to_dict()

        username_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.username_policy, Unset):
            username_policy = self.username_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "id": id,
                "color": color,
                "branding": branding,
                "languageInfo": language_info,
                "termsOfUseUrl": terms_of_use_url,
                "privacyPolicyUrl": privacy_policy_url,
                "agreeToTermsPolicy": agree_to_terms_policy,
                "signIn": sign_in,
                "signUp": sign_up,
                "socialSignIn": social_sign_in,
                "socialSignInConnectorTargets": social_sign_in_connector_targets,
                "signInMode": sign_in_mode,
                "customCss": custom_css,
                "customContent": custom_content,
                "customUiAssets": custom_ui_assets,
                "passwordPolicy": password_policy,
                "mfa": mfa,
                "singleSignOnEnabled": single_sign_on_enabled,
                "supportEmail": support_email,
                "supportWebsiteUrl": support_website_url,
                "unknownSessionRedirectUrl": unknown_session_redirect_url,
                "captchaPolicy": captcha_policy,
                "sentinelPolicy": sentinel_policy,
                "emailBlocklistPolicy": email_blocklist_policy,
            }
        )
        if hide_logto_branding is not UNSET:
            field_dict["hideLogtoBranding"] = hide_logto_branding
        if custom_ui_csp is not UNSET:
            field_dict["customUiCsp"] = custom_ui_csp
        if adaptive_mfa is not UNSET:
            field_dict["adaptiveMfa"] = adaptive_mfa
        if verification_code_policy is not UNSET:
            field_dict["verificationCodePolicy"] = verification_code_policy
        if forgot_password_methods is not UNSET:
            field_dict["forgotPasswordMethods"] = forgot_password_methods
        if passkey_sign_in is not UNSET:
            field_dict["passkeySignIn"] = passkey_sign_in
        if sign_up_profile_fields is not UNSET:
            field_dict["signUpProfileFields"] = sign_up_profile_fields
        if password_expiration is not UNSET:
            field_dict["passwordExpiration"] = password_expiration
        if username_policy is not UNSET:
            field_dict["usernamePolicy"] = username_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            tenant_id = d["tenantId"]

            id = d["id"]

            color = SignInExperienceColor.from_dict(d["color"])

            branding = Branding.from_dict(d["branding"])

            language_info = LanguageInfo.from_dict(d["languageInfo"])

            terms_of_use_url: None | str = d["termsOfUseUrl"]

            privacy_policy_url: None | str = d["privacyPolicyUrl"]

            agree_to_terms_policy = check_sign_in_experience_agree_to_terms_policy(
                d["agreeToTermsPolicy"]
            )

            sign_in = SignIn.from_dict(d["signIn"])

            sign_up = SignUp.from_dict(d["signUp"])

            social_sign_in = SocialSignIn.from_dict(d["socialSignIn"])

            social_sign_in_connector_targets: list[str] = d["socialSignInConnectorTargets"]

            sign_in_mode = check_sign_in_experience_sign_in_mode(d["signInMode"])

            custom_css: None | str = d["customCss"]

            custom_content = dict(d["customContent"])

            _custom_ui_assets_data = d["customUiAssets"]
            custom_ui_assets: CustomUiAssets | None
            if _custom_ui_assets_data is None:
                custom_ui_assets = _custom_ui_assets_data
            else:

                def _parse_custom_ui_assets(data: object) -> CustomUiAssets | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        custom_ui_assets_type_1 = CustomUiAssets.from_dict(data)

                        return custom_ui_assets_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(CustomUiAssets | None, data)

                custom_ui_assets = _parse_custom_ui_assets(_custom_ui_assets_data)

            password_policy = PasswordPolicy.from_dict(d["passwordPolicy"])

            mfa = Mfa.from_dict(d["mfa"])

            single_sign_on_enabled = d["singleSignOnEnabled"]

            support_email: None | str = d["supportEmail"]

            support_website_url: None | str = d["supportWebsiteUrl"]

            unknown_session_redirect_url: None | str = d["unknownSessionRedirectUrl"]

            captcha_policy = CaptchaPolicy.from_dict(d["captchaPolicy"])

            sentinel_policy = SentinelPolicy.from_dict(d["sentinelPolicy"])

            email_blocklist_policy = EmailBlocklistPolicy.from_dict(d["emailBlocklistPolicy"])

            if len(d) == 25:  # only the required keys: every optional one is UNSET
                hide_logto_branding = UNSET
                custom_ui_csp = UNSET
                adaptive_mfa = UNSET
                verification_code_policy = UNSET
                forgot_password_methods = UNSET
                passkey_sign_in = UNSET
                sign_up_profile_fields = UNSET
                password_expiration = UNSET
                username_policy = UNSET
            else:
                hide_logto_branding = d.get("hideLogtoBranding", UNSET)

                _custom_ui_csp = d.get("customUiCsp", UNSET)
                custom_ui_csp: CustomUiCsp | Unset
                if isinstance(_custom_ui_csp, Unset):
                    custom_ui_csp = UNSET
                else:
                    custom_ui_csp = CustomUiCsp.from_dict(_custom_ui_csp)

                _adaptive_mfa = d.get("adaptiveMfa", UNSET)
                adaptive_mfa: AdaptiveMfa | Unset
                if isinstance(_adaptive_mfa, Unset):
                    adaptive_mfa = UNSET
                else:
                    adaptive_mfa = AdaptiveMfa.from_dict(_adaptive_mfa)

                _verification_code_policy = d.get("verificationCodePolicy", UNSET)
                verification_code_policy: VerificationCodePolicy | Unset
                if isinstance(_verification_code_policy, Unset):
                    verification_code_policy = UNSET
                else:
                    verification_code_policy = VerificationCodePolicy.from_dict(
                        _verification_code_policy
                    )

                _forgot_password_methods_data = d.get("forgotPasswordMethods", UNSET)
                forgot_password_methods: list[ForgotPasswordMethod] | None | Unset
                if _forgot_password_methods_data is None or _forgot_password_methods_data is UNSET:
                    forgot_password_methods = _forgot_password_methods_data
                else:

                    def _parse_forgot_password_methods(
                        data: object,
                    ) -> list[ForgotPasswordMethod] | None | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            forgot_password_methods_type_0 = []
                            _forgot_password_methods_type_0 = data
                            for (
                                forgot_password_methods_type_0_item_data
                            ) in _forgot_password_methods_type_0:
                                forgot_password_methods_type_0_item = check_forgot_password_method(
                                    forgot_password_methods_type_0_item_data
                                )

                                forgot_password_methods_type_0.append(
                                    forgot_password_methods_type_0_item
                                )

                            return forgot_password_methods_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(list[ForgotPasswordMethod] | None | Unset, data)

                    forgot_password_methods = _parse_forgot_password_methods(
                        _forgot_password_methods_data
                    )

                _passkey_sign_in = d.get("passkeySignIn", UNSET)
                passkey_sign_in: PasskeySignIn | Unset
                if isinstance(_passkey_sign_in, Unset):
                    passkey_sign_in = UNSET
                else:
                    passkey_sign_in = PasskeySignIn.from_dict(_passkey_sign_in)

                _sign_up_profile_fields_data = d.get("signUpProfileFields", UNSET)
                sign_up_profile_fields: list[CustomProfileFieldRef] | None | Unset
                if _sign_up_profile_fields_data is None or _sign_up_profile_fields_data is UNSET:
                    sign_up_profile_fields = _sign_up_profile_fields_data
                else:

                    def _parse_sign_up_profile_fields(
                        data: object,
                    ) -> list[CustomProfileFieldRef] | None | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            sign_up_profile_fields_type_0 = []
                            _sign_up_profile_fields_type_0 = data
                            for (
                                sign_up_profile_fields_type_0_item_data
                            ) in _sign_up_profile_fields_type_0:
                                sign_up_profile_fields_type_0_item = (
                                    CustomProfileFieldRef.from_dict(
                                        sign_up_profile_fields_type_0_item_data
                                    )
                                )

                                sign_up_profile_fields_type_0.append(
                                    sign_up_profile_fields_type_0_item
                                )

                            return sign_up_profile_fields_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(list[CustomProfileFieldRef] | None | Unset, data)

                    sign_up_profile_fields = _parse_sign_up_profile_fields(
                        _sign_up_profile_fields_data
                    )

                _password_expiration_data = d.get("passwordExpiration", UNSET)
                password_expiration: PasswordExpiration | PasswordExpirationDisabled | Unset
                if _password_expiration_data is UNSET:
                    password_expiration = _password_expiration_data
                else:

                    def _parse_password_expiration(
                        data: object,
                    ) -> PasswordExpiration | PasswordExpirationDisabled | Unset:
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            password_expiration_type_0 = PasswordExpirationDisabled.from_dict(data)

                            return password_expiration_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        password_expiration_type_1 = PasswordExpiration.from_dict(data)

                        return password_expiration_type_1

                    password_expiration = _parse_password_expiration(_password_expiration_data)

                _username_policy = d.get("usernamePolicy", UNSET)
                username_policy: UsernamePolicy | Unset
                if isinstance(_username_policy, Unset):
                    username_policy = UNSET
                else:
                    username_policy = UsernamePolicy.from_dict(_username_policy)

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.id = id
            _instance.color = color
            _instance.branding = branding
            _instance.language_info = language_info
            _instance.terms_of_use_url = terms_of_use_url
            _instance.privacy_policy_url = privacy_policy_url
            _instance.agree_to_terms_policy = agree_to_terms_policy
            _instance.sign_in = sign_in
            _instance.sign_up = sign_up
            _instance.social_sign_in = social_sign_in
            _instance.social_sign_in_connector_targets = social_sign_in_connector_targets
            _instance.sign_in_mode = sign_in_mode
            _instance.custom_css = custom_css
            _instance.custom_content = custom_content
            _instance.custom_ui_assets = custom_ui_assets
            _instance.password_policy = password_policy
            _instance.mfa = mfa
            _instance.single_sign_on_enabled = single_sign_on_enabled
            _instance.support_email = support_email
            _instance.support_website_url = support_website_url
            _instance.unknown_session_redirect_url = unknown_session_redirect_url
            _instance.captcha_policy = captcha_policy
            _instance.sentinel_policy = sentinel_policy
            _instance.email_blocklist_policy = email_blocklist_policy
            _instance.hide_logto_branding = hide_logto_branding
            _instance.custom_ui_csp = custom_ui_csp
            _instance.adaptive_mfa = adaptive_mfa
            _instance.verification_code_policy = verification_code_policy
            _instance.forgot_password_methods = forgot_password_methods
            _instance.passkey_sign_in = passkey_sign_in
            _instance.sign_up_profile_fields = sign_up_profile_fields
            _instance.password_expiration = password_expiration
            _instance.username_policy = username_policy
            if len(d) == 25 + ("hideLogtoBranding" in d) + ("customUiCsp" in d) + (
                "adaptiveMfa" in d
            ) + ("verificationCodePolicy" in d) + ("forgotPasswordMethods" in d) + (
                "passkeySignIn" in d
            ) + ("signUpProfileFields" in d) + ("passwordExpiration" in d) + (
                "usernamePolicy" in d
            ):
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
    "tenantId": "tenant_id",
    "id": "id",
    "color": "color",
    "branding": "branding",
    "languageInfo": "language_info",
    "termsOfUseUrl": "terms_of_use_url",
    "privacyPolicyUrl": "privacy_policy_url",
    "agreeToTermsPolicy": "agree_to_terms_policy",
    "signIn": "sign_in",
    "signUp": "sign_up",
    "socialSignIn": "social_sign_in",
    "socialSignInConnectorTargets": "social_sign_in_connector_targets",
    "signInMode": "sign_in_mode",
    "customCss": "custom_css",
    "customContent": "custom_content",
    "customUiAssets": "custom_ui_assets",
    "passwordPolicy": "password_policy",
    "mfa": "mfa",
    "singleSignOnEnabled": "single_sign_on_enabled",
    "supportEmail": "support_email",
    "supportWebsiteUrl": "support_website_url",
    "unknownSessionRedirectUrl": "unknown_session_redirect_url",
    "captchaPolicy": "captcha_policy",
    "sentinelPolicy": "sentinel_policy",
    "emailBlocklistPolicy": "email_blocklist_policy",
    "hideLogtoBranding": "hide_logto_branding",
    "customUiCsp": "custom_ui_csp",
    "adaptiveMfa": "adaptive_mfa",
    "verificationCodePolicy": "verification_code_policy",
    "forgotPasswordMethods": "forgot_password_methods",
    "passkeySignIn": "passkey_sign_in",
    "signUpProfileFields": "sign_up_profile_fields",
    "passwordExpiration": "password_expiration",
    "usernamePolicy": "username_policy",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "id",
        "color",
        "branding",
        "languageInfo",
        "termsOfUseUrl",
        "privacyPolicyUrl",
        "agreeToTermsPolicy",
        "signIn",
        "signUp",
        "socialSignIn",
        "socialSignInConnectorTargets",
        "signInMode",
        "customCss",
        "customContent",
        "customUiAssets",
        "passwordPolicy",
        "mfa",
        "singleSignOnEnabled",
        "supportEmail",
        "supportWebsiteUrl",
        "unknownSessionRedirectUrl",
        "captchaPolicy",
        "sentinelPolicy",
        "emailBlocklistPolicy",
        "hideLogtoBranding",
        "customUiCsp",
        "adaptiveMfa",
        "verificationCodePolicy",
        "forgotPasswordMethods",
        "passkeySignIn",
        "signUpProfileFields",
        "passwordExpiration",
        "usernamePolicy",
    )
)


from ..models.adaptive_mfa import AdaptiveMfa  # noqa: E402
from ..models.branding import Branding  # noqa: E402
from ..models.captcha_policy import CaptchaPolicy  # noqa: E402
from ..models.custom_profile_field_ref import CustomProfileFieldRef  # noqa: E402
from ..models.custom_ui_assets import CustomUiAssets  # noqa: E402
from ..models.custom_ui_csp import CustomUiCsp  # noqa: E402
from ..models.email_blocklist_policy import EmailBlocklistPolicy  # noqa: E402
from ..models.language_info import LanguageInfo  # noqa: E402
from ..models.mfa import Mfa  # noqa: E402
from ..models.passkey_sign_in import PasskeySignIn  # noqa: E402
from ..models.password_expiration import PasswordExpiration  # noqa: E402
from ..models.password_expiration_disabled import PasswordExpirationDisabled  # noqa: E402
from ..models.password_policy import PasswordPolicy  # noqa: E402
from ..models.sentinel_policy import SentinelPolicy  # noqa: E402
from ..models.sign_in import SignIn  # noqa: E402
from ..models.sign_in_experience_color import SignInExperienceColor  # noqa: E402
from ..models.sign_up import SignUp  # noqa: E402
from ..models.social_sign_in import SocialSignIn  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
from ..models.username_policy import UsernamePolicy  # noqa: E402
from ..models.verification_code_policy import VerificationCodePolicy  # noqa: E402
