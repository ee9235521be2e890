from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forgot_password_method import (
    ForgotPasswordMethod,
    check_forgot_password_method,
)
from ..models.update_sign_in_exp_body_agree_to_terms_policy import (
    UpdateSignInExpBodyAgreeToTermsPolicy,
    check_update_sign_in_exp_body_agree_to_terms_policy,
)
from ..models.update_sign_in_exp_body_sign_in_mode import (
    UpdateSignInExpBodySignInMode,
    check_update_sign_in_exp_body_sign_in_mode,
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
    from ..models.sentinel_policy import SentinelPolicy
    from ..models.sign_in import SignIn
    from ..models.sign_in_experience_color import SignInExperienceColor
    from ..models.sign_up import SignUp
    from ..models.social_sign_in import SocialSignIn
    from ..models.string_map import StringMap
    from ..models.update_sign_in_exp_body_password_policy import (
        UpdateSignInExpBodyPasswordPolicy,
    )
    from ..models.username_policy import UsernamePolicy
    from ..models.verification_code_policy import VerificationCodePolicy


T = TypeVar("T", bound="UpdateSignInExpBody")


@_attrs_define
class UpdateSignInExpBody:
    tenant_id: str | Unset = UNSET
    color: SignInExperienceColor | Unset = UNSET
    branding: Branding | Unset = UNSET
    hide_logto_branding: bool | Unset = UNSET
    """ Cloud only. Whether to hide the Logto branding on hosted sign-in pages. """
    language_info: LanguageInfo | Unset = UNSET
    agree_to_terms_policy: UpdateSignInExpBodyAgreeToTermsPolicy | Unset = UNSET
    sign_in: SignIn | Unset = UNSET
    sign_up: SignUp | Unset = UNSET
    social_sign_in: SocialSignIn | Unset = UNSET
    social_sign_in_connector_targets: list[str] | Unset = UNSET
    """ Specify the social sign-in connectors to display on the sign-in page. """
    sign_in_mode: UpdateSignInExpBodySignInMode | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    custom_content: StringMap | Unset = UNSET
    """ A JSON object whose values are strings (headers, environment variables). """
    custom_ui_assets: CustomUiAssets | None | Unset = UNSET
    custom_ui_csp: CustomUiCsp | Unset = UNSET
    password_policy: UpdateSignInExpBodyPasswordPolicy | Unset = UNSET
    """ Password policies to adjust the password strength requirements. """
    mfa: Mfa | Unset = UNSET
    adaptive_mfa: AdaptiveMfa | Unset = UNSET
    single_sign_on_enabled: bool | Unset = UNSET
    captcha_policy: CaptchaPolicy | Unset = UNSET
    sentinel_policy: SentinelPolicy | Unset = UNSET
    email_blocklist_policy: EmailBlocklistPolicy | Unset = UNSET
    forgot_password_methods: list[ForgotPasswordMethod] | None | Unset = UNSET
    passkey_sign_in: PasskeySignIn | Unset = UNSET
    sign_up_profile_fields: list[CustomProfileFieldRef] | None | Unset = UNSET
    username_policy: UsernamePolicy | Unset = UNSET
    terms_of_use_url: None | str | Unset = UNSET
    privacy_policy_url: None | str | Unset = UNSET
    support_email: None | str | Unset = UNSET
    """ The support email address to display on the error pages. """
    support_website_url: None | str | Unset = UNSET
    """ The support website URL to display on the error pages. """
    unknown_session_redirect_url: None | str | Unset = UNSET
    """ The fallback URL to redirect users when the sign-in session does not exist or unknown. Client should
    initiate a new authentication flow after the redirection. """
    password_expiration: PasswordExpiration | PasswordExpirationDisabled | Unset = UNSET
    """ Password expiration policy used to force users to reset their password during sign-in. When enabled is
    false, the period field is ignored. """
    verification_code_policy: VerificationCodePolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("tenant_id", self.tenant_id),
                ("color", self.color),
                ("branding", self.branding),
                ("hide_logto_branding", self.hide_logto_branding),
                ("language_info", self.language_info),
                ("agree_to_terms_policy", self.agree_to_terms_policy),
                ("sign_in", self.sign_in),
                ("sign_up", self.sign_up),
                ("social_sign_in", self.social_sign_in),
                ("social_sign_in_connector_targets", self.social_sign_in_connector_targets),
                ("sign_in_mode", self.sign_in_mode),
                ("custom_css", self.custom_css),
                ("custom_content", self.custom_content),
                ("custom_ui_assets", self.custom_ui_assets),
                ("custom_ui_csp", self.custom_ui_csp),
                ("password_policy", self.password_policy),
                ("mfa", self.mfa),
                ("adaptive_mfa", self.adaptive_mfa),
                ("single_sign_on_enabled", self.single_sign_on_enabled),
                ("captcha_policy", self.captcha_policy),
                ("sentinel_policy", self.sentinel_policy),
                ("email_blocklist_policy", self.email_blocklist_policy),
                ("forgot_password_methods", self.forgot_password_methods),
                ("passkey_sign_in", self.passkey_sign_in),
                ("sign_up_profile_fields", self.sign_up_profile_fields),
                ("username_policy", self.username_policy),
                ("terms_of_use_url", self.terms_of_use_url),
                ("privacy_policy_url", self.privacy_policy_url),
                ("support_email", self.support_email),
                ("support_website_url", self.support_website_url),
                ("unknown_session_redirect_url", self.unknown_session_redirect_url),
                ("password_expiration", self.password_expiration),
                ("verification_code_policy", self.verification_code_policy),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        branding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branding, Unset):
            branding = self.branding.to_dict()

        hide_logto_branding = self.hide_logto_branding

        language_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language_info, Unset):
            language_info = self.language_info.to_dict()

        agree_to_terms_policy: str | Unset = UNSET
        if not isinstance(self.agree_to_terms_policy, Unset):
            agree_to_terms_policy = self.agree_to_terms_policy

        sign_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sign_in, Unset):
            sign_in = self.sign_in.to_dict()

        sign_up: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sign_up, Unset):
            sign_up = self.sign_up.to_dict()

        social_sign_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social_sign_in, Unset):
            social_sign_in = self.social_sign_in.to_dict()

        social_sign_in_connector_targets: list[str] | Unset = UNSET
        if not isinstance(self.social_sign_in_connector_targets, Unset):
            social_sign_in_connector_targets = self.social_sign_in_connector_targets

        sign_in_mode: str | Unset = UNSET
        if not isinstance(self.sign_in_mode, Unset):
            sign_in_mode = self.sign_in_mode

        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        custom_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_content, Unset):
            custom_content = dict(self.custom_content)

        custom_ui_assets: dict[str, Any] | None | Unset
        if isinstance(self.custom_ui_assets, Unset):
            custom_ui_assets = UNSET
        elif isinstance(self.custom_ui_assets, CustomUiAssets):
            custom_ui_assets = self.custom_ui_assets.to_dict()
        else:
            custom_ui_assets = self.custom_ui_assets

        custom_ui_csp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_ui_csp, Unset):
            custom_ui_csp = self.custom_ui_csp.to_dict()

        password_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.password_policy, Unset):
            password_policy = self.password_policy.to_dict()

        mfa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mfa, Unset):
            mfa = self.mfa.to_dict()

        adaptive_mfa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adaptive_mfa, Unset):
            adaptive_mfa = self.adaptive_mfa.to_dict()

        single_sign_on_enabled = self.single_sign_on_enabled

        captcha_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.captcha_policy, Unset):
            captcha_policy = self.captcha_policy.to_dict()

        sentinel_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentinel_policy, Unset):
            sentinel_policy = self.sentinel_policy.to_dict()

        email_blocklist_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_blocklist_policy, Unset):
            email_blocklist_policy = self.email_blocklist_policy.to_dict()

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

        username_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.username_policy, Unset):
            username_policy = self.username_policy.to_dict()

        terms_of_use_url: None | str | Unset
        if isinstance(self.terms_of_use_url, Unset):
            terms_of_use_url = UNSET
        else:
            terms_of_use_url = self.terms_of_use_url

        privacy_policy_url: None | str | Unset
        if isinstance(self.privacy_policy_url, Unset):
            privacy_policy_url = UNSET
        else:
            privacy_policy_url = self.privacy_policy_url

        support_email: None | str | Unset
        if isinstance(self.support_email, Unset):
            support_email = UNSET
        else:
            support_email = self.support_email

        support_website_url: None | str | Unset
        if isinstance(self.support_website_url, Unset):
            support_website_url = UNSET
        else:
            support_website_url = self.support_website_url

        unknown_session_redirect_url: None | str | Unset
        if isinstance(self.unknown_session_redirect_url, Unset):
            unknown_session_redirect_url = UNSET
        else:
            unknown_session_redirect_url = self.unknown_session_redirect_url

        password_expiration: dict[str, Any] | Unset
        if isinstance(self.password_expiration, Unset):
            password_expiration = UNSET
        elif isinstance(self.password_expiration, PasswordExpirationDisabled):
            password_expiration = self.password_expiration.to_dict()
        else:
            password_expiration = self.password_expiration.to_dict()

        verification_code_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verification_code_policy, Unset):
            verification_code_policy = self.verification_code_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if color is not UNSET:
            field_dict["color"] = color
        if branding is not UNSET:
            field_dict["branding"] = branding
        if hide_logto_branding is not UNSET:
            field_dict["hideLogtoBranding"] = hide_logto_branding
        if language_info is not UNSET:
            field_dict["languageInfo"] = language_info
        if agree_to_terms_policy is not UNSET:
            field_dict["agreeToTermsPolicy"] = agree_to_terms_policy
        if sign_in is not UNSET:
            field_dict["signIn"] = sign_in
        if sign_up is not UNSET:
            field_dict["signUp"] = sign_up
        if social_sign_in is not UNSET:
            field_dict["socialSignIn"] = social_sign_in
        if social_sign_in_connector_targets is not UNSET:
            field_dict["socialSignInConnectorTargets"] = social_sign_in_connector_targets
        if sign_in_mode is not UNSET:
            field_dict["signInMode"] = sign_in_mode
        if custom_css is not UNSET:
            field_dict["customCss"] = custom_css
        if custom_content is not UNSET:
            field_dict["customContent"] = custom_content
        if custom_ui_assets is not UNSET:
            field_dict["customUiAssets"] = custom_ui_assets
        if custom_ui_csp is not UNSET:
            field_dict["customUiCsp"] = custom_ui_csp
        if password_policy is not UNSET:
            field_dict["passwordPolicy"] = password_policy
        if mfa is not UNSET:
            field_dict["mfa"] = mfa
        if adaptive_mfa is not UNSET:
            field_dict["adaptiveMfa"] = adaptive_mfa
        if single_sign_on_enabled is not UNSET:
            field_dict["singleSignOnEnabled"] = single_sign_on_enabled
        if captcha_policy is not UNSET:
            field_dict["captchaPolicy"] = captcha_policy
        if sentinel_policy is not UNSET:
            field_dict["sentinelPolicy"] = sentinel_policy
        if email_blocklist_policy is not UNSET:
            field_dict["emailBlocklistPolicy"] = email_blocklist_policy
        if forgot_password_methods is not UNSET:
            field_dict["forgotPasswordMethods"] = forgot_password_methods
        if passkey_sign_in is not UNSET:
            field_dict["passkeySignIn"] = passkey_sign_in
        if sign_up_profile_fields is not UNSET:
            field_dict["signUpProfileFields"] = sign_up_profile_fields
        if username_policy is not UNSET:
            field_dict["usernamePolicy"] = username_policy
        if terms_of_use_url is not UNSET:
            field_dict["termsOfUseUrl"] = terms_of_use_url
        if privacy_policy_url is not UNSET:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        if support_email is not UNSET:
            field_dict["supportEmail"] = support_email
        if support_website_url is not UNSET:
            field_dict["supportWebsiteUrl"] = support_website_url
        if unknown_session_redirect_url is not UNSET:
            field_dict["unknownSessionRedirectUrl"] = unknown_session_redirect_url
        if password_expiration is not UNSET:
            field_dict["passwordExpiration"] = password_expiration
        if verification_code_policy is not UNSET:
            field_dict["verificationCodePolicy"] = verification_code_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            if len(d) == 0:  # only the required keys: every optional one is UNSET
                tenant_id = UNSET
                color = UNSET
                branding = UNSET
                hide_logto_branding = UNSET
                language_info = UNSET
                agree_to_terms_policy = UNSET
                sign_in = UNSET
                sign_up = UNSET
                social_sign_in = UNSET
                social_sign_in_connector_targets = UNSET
                sign_in_mode = UNSET
                custom_css = UNSET
                custom_content = UNSET
                custom_ui_assets = UNSET
                custom_ui_csp = UNSET
                password_policy = UNSET
                mfa = UNSET
                adaptive_mfa = UNSET
                single_sign_on_enabled = UNSET
                captcha_policy = UNSET
                sentinel_policy = UNSET
                email_blocklist_policy = UNSET
                forgot_password_methods = UNSET
                passkey_sign_in = UNSET
                sign_up_profile_fields = UNSET
                username_policy = UNSET
                terms_of_use_url = UNSET
                privacy_policy_url = UNSET
                support_email = UNSET
                support_website_url = UNSET
                unknown_session_redirect_url = UNSET
                password_expiration = UNSET
                verification_code_policy = UNSET
            else:
                tenant_id = d.get("tenantId", UNSET)

                _color = d.get("color", UNSET)
                color: SignInExperienceColor | Unset
                if isinstance(_color, Unset):
                    color = UNSET
                else:
                    color = SignInExperienceColor.from_dict(_color)

                _branding = d.get("branding", UNSET)
                branding: Branding | Unset
                if isinstance(_branding, Unset):
                    branding = UNSET
                else:
                    branding = Branding.from_dict(_branding)

                hide_logto_branding = d.get("hideLogtoBranding", UNSET)

                _language_info = d.get("languageInfo", UNSET)
                language_info: LanguageInfo | Unset
                if isinstance(_language_info, Unset):
                    language_info = UNSET
                else:
                    language_info = LanguageInfo.from_dict(_language_info)

                _agree_to_terms_policy = d.get("agreeToTermsPolicy", UNSET)
                agree_to_terms_policy: UpdateSignInExpBodyAgreeToTermsPolicy | Unset
                if isinstance(_agree_to_terms_policy, Unset):
                    agree_to_terms_policy = UNSET
                else:
                    agree_to_terms_policy = check_update_sign_in_exp_body_agree_to_terms_policy(
                        _agree_to_terms_policy
                    )

                _sign_in = d.get("signIn", UNSET)
                sign_in: SignIn | Unset
                if isinstance(_sign_in, Unset):
                    sign_in = UNSET
                else:
                    sign_in = SignIn.from_dict(_sign_in)

                _sign_up = d.get("signUp", UNSET)
                sign_up: SignUp | Unset
                if isinstance(_sign_up, Unset):
                    sign_up = UNSET
                else:
                    sign_up = SignUp.from_dict(_sign_up)

                _social_sign_in = d.get("socialSignIn", UNSET)
                social_sign_in: SocialSignIn | Unset
                if isinstance(_social_sign_in, Unset):
                    social_sign_in = UNSET
                else:
                    social_sign_in = SocialSignIn.from_dict(_social_sign_in)

                social_sign_in_connector_targets: list[str] | Unset = d.get(
                    "socialSignInConnectorTargets", UNSET
                )

                _sign_in_mode = d.get("signInMode", UNSET)
                sign_in_mode: UpdateSignInExpBodySignInMode | Unset
                if isinstance(_sign_in_mode, Unset):
                    sign_in_mode = UNSET
                else:
                    sign_in_mode = check_update_sign_in_exp_body_sign_in_mode(_sign_in_mode)

                custom_css: None | str | Unset = d.get("customCss", UNSET)

                _custom_content = d.get("customContent", UNSET)
                custom_content: StringMap | Unset
                if isinstance(_custom_content, Unset):
                    custom_content = UNSET
                else:
                    custom_content = dict(_custom_content)

                _custom_ui_assets_data = d.get("customUiAssets", UNSET)
                custom_ui_assets: CustomUiAssets | None | Unset
                if _custom_ui_assets_data is None or _custom_ui_assets_data is UNSET:
                    custom_ui_assets = _custom_ui_assets_data
                else:

                    def _parse_custom_ui_assets(data: object) -> CustomUiAssets | None | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            custom_ui_assets_type_1 = CustomUiAssets.from_dict(data)

                            return custom_ui_assets_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(CustomUiAssets | None | Unset, data)

                    custom_ui_assets = _parse_custom_ui_assets(_custom_ui_assets_data)

                _custom_ui_csp = d.get("customUiCsp", UNSET)
                custom_ui_csp: CustomUiCsp | Unset
                if isinstance(_custom_ui_csp, Unset):
                    custom_ui_csp = UNSET
                else:
                    custom_ui_csp = CustomUiCsp.from_dict(_custom_ui_csp)

                _password_policy = d.get("passwordPolicy", UNSET)
                password_policy: UpdateSignInExpBodyPasswordPolicy | Unset
                if isinstance(_password_policy, Unset):
                    password_policy = UNSET
                else:
                    password_policy = UpdateSignInExpBodyPasswordPolicy.from_dict(_password_policy)

                _mfa = d.get("mfa", UNSET)
                mfa: Mfa | Unset
                if isinstance(_mfa, Unset):
                    mfa = UNSET
                else:
                    mfa = Mfa.from_dict(_mfa)

                _adaptive_mfa = d.get("adaptiveMfa", UNSET)
                adaptive_mfa: AdaptiveMfa | Unset
                if isinstance(_adaptive_mfa, Unset):
                    adaptive_mfa = UNSET
                else:
                    adaptive_mfa = AdaptiveMfa.from_dict(_adaptive_mfa)

                single_sign_on_enabled = d.get("singleSignOnEnabled", UNSET)

                _captcha_policy = d.get("captchaPolicy", UNSET)
                captcha_policy: CaptchaPolicy | Unset
                if isinstance(_captcha_policy, Unset):
                    captcha_policy = UNSET
                else:
                    captcha_policy = CaptchaPolicy.from_dict(_captcha_policy)

                _sentinel_policy = d.get("sentinelPolicy", UNSET)
                sentinel_policy: SentinelPolicy | Unset
                if isinstance(_sentinel_policy, Unset):
                    sentinel_policy = UNSET
                else:
                    sentinel_policy = SentinelPolicy.from_dict(_sentinel_policy)

                _email_blocklist_policy = d.get("emailBlocklistPolicy", UNSET)
                email_blocklist_policy: EmailBlocklistPolicy | Unset
                if isinstance(_email_blocklist_policy, Unset):
                    email_blocklist_policy = UNSET
                else:
                    email_blocklist_policy = EmailBlocklistPolicy.from_dict(_email_blocklist_policy)

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

                _username_policy = d.get("usernamePolicy", UNSET)
                username_policy: UsernamePolicy | Unset
                if isinstance(_username_policy, Unset):
                    username_policy = UNSET
                else:
                    username_policy = UsernamePolicy.from_dict(_username_policy)

                terms_of_use_url: None | str | Unset = d.get("termsOfUseUrl", UNSET)

                privacy_policy_url: None | str | Unset = d.get("privacyPolicyUrl", UNSET)

                support_email: None | str | Unset = d.get("supportEmail", UNSET)

                support_website_url: None | str | Unset = d.get("supportWebsiteUrl", UNSET)

                unknown_session_redirect_url: None | str | Unset = d.get(
                    "unknownSessionRedirectUrl", UNSET
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

                _verification_code_policy = d.get("verificationCodePolicy", UNSET)
                verification_code_policy: VerificationCodePolicy | Unset
                if isinstance(_verification_code_policy, Unset):
                    verification_code_policy = UNSET
                else:
                    verification_code_policy = VerificationCodePolicy.from_dict(
                        _verification_code_policy
                    )

            _instance = cls.__new__(cls)
            _instance.tenant_id = tenant_id
            _instance.color = color
            _instance.branding = branding
            _instance.hide_logto_branding = hide_logto_branding
            _instance.language_info = language_info
            _instance.agree_to_terms_policy = agree_to_terms_policy
            _instance.sign_in = sign_in
            _instance.sign_up = sign_up
            _instance.social_sign_in = social_sign_in
            _instance.social_sign_in_connector_targets = social_sign_in_connector_targets
            _instance.sign_in_mode = sign_in_mode
            _instance.custom_css = custom_css
            _instance.custom_content = custom_content
            _instance.custom_ui_assets = custom_ui_assets
            _instance.custom_ui_csp = custom_ui_csp
            _instance.password_policy = password_policy
            _instance.mfa = mfa
            _instance.adaptive_mfa = adaptive_mfa
            _instance.single_sign_on_enabled = single_sign_on_enabled
            _instance.captcha_policy = captcha_policy
            _instance.sentinel_policy = sentinel_policy
            _instance.email_blocklist_policy = email_blocklist_policy
            _instance.forgot_password_methods = forgot_password_methods
            _instance.passkey_sign_in = passkey_sign_in
            _instance.sign_up_profile_fields = sign_up_profile_fields
            _instance.username_policy = username_policy
            _instance.terms_of_use_url = terms_of_use_url
            _instance.privacy_policy_url = privacy_policy_url
            _instance.support_email = support_email
            _instance.support_website_url = support_website_url
            _instance.unknown_session_redirect_url = unknown_session_redirect_url
            _instance.password_expiration = password_expiration
            _instance.verification_code_policy = verification_code_policy
            if len(d) == 0 or d.keys() <= _JSON_NAMES:
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
    "color": "color",
    "branding": "branding",
    "hideLogtoBranding": "hide_logto_branding",
    "languageInfo": "language_info",
    "agreeToTermsPolicy": "agree_to_terms_policy",
    "signIn": "sign_in",
    "signUp": "sign_up",
    "socialSignIn": "social_sign_in",
    "socialSignInConnectorTargets": "social_sign_in_connector_targets",
    "signInMode": "sign_in_mode",
    "customCss": "custom_css",
    "customContent": "custom_content",
    "customUiAssets": "custom_ui_assets",
    "customUiCsp": "custom_ui_csp",
    "passwordPolicy": "password_policy",
    "mfa": "mfa",
    "adaptiveMfa": "adaptive_mfa",
    "singleSignOnEnabled": "single_sign_on_enabled",
    "captchaPolicy": "captcha_policy",
    "sentinelPolicy": "sentinel_policy",
    "emailBlocklistPolicy": "email_blocklist_policy",
    "forgotPasswordMethods": "forgot_password_methods",
    "passkeySignIn": "passkey_sign_in",
    "signUpProfileFields": "sign_up_profile_fields",
    "usernamePolicy": "username_policy",
    "termsOfUseUrl": "terms_of_use_url",
    "privacyPolicyUrl": "privacy_policy_url",
    "supportEmail": "support_email",
    "supportWebsiteUrl": "support_website_url",
    "unknownSessionRedirectUrl": "unknown_session_redirect_url",
    "passwordExpiration": "password_expiration",
    "verificationCodePolicy": "verification_code_policy",
}
_JSON_NAMES = frozenset(
    (
        "tenantId",
        "color",
        "branding",
        "hideLogtoBranding",
        "languageInfo",
        "agreeToTermsPolicy",
        "signIn",
        "signUp",
        "socialSignIn",
        "socialSignInConnectorTargets",
        "signInMode",
        "customCss",
        "customContent",
        "customUiAssets",
        "customUiCsp",
        "passwordPolicy",
        "mfa",
        "adaptiveMfa",
        "singleSignOnEnabled",
        "captchaPolicy",
        "sentinelPolicy",
        "emailBlocklistPolicy",
        "forgotPasswordMethods",
        "passkeySignIn",
        "signUpProfileFields",
        "usernamePolicy",
        "termsOfUseUrl",
        "privacyPolicyUrl",
        "supportEmail",
        "supportWebsiteUrl",
        "unknownSessionRedirectUrl",
        "passwordExpiration",
        "verificationCodePolicy",
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
from ..models.sentinel_policy import SentinelPolicy  # noqa: E402
from ..models.sign_in import SignIn  # noqa: E402
from ..models.sign_in_experience_color import SignInExperienceColor  # noqa: E402
from ..models.sign_up import SignUp  # noqa: E402
from ..models.social_sign_in import SocialSignIn  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
from ..models.update_sign_in_exp_body_password_policy import (
    UpdateSignInExpBodyPasswordPolicy,  # noqa: E402
)
from ..models.username_policy import UsernamePolicy  # noqa: E402
from ..models.verification_code_policy import VerificationCodePolicy  # noqa: E402
