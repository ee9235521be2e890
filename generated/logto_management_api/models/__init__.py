"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562 ``__getattr__``): importing one API module must not
import every model of the Management API. Type checkers and IDEs read the ``TYPE_CHECKING`` block.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_jwt_customizer import AccessTokenJwtCustomizer
    from .access_token_jwt_customizer_entry import AccessTokenJwtCustomizerEntry
    from .access_token_jwt_customizer_entry_key import AccessTokenJwtCustomizerEntryKey
    from .access_token_jwt_customizer_test_request import (
        AccessTokenJwtCustomizerTestRequest,
    )
    from .access_token_jwt_customizer_test_request_token_type import (
        AccessTokenJwtCustomizerTestRequestTokenType,
    )
    from .account_center import AccountCenter
    from .acs_url import AcsUrl
    from .acs_url_binding import AcsUrlBinding
    from .action import Action
    from .action_entry import ActionEntry
    from .action_entry_key import ActionEntryKey
    from .action_on_execution_error import ActionOnExecutionError
    from .active_user_counts import ActiveUserCounts
    from .adaptive_mfa import AdaptiveMfa
    from .add_one_time_tokens_body import AddOneTimeTokensBody
    from .additional_scope import AdditionalScope
    from .address import Address
    from .address_custom_profile_field_request import AddressCustomProfileFieldRequest
    from .address_custom_profile_field_request_config import (
        AddressCustomProfileFieldRequestConfig,
    )
    from .address_custom_profile_field_request_config_part import (
        AddressCustomProfileFieldRequestConfigPart,
    )
    from .address_custom_profile_field_request_config_part_name import (
        AddressCustomProfileFieldRequestConfigPartName,
    )
    from .address_custom_profile_field_request_type import (
        AddressCustomProfileFieldRequestType,
    )
    from .address_custom_profile_field_update import AddressCustomProfileFieldUpdate
    from .address_custom_profile_field_update_type import (
        AddressCustomProfileFieldUpdateType,
    )
    from .admin_console_config import AdminConsoleConfig
    from .allowed_chars import AllowedChars
    from .application import Application
    from .application_access_control import ApplicationAccessControl
    from .application_ids_request import ApplicationIdsRequest
    from .application_ref import ApplicationRef
    from .application_secret import ApplicationSecret
    from .application_sign_in_experience import ApplicationSignInExperience
    from .application_type import ApplicationType
    from .application_user_consent_organization_request import (
        ApplicationUserConsentOrganizationRequest,
    )
    from .assert_single_sign_on_saml_body import AssertSingleSignOnSamlBody
    from .assign_organization_roles_to_applications_body import (
        AssignOrganizationRolesToApplicationsBody,
    )
    from .assign_organization_roles_to_users_body import (
        AssignOrganizationRolesToUsersBody,
    )
    from .attribute_mapping import AttributeMapping
    from .authorizations import Authorizations
    from .backup_code_mfa_verification_created import BackupCodeMfaVerificationCreated
    from .backup_code_mfa_verification_created_type import (
        BackupCodeMfaVerificationCreatedType,
    )
    from .backup_code_mfa_verification_request import BackupCodeMfaVerificationRequest
    from .backup_code_mfa_verification_request_type import (
        BackupCodeMfaVerificationRequestType,
    )
    from .backup_code_verification_record import BackupCodeVerificationRecord
    from .backup_code_verification_record_type import BackupCodeVerificationRecordType
    from .branding import Branding
    from .browser import Browser
    from .captcha_config import CaptchaConfig
    from .captcha_config_mode import CaptchaConfigMode
    from .captcha_config_type import CaptchaConfigType
    from .captcha_policy import CaptchaPolicy
    from .captcha_provider import CaptchaProvider
    from .character_types import CharacterTypes
    from .check_password_with_default_sign_in_experience_body import (
        CheckPasswordWithDefaultSignInExperienceBody,
    )
    from .checkbox_custom_profile_field_request import CheckboxCustomProfileFieldRequest
    from .checkbox_custom_profile_field_request_config import (
        CheckboxCustomProfileFieldRequestConfig,
    )
    from .checkbox_custom_profile_field_request_config_default_value import (
        CheckboxCustomProfileFieldRequestConfigDefaultValue,
    )
    from .checkbox_custom_profile_field_request_type import (
        CheckboxCustomProfileFieldRequestType,
    )
    from .checkbox_custom_profile_field_update import CheckboxCustomProfileFieldUpdate
    from .checkbox_custom_profile_field_update_type import (
        CheckboxCustomProfileFieldUpdateType,
    )
    from .checked_charge_notification import CheckedChargeNotification
    from .cimd_config import CimdConfig
    from .cleanup_domains_body import CleanupDomainsBody
    from .client_credentials_jwt_customizer import ClientCredentialsJwtCustomizer
    from .client_credentials_jwt_customizer_entry import (
        ClientCredentialsJwtCustomizerEntry,
    )
    from .client_credentials_jwt_customizer_entry_key import (
        ClientCredentialsJwtCustomizerEntryKey,
    )
    from .client_credentials_jwt_customizer_test_request import (
        ClientCredentialsJwtCustomizerTestRequest,
    )
    from .client_credentials_jwt_customizer_test_request_token_type import (
        ClientCredentialsJwtCustomizerTestRequestTokenType,
    )
    from .cloudflare_data import CloudflareData
    from .color import Color
    from .config import Config
    from .connector import Connector
    from .connector_authorization_uri import ConnectorAuthorizationUri
    from .connector_factory import ConnectorFactory
    from .connector_factory_type import ConnectorFactoryType
    from .connector_type import ConnectorType
    from .context import Context
    from .context_application import ContextApplication
    from .context_sample import ContextSample
    from .context_sample_organization import ContextSampleOrganization
    from .context_sample_user import ContextSampleUser
    from .context_sample_user_identities import ContextSampleUserIdentities
    from .context_sample_user_organization_role import ContextSampleUserOrganizationRole
    from .context_sample_user_role import ContextSampleUserRole
    from .context_sample_user_role_scope import ContextSampleUserRoleScope
    from .context_sample_user_sso_identity import ContextSampleUserSsoIdentity
    from .cpu import Cpu
    from .create_application_body import CreateApplicationBody
    from .create_application_body_protected_app_metadata import (
        CreateApplicationBodyProtectedAppMetadata,
    )
    from .create_application_protected_app_metadata_custom_domain_body import (
        CreateApplicationProtectedAppMetadataCustomDomainBody,
    )
    from .create_application_secret_body import CreateApplicationSecretBody
    from .create_connector_authorization_uri_body import (
        CreateConnectorAuthorizationUriBody,
    )
    from .create_connector_body import CreateConnectorBody
    from .create_connector_test_body import CreateConnectorTestBody
    from .create_domain_body import CreateDomainBody
    from .create_hook_body import CreateHookBody
    from .create_hook_test_body import CreateHookTestBody
    from .create_organization_body import CreateOrganizationBody
    from .create_organization_invitation_body import CreateOrganizationInvitationBody
    from .create_organization_jit_email_domain_body import (
        CreateOrganizationJitEmailDomainBody,
    )
    from .create_organization_role_body import CreateOrganizationRoleBody
    from .create_organization_role_body_type import CreateOrganizationRoleBodyType
    from .create_organization_scope_body import CreateOrganizationScopeBody
    from .create_resource_body import CreateResourceBody
    from .create_resource_scope_body import CreateResourceScopeBody
    from .create_role_body import CreateRoleBody
    from .create_role_body_type import CreateRoleBodyType
    from .create_saml_application_body import CreateSamlApplicationBody
    from .create_saml_application_body_name_id_format import (
        CreateSamlApplicationBodyNameIdFormat,
    )
    from .create_saml_application_secret_body import CreateSamlApplicationSecretBody
    from .create_saml_authn_body import CreateSamlAuthnBody
    from .create_sso_connector_body import CreateSsoConnectorBody
    from .create_sso_connector_signing_key_body import CreateSsoConnectorSigningKeyBody
    from .create_subject_token_body import CreateSubjectTokenBody
    from .create_user_asset_body import CreateUserAssetBody
    from .create_user_body import CreateUserBody
    from .create_user_identity_body import CreateUserIdentityBody
    from .create_user_personal_access_token_body import (
        CreateUserPersonalAccessTokenBody,
    )
    from .custom_client_metadata import CustomClientMetadata
    from .custom_domain import CustomDomain
    from .custom_domain_status import CustomDomainStatus
    from .custom_phrase import CustomPhrase
    from .custom_profile_field import CustomProfileField
    from .custom_profile_field_ref import CustomProfileFieldRef
    from .custom_profile_field_type import CustomProfileFieldType
    from .custom_ui_asset_upload import CustomUiAssetUpload
    from .custom_ui_assets import CustomUiAssets
    from .custom_ui_csp import CustomUiCsp
    from .daily_active_user_count import DailyActiveUserCount
    from .date_custom_profile_field_request import DateCustomProfileFieldRequest
    from .date_custom_profile_field_request_config import (
        DateCustomProfileFieldRequestConfig,
    )
    from .date_custom_profile_field_request_type import (
        DateCustomProfileFieldRequestType,
    )
    from .date_custom_profile_field_update import DateCustomProfileFieldUpdate
    from .date_custom_profile_field_update_type import DateCustomProfileFieldUpdateType
    from .delete_action_action_type import DeleteActionActionType
    from .delete_application_user_consent_scope_scope_type import (
        DeleteApplicationUserConsentScopeScopeType,
    )
    from .delete_cimd_user_consent_scope_scope_type import (
        DeleteCimdUserConsentScopeScopeType,
    )
    from .delete_jwt_customizer_token_type_path import DeleteJwtCustomizerTokenTypePath
    from .delete_oidc_key_key_type import DeleteOidcKeyKeyType
    from .delete_personal_access_token_post_body import (
        DeletePersonalAccessTokenPostBody,
    )
    from .delete_sentinel_activities_body import DeleteSentinelActivitiesBody
    from .delete_sentinel_activities_body_target_type import (
        DeleteSentinelActivitiesBodyTargetType,
    )
    from .delete_user_session_revoke_grants_target import (
        DeleteUserSessionRevokeGrantsTarget,
    )
    from .deleted_row_count import DeletedRowCount
    from .details import Details
    from .details_content_type import DetailsContentType
    from .development_tenant_migration_notification import (
        DevelopmentTenantMigrationNotification,
    )
    from .device import Device
    from .dns_record import DnsRecord
    from .domain import Domain
    from .domain_cleanup_result import DomainCleanupResult
    from .domain_status import DomainStatus
    from .domain_verification_file import DomainVerificationFile
    from .domain_verification_file_content_type import DomainVerificationFileContentType
    from .email_blocklist_policy import EmailBlocklistPolicy
    from .email_template import EmailTemplate
    from .email_verification_code_check import EmailVerificationCodeCheck
    from .email_verification_code_request import EmailVerificationCodeRequest
    from .email_verification_code_verification_record import (
        EmailVerificationCodeVerificationRecord,
    )
    from .email_verification_code_verification_record_type import (
        EmailVerificationCodeVerificationRecordType,
    )
    from .enabled_extended_claim import EnabledExtendedClaim
    from .enterprise_sso_verification_record import EnterpriseSsoVerificationRecord
    from .enterprise_sso_verification_record_type import (
        EnterpriseSsoVerificationRecordType,
    )
    from .execution_stats import ExecutionStats
    from .experience import Experience
    from .experience_agree_to_terms_policy import ExperienceAgreeToTermsPolicy
    from .experience_sign_in_mode import ExperienceSignInMode
    from .experience_sso_connector import ExperienceSsoConnector
    from .featured_user import FeaturedUser
    from .fields import Fields
    from .fields_avatar import FieldsAvatar
    from .fields_custom_data import FieldsCustomData
    from .fields_email import FieldsEmail
    from .fields_mfa import FieldsMfa
    from .fields_name import FieldsName
    from .fields_passkey import FieldsPasskey
    from .fields_password import FieldsPassword
    from .fields_phone import FieldsPhone
    from .fields_profile import FieldsProfile
    from .fields_session import FieldsSession
    from .fields_social import FieldsSocial
    from .fields_username import FieldsUsername
    from .fingerprints import Fingerprints
    from .forgot_password import ForgotPassword
    from .forgot_password_method import ForgotPasswordMethod
    from .form_item import FormItem
    from .form_item_type import FormItemType
    from .fullname_custom_profile_field_request import FullnameCustomProfileFieldRequest
    from .fullname_custom_profile_field_request_config import (
        FullnameCustomProfileFieldRequestConfig,
    )
    from .fullname_custom_profile_field_request_config_part import (
        FullnameCustomProfileFieldRequestConfigPart,
    )
    from .fullname_custom_profile_field_request_config_part_name import (
        FullnameCustomProfileFieldRequestConfigPartName,
    )
    from .fullname_custom_profile_field_request_type import (
        FullnameCustomProfileFieldRequestType,
    )
    from .fullname_custom_profile_field_update import FullnameCustomProfileFieldUpdate
    from .fullname_custom_profile_field_update_type import (
        FullnameCustomProfileFieldUpdateType,
    )
    from .get_action_action_type import GetActionActionType
    from .get_jwt_customizer_token_type_path import GetJwtCustomizerTokenTypePath
    from .get_oidc_keys_key_type import GetOidcKeysKeyType
    from .google_one_tap import GoogleOneTap
    from .grant import Grant
    from .grant_type import GrantType
    from .hasura_auth import HasuraAuth
    from .hook import Hook
    from .hook_config import HookConfig
    from .hook_config_input import HookConfigInput
    from .hook_event import HookEvent
    from .i18n_phrases import I18NPhrases
    from .id_token_config import IdTokenConfig
    from .identifier import Identifier
    from .identifier_type import IdentifierType
    from .identities import Identities
    from .identities_by_target import IdentitiesByTarget
    from .interaction import Interaction
    from .interaction_interaction_event import InteractionInteractionEvent
    from .issued_subject_token import IssuedSubjectToken
    from .json_object import JsonObject
    from .jwt_context_organization import JwtContextOrganization
    from .jwt_customizer_request import JwtCustomizerRequest
    from .language_info import LanguageInfo
    from .language_tag import LanguageTag
    from .last_submission import LastSubmission
    from .last_submission_interaction_event import LastSubmissionInteractionEvent
    from .legacy_hook_event import LegacyHookEvent
    from .length import Length
    from .list_one_time_tokens_status import ListOneTimeTokensStatus
    from .list_roles_type import ListRolesType
    from .list_user_grants_app_type import ListUserGrantsAppType
    from .log import Log
    from .message import Message
    from .metadata import Metadata
    from .method import Method
    from .method_identifier import MethodIdentifier
    from .mfa import Mfa
    from .mfa_email_verification_code_verification_record import (
        MfaEmailVerificationCodeVerificationRecord,
    )
    from .mfa_email_verification_code_verification_record_type import (
        MfaEmailVerificationCodeVerificationRecordType,
    )
    from .mfa_organization_required_mfa_policy import MfaOrganizationRequiredMfaPolicy
    from .mfa_phone_verification_code_verification_record import (
        MfaPhoneVerificationCodeVerificationRecord,
    )
    from .mfa_phone_verification_code_verification_record_type import (
        MfaPhoneVerificationCodeVerificationRecordType,
    )
    from .mfa_policy import MfaPolicy
    from .mfa_verification import MfaVerification
    from .mfa_verification_codes_request import MfaVerificationCodesRequest
    from .mfa_verification_factor import MfaVerificationFactor
    from .mfa_verification_secret_request import MfaVerificationSecretRequest
    from .multi_select_form_item import MultiSelectFormItem
    from .multi_select_form_item_select_item import MultiSelectFormItemSelectItem
    from .multi_select_form_item_type import MultiSelectFormItemType
    from .new_password_identity_verification_record import (
        NewPasswordIdentityVerificationRecord,
    )
    from .new_password_identity_verification_record_identifier import (
        NewPasswordIdentityVerificationRecordIdentifier,
    )
    from .new_password_identity_verification_record_identifier_type import (
        NewPasswordIdentityVerificationRecordIdentifierType,
    )
    from .new_password_identity_verification_record_type import (
        NewPasswordIdentityVerificationRecordType,
    )
    from .new_user_counts import NewUserCounts
    from .number_custom_profile_field_request import NumberCustomProfileFieldRequest
    from .number_custom_profile_field_request_config import (
        NumberCustomProfileFieldRequestConfig,
    )
    from .number_custom_profile_field_request_type import (
        NumberCustomProfileFieldRequestType,
    )
    from .number_custom_profile_field_update import NumberCustomProfileFieldUpdate
    from .number_custom_profile_field_update_type import (
        NumberCustomProfileFieldUpdateType,
    )
    from .oidc_client_metadata import OidcClientMetadata
    from .oidc_key import OidcKey
    from .oidc_key_signing_key_algorithm import OidcKeySigningKeyAlgorithm
    from .oidc_key_status import OidcKeyStatus
    from .oidc_session_config import OidcSessionConfig
    from .one_time_token import OneTimeToken
    from .one_time_token_context import OneTimeTokenContext
    from .one_time_token_context_interaction_event import (
        OneTimeTokenContextInteractionEvent,
    )
    from .one_time_token_status import OneTimeTokenStatus
    from .one_time_token_verification_record import OneTimeTokenVerificationRecord
    from .one_time_token_verification_record_type import (
        OneTimeTokenVerificationRecordType,
    )
    from .option import Option
    from .organization import Organization
    from .organization_application import OrganizationApplication
    from .organization_invitation import OrganizationInvitation
    from .organization_invitation_status import OrganizationInvitationStatus
    from .organization_jit_email_domain import OrganizationJitEmailDomain
    from .organization_jit_sso_connector_request import (
        OrganizationJitSsoConnectorRequest,
    )
    from .organization_role import OrganizationRole
    from .organization_role_ids import OrganizationRoleIds
    from .organization_role_ref import OrganizationRoleRef
    from .organization_role_resource_scopes_item import (
        OrganizationRoleResourceScopesItem,
    )
    from .organization_role_rule import OrganizationRoleRule
    from .organization_role_scope_request import OrganizationRoleScopeRequest
    from .organization_role_type import OrganizationRoleType
    from .organization_scope import OrganizationScope
    from .organization_scope_ref import OrganizationScopeRef
    from .organization_user import OrganizationUser
    from .organization_user_identities import OrganizationUserIdentities
    from .organization_user_roles_request import OrganizationUserRolesRequest
    from .organization_with_roles import OrganizationWithRoles
    from .page_rule import PageRule
    from .part import Part
    from .part_config import PartConfig
    from .passkey_sign_in import PasskeySignIn
    from .password_algorithm import PasswordAlgorithm
    from .password_check_failed import PasswordCheckFailed
    from .password_check_passed import PasswordCheckPassed
    from .password_expiration import PasswordExpiration
    from .password_expiration_disabled import PasswordExpirationDisabled
    from .password_issue import PasswordIssue
    from .password_policy import PasswordPolicy
    from .password_verification_record import PasswordVerificationRecord
    from .password_verification_record_identifier import (
        PasswordVerificationRecordIdentifier,
    )
    from .password_verification_record_identifier_type import (
        PasswordVerificationRecordIdentifierType,
    )
    from .password_verification_record_type import PasswordVerificationRecordType
    from .payload import Payload
    from .payload_result import PayloadResult
    from .period_user_count import PeriodUserCount
    from .personal_access_token import PersonalAccessToken
    from .phone_verification_code_check import PhoneVerificationCodeCheck
    from .phone_verification_code_request import PhoneVerificationCodeRequest
    from .phone_verification_code_verification_record import (
        PhoneVerificationCodeVerificationRecord,
    )
    from .phone_verification_code_verification_record_identifier import (
        PhoneVerificationCodeVerificationRecordIdentifier,
    )
    from .phone_verification_code_verification_record_identifier_type import (
        PhoneVerificationCodeVerificationRecordIdentifierType,
    )
    from .phone_verification_code_verification_record_type import (
        PhoneVerificationCodeVerificationRecordType,
    )
    from .profile import Profile
    from .protected_app_metadata import ProtectedAppMetadata
    from .protected_app_metadata_update import ProtectedAppMetadataUpdate
    from .provider_name import ProviderName
    from .recaptcha_enterprise_config import RecaptchaEnterpriseConfig
    from .recaptcha_enterprise_config_mode import RecaptchaEnterpriseConfigMode
    from .recaptcha_enterprise_config_type import RecaptchaEnterpriseConfigType
    from .regex_custom_profile_field_request import RegexCustomProfileFieldRequest
    from .regex_custom_profile_field_request_config import (
        RegexCustomProfileFieldRequestConfig,
    )
    from .regex_custom_profile_field_request_type import (
        RegexCustomProfileFieldRequestType,
    )
    from .regex_custom_profile_field_update import RegexCustomProfileFieldUpdate
    from .regex_custom_profile_field_update_type import (
        RegexCustomProfileFieldUpdateType,
    )
    from .rejects import Rejects
    from .replace_application_access_control_body import (
        ReplaceApplicationAccessControlBody,
    )
    from .replace_application_access_control_body_organization_role_rules_item import (
        ReplaceApplicationAccessControlBodyOrganizationRoleRulesItem,
    )
    from .replace_application_sign_in_experience_body import (
        ReplaceApplicationSignInExperienceBody,
    )
    from .replace_domain_verification_files_body import (
        ReplaceDomainVerificationFilesBody,
    )
    from .replace_email_templates_body import ReplaceEmailTemplatesBody
    from .replace_email_templates_body_templates_item import (
        ReplaceEmailTemplatesBodyTemplatesItem,
    )
    from .replace_one_time_token_status_body import ReplaceOneTimeTokenStatusBody
    from .replace_one_time_token_status_body_status import (
        ReplaceOneTimeTokenStatusBodyStatus,
    )
    from .replace_organization_invitation_status_body import (
        ReplaceOrganizationInvitationStatusBody,
    )
    from .replace_organization_invitation_status_body_status import (
        ReplaceOrganizationInvitationStatusBodyStatus,
    )
    from .replace_organization_jit_email_domains_body import (
        ReplaceOrganizationJitEmailDomainsBody,
    )
    from .resource import Resource
    from .resource_ref import ResourceRef
    from .resource_scope import ResourceScope
    from .resource_scope_resource import ResourceScopeResource
    from .resource_scope_scope import ResourceScopeScope
    from .role import Role
    from .role_assignment_result import RoleAssignmentResult
    from .role_featured_applications_item import RoleFeaturedApplicationsItem
    from .role_ids import RoleIds
    from .role_type import RoleType
    from .rotate_oidc_keys_body import RotateOidcKeysBody
    from .rotate_oidc_keys_body_signing_key_algorithm import (
        RotateOidcKeysBodySigningKeyAlgorithm,
    )
    from .rotate_oidc_keys_key_type import RotateOidcKeysKeyType
    from .saml_application import SamlApplication
    from .saml_application_name_id_format import SamlApplicationNameIdFormat
    from .saml_application_response import SamlApplicationResponse
    from .saml_application_secret import SamlApplicationSecret
    from .saml_application_secret_details import SamlApplicationSecretDetails
    from .saml_encryption import SamlEncryption
    from .scope import Scope
    from .scope_ids_request import ScopeIdsRequest
    from .search_params import SearchParams
    from .secondary_identifier import SecondaryIdentifier
    from .secondary_identifier_identifier import SecondaryIdentifierIdentifier
    from .select_custom_profile_field_request import SelectCustomProfileFieldRequest
    from .select_custom_profile_field_request_config import (
        SelectCustomProfileFieldRequestConfig,
    )
    from .select_custom_profile_field_request_type import (
        SelectCustomProfileFieldRequestType,
    )
    from .select_custom_profile_field_update import SelectCustomProfileFieldUpdate
    from .select_custom_profile_field_update_type import (
        SelectCustomProfileFieldUpdateType,
    )
    from .select_form_item import SelectFormItem
    from .select_form_item_type import SelectFormItemType
    from .select_item import SelectItem
    from .sentinel_policy import SentinelPolicy
    from .session import Session
    from .session_payload import SessionPayload
    from .session_payload_authorizations import SessionPayloadAuthorizations
    from .session_payload_kind import SessionPayloadKind
    from .sha_256 import Sha256
    from .show_condition import ShowCondition
    from .sign_in import SignIn
    from .sign_in_experience import SignInExperience
    from .sign_in_experience_agree_to_terms_policy import (
        SignInExperienceAgreeToTermsPolicy,
    )
    from .sign_in_experience_color import SignInExperienceColor
    from .sign_in_experience_phrases import SignInExperiencePhrases
    from .sign_in_experience_sign_in_mode import SignInExperienceSignInMode
    from .sign_in_passkey_verification_record import SignInPasskeyVerificationRecord
    from .sign_in_passkey_verification_record_type import (
        SignInPasskeyVerificationRecordType,
    )
    from .sign_up import SignUp
    from .sign_up_identifiers_item import SignUpIdentifiersItem
    from .social_connector import SocialConnector
    from .social_connector_platform import SocialConnectorPlatform
    from .social_identity_entry import SocialIdentityEntry
    from .social_sign_in import SocialSignIn
    from .social_user_info import SocialUserInfo
    from .social_verification_record import SocialVerificationRecord
    from .social_verification_record_type import SocialVerificationRecordType
    from .ssl import Ssl
    from .sso_connector import SsoConnector
    from .sso_connector_branding import SsoConnectorBranding
    from .sso_connector_provider import SsoConnectorProvider
    from .sso_connector_provider_provider_type import SsoConnectorProviderProviderType
    from .sso_connector_provider_type import SsoConnectorProviderType
    from .sso_connector_record import SsoConnectorRecord
    from .sso_connector_signing_key import SsoConnectorSigningKey
    from .sso_identity import SsoIdentity
    from .sso_identity_entry import SsoIdentityEntry
    from .sso_identity_token_secret import SsoIdentityTokenSecret
    from .sso_identity_token_secret_type import SsoIdentityTokenSecretType
    from .string_map import StringMap
    from .system_application_config import SystemApplicationConfig
    from .system_application_config_protected_apps import (
        SystemApplicationConfigProtectedApps,
    )
    from .template_type import TemplateType
    from .test_action_body import TestActionBody
    from .test_action_body_action_type import TestActionBodyActionType
    from .text_custom_profile_field_request import TextCustomProfileFieldRequest
    from .text_custom_profile_field_request_config import (
        TextCustomProfileFieldRequestConfig,
    )
    from .text_custom_profile_field_request_type import (
        TextCustomProfileFieldRequestType,
    )
    from .text_custom_profile_field_update import TextCustomProfileFieldUpdate
    from .text_custom_profile_field_update_type import TextCustomProfileFieldUpdateType
    from .token import Token
    from .token_kind import TokenKind
    from .token_sample import TokenSample
    from .token_sample_kind import TokenSampleKind
    from .token_secret import TokenSecret
    from .token_secret_metadata import TokenSecretMetadata
    from .token_secret_type import TokenSecretType
    from .totp_mfa_verification_created import TotpMfaVerificationCreated
    from .totp_mfa_verification_created_type import TotpMfaVerificationCreatedType
    from .totp_mfa_verification_request import TotpMfaVerificationRequest
    from .totp_mfa_verification_request_type import TotpMfaVerificationRequestType
    from .totp_verification_record import TotpVerificationRecord
    from .totp_verification_record_type import TotpVerificationRecordType
    from .translation_object import TranslationObject
    from .trusted_device import TrustedDevice
    from .turnstile_config import TurnstileConfig
    from .turnstile_config_type import TurnstileConfigType
    from .update_account_center_settings_body import UpdateAccountCenterSettingsBody
    from .update_action_action_type import UpdateActionActionType
    from .update_action_body import UpdateActionBody
    from .update_action_body_on_execution_error import UpdateActionBodyOnExecutionError
    from .update_admin_console_config_body import UpdateAdminConsoleConfigBody
    from .update_application_body import UpdateApplicationBody
    from .update_application_secret_body import UpdateApplicationSecretBody
    from .update_captcha_provider_body import UpdateCaptchaProviderBody
    from .update_cimd_config_body import UpdateCimdConfigBody
    from .update_connector_body import UpdateConnectorBody
    from .update_custom_profile_fields_sie_order_body import (
        UpdateCustomProfileFieldsSieOrderBody,
    )
    from .update_custom_profile_fields_sie_order_body_order_item import (
        UpdateCustomProfileFieldsSieOrderBodyOrderItem,
    )
    from .update_email_template_details_body import UpdateEmailTemplateDetailsBody
    from .update_email_template_details_body_content_type import (
        UpdateEmailTemplateDetailsBodyContentType,
    )
    from .update_hook_body import UpdateHookBody
    from .update_jwt_customizer_token_type_path import UpdateJwtCustomizerTokenTypePath
    from .update_oidc_session_config_body import UpdateOidcSessionConfigBody
    from .update_organization_body import UpdateOrganizationBody
    from .update_organization_role_body import UpdateOrganizationRoleBody
    from .update_organization_role_body_type import UpdateOrganizationRoleBodyType
    from .update_organization_scope_body import UpdateOrganizationScopeBody
    from .update_personal_access_token_name_body import (
        UpdatePersonalAccessTokenNameBody,
    )
    from .update_resource_body import UpdateResourceBody
    from .update_resource_is_default_body import UpdateResourceIsDefaultBody
    from .update_resource_scope_body import UpdateResourceScopeBody
    from .update_role_body import UpdateRoleBody
    from .update_saml_application_body import UpdateSamlApplicationBody
    from .update_saml_application_body_name_id_format import (
        UpdateSamlApplicationBodyNameIdFormat,
    )
    from .update_saml_application_secret_body import UpdateSamlApplicationSecretBody
    from .update_sign_in_exp_body import UpdateSignInExpBody
    from .update_sign_in_exp_body_agree_to_terms_policy import (
        UpdateSignInExpBodyAgreeToTermsPolicy,
    )
    from .update_sign_in_exp_body_password_policy import (
        UpdateSignInExpBodyPasswordPolicy,
    )
    from .update_sign_in_exp_body_password_policy_character_types import (
        UpdateSignInExpBodyPasswordPolicyCharacterTypes,
    )
    from .update_sign_in_exp_body_password_policy_length import (
        UpdateSignInExpBodyPasswordPolicyLength,
    )
    from .update_sign_in_exp_body_password_policy_rejects import (
        UpdateSignInExpBodyPasswordPolicyRejects,
    )
    from .update_sign_in_exp_body_sign_in_mode import UpdateSignInExpBodySignInMode
    from .update_sso_connector_body import UpdateSsoConnectorBody
    from .update_sso_connector_signing_key_body import UpdateSsoConnectorSigningKeyBody
    from .update_user_body import UpdateUserBody
    from .update_user_custom_data_body import UpdateUserCustomDataBody
    from .update_user_is_suspended_body import UpdateUserIsSuspendedBody
    from .update_user_logto_configs_body import UpdateUserLogtoConfigsBody
    from .update_user_logto_configs_body_mfa import UpdateUserLogtoConfigsBodyMfa
    from .update_user_logto_configs_body_passkey_sign_in import (
        UpdateUserLogtoConfigsBodyPasskeySignIn,
    )
    from .update_user_password_expiration_body import UpdateUserPasswordExpirationBody
    from .update_user_personal_access_token_body import (
        UpdateUserPersonalAccessTokenBody,
    )
    from .update_user_profile_body import UpdateUserProfileBody
    from .upload_custom_ui_assets_body import UploadCustomUiAssetsBody
    from .upload_mime_type import UploadMimeType
    from .upsert_action_action_type import UpsertActionActionType
    from .upsert_jwt_customizer_token_type_path import UpsertJwtCustomizerTokenTypePath
    from .url_custom_profile_field_request import UrlCustomProfileFieldRequest
    from .url_custom_profile_field_request_config import (
        UrlCustomProfileFieldRequestConfig,
    )
    from .url_custom_profile_field_request_type import UrlCustomProfileFieldRequestType
    from .url_custom_profile_field_update import UrlCustomProfileFieldUpdate
    from .url_custom_profile_field_update_type import UrlCustomProfileFieldUpdateType
    from .user import User
    from .user_agent_engine import UserAgentEngine
    from .user_agent_os import UserAgentOs
    from .user_agent_parsed import UserAgentParsed
    from .user_all_identities import UserAllIdentities
    from .user_asset import UserAsset
    from .user_asset_service_status import UserAssetServiceStatus
    from .user_asset_service_status_status import UserAssetServiceStatusStatus
    from .user_consent_organization_scope import UserConsentOrganizationScope
    from .user_consent_organizations import UserConsentOrganizations
    from .user_consent_scope import UserConsentScope
    from .user_consent_scope_request import UserConsentScopeRequest
    from .user_count_total import UserCountTotal
    from .user_grant import UserGrant
    from .user_grant_payload import UserGrantPayload
    from .user_grant_payload_kind import UserGrantPayloadKind
    from .user_grants import UserGrants
    from .user_has_password import UserHasPassword
    from .user_identities import UserIdentities
    from .user_ids import UserIds
    from .user_logto_config import UserLogtoConfig
    from .user_logto_config_mfa import UserLogtoConfigMfa
    from .user_logto_config_passkey_sign_in import UserLogtoConfigPasskeySignIn
    from .user_password_request import UserPasswordRequest
    from .user_scope import UserScope
    from .user_sessions import UserSessions
    from .user_social_identity import UserSocialIdentity
    from .user_sso_identity import UserSsoIdentity
    from .username_case_sensitivity_conflicts import UsernameCaseSensitivityConflicts
    from .username_conflict_sample import UsernameConflictSample
    from .username_policy import UsernamePolicy
    from .validation_error import ValidationError
    from .verification_code_policy import VerificationCodePolicy
    from .verify_one_time_token_body import VerifyOneTimeTokenBody
    from .web_authn_verification_record import WebAuthnVerificationRecord
    from .web_authn_verification_record_type import WebAuthnVerificationRecordType

_MODULES = {
    "AccessTokenJwtCustomizer": ".access_token_jwt_customizer",
    "AccessTokenJwtCustomizerEntry": ".access_token_jwt_customizer_entry",
    "AccessTokenJwtCustomizerEntryKey": ".access_token_jwt_customizer_entry_key",
    "AccessTokenJwtCustomizerTestRequest": ".access_token_jwt_customizer_test_request",
    "AccessTokenJwtCustomizerTestRequestTokenType": ".access_token_jwt_customizer_test_request_token_type",
    "AccountCenter": ".account_center",
    "AcsUrl": ".acs_url",
    "AcsUrlBinding": ".acs_url_binding",
    "Action": ".action",
    "ActionEntry": ".action_entry",
    "ActionEntryKey": ".action_entry_key",
    "ActionOnExecutionError": ".action_on_execution_error",
    "ActiveUserCounts": ".active_user_counts",
    "AdaptiveMfa": ".adaptive_mfa",
    "AddOneTimeTokensBody": ".add_one_time_tokens_body",
    "AdditionalScope": ".additional_scope",
    "Address": ".address",
    "AddressCustomProfileFieldRequest": ".address_custom_profile_field_request",
    "AddressCustomProfileFieldRequestConfig": ".address_custom_profile_field_request_config",
    "AddressCustomProfileFieldRequestConfigPart": ".address_custom_profile_field_request_config_part",
    "AddressCustomProfileFieldRequestConfigPartName": ".address_custom_profile_field_request_config_part_name",
    "AddressCustomProfileFieldRequestType": ".address_custom_profile_field_request_type",
    "AddressCustomProfileFieldUpdate": ".address_custom_profile_field_update",
    "AddressCustomProfileFieldUpdateType": ".address_custom_profile_field_update_type",
    "AdminConsoleConfig": ".admin_console_config",
    "AllowedChars": ".allowed_chars",
    "Application": ".application",
    "ApplicationAccessControl": ".application_access_control",
    "ApplicationIdsRequest": ".application_ids_request",
    "ApplicationRef": ".application_ref",
    "ApplicationSecret": ".application_secret",
    "ApplicationSignInExperience": ".application_sign_in_experience",
    "ApplicationType": ".application_type",
    "ApplicationUserConsentOrganizationRequest": ".application_user_consent_organization_request",
    "AssertSingleSignOnSamlBody": ".assert_single_sign_on_saml_body",
    "AssignOrganizationRolesToApplicationsBody": ".assign_organization_roles_to_applications_body",
    "AssignOrganizationRolesToUsersBody": ".assign_organization_roles_to_users_body",
    "AttributeMapping": ".attribute_mapping",
    "Authorizations": ".authorizations",
    "BackupCodeMfaVerificationCreated": ".backup_code_mfa_verification_created",
    "BackupCodeMfaVerificationCreatedType": ".backup_code_mfa_verification_created_type",
    "BackupCodeMfaVerificationRequest": ".backup_code_mfa_verification_request",
    "BackupCodeMfaVerificationRequestType": ".backup_code_mfa_verification_request_type",
    "BackupCodeVerificationRecord": ".backup_code_verification_record",
    "BackupCodeVerificationRecordType": ".backup_code_verification_record_type",
    "Branding": ".branding",
    "Browser": ".browser",
    "CaptchaConfig": ".captcha_config",
    "CaptchaConfigMode": ".captcha_config_mode",
    "CaptchaConfigType": ".captcha_config_type",
    "CaptchaPolicy": ".captcha_policy",
    "CaptchaProvider": ".captcha_provider",
    "CharacterTypes": ".character_types",
    "CheckPasswordWithDefaultSignInExperienceBody": ".check_password_with_default_sign_in_experience_body",
    "CheckboxCustomProfileFieldRequest": ".checkbox_custom_profile_field_request",
    "CheckboxCustomProfileFieldRequestConfig": ".checkbox_custom_profile_field_request_config",
    "CheckboxCustomProfileFieldRequestConfigDefaultValue": ".checkbox_custom_profile_field_request_config_default_value",
    "CheckboxCustomProfileFieldRequestType": ".checkbox_custom_profile_field_request_type",
    "CheckboxCustomProfileFieldUpdate": ".checkbox_custom_profile_field_update",
    "CheckboxCustomProfileFieldUpdateType": ".checkbox_custom_profile_field_update_type",
    "CheckedChargeNotification": ".checked_charge_notification",
    "CimdConfig": ".cimd_config",
    "CleanupDomainsBody": ".cleanup_domains_body",
    "ClientCredentialsJwtCustomizer": ".client_credentials_jwt_customizer",
    "ClientCredentialsJwtCustomizerEntry": ".client_credentials_jwt_customizer_entry",
    "ClientCredentialsJwtCustomizerEntryKey": ".client_credentials_jwt_customizer_entry_key",
    "ClientCredentialsJwtCustomizerTestRequest": ".client_credentials_jwt_customizer_test_request",
    "ClientCredentialsJwtCustomizerTestRequestTokenType": ".client_credentials_jwt_customizer_test_request_token_type",
    "CloudflareData": ".cloudflare_data",
    "Color": ".color",
    "Config": ".config",
    "Connector": ".connector",
    "ConnectorAuthorizationUri": ".connector_authorization_uri",
    "ConnectorFactory": ".connector_factory",
    "ConnectorFactoryType": ".connector_factory_type",
    "ConnectorType": ".connector_type",
    "Context": ".context",
    "ContextApplication": ".context_application",
    "ContextSample": ".context_sample",
    "ContextSampleOrganization": ".context_sample_organization",
    "ContextSampleUser": ".context_sample_user",
    "ContextSampleUserIdentities": ".context_sample_user_identities",
    "ContextSampleUserOrganizationRole": ".context_sample_user_organization_role",
    "ContextSampleUserRole": ".context_sample_user_role",
    "ContextSampleUserRoleScope": ".context_sample_user_role_scope",
    "ContextSampleUserSsoIdentity": ".context_sample_user_sso_identity",
    "Cpu": ".cpu",
    "CreateApplicationBody": ".create_application_body",
    "CreateApplicationBodyProtectedAppMetadata": ".create_application_body_protected_app_metadata",
    "CreateApplicationProtectedAppMetadataCustomDomainBody": ".create_application_protected_app_metadata_custom_domain_body",
    "CreateApplicationSecretBody": ".create_application_secret_body",
    "CreateConnectorAuthorizationUriBody": ".create_connector_authorization_uri_body",
    "CreateConnectorBody": ".create_connector_body",
    "CreateConnectorTestBody": ".create_connector_test_body",
    "CreateDomainBody": ".create_domain_body",
    "CreateHookBody": ".create_hook_body",
    "CreateHookTestBody": ".create_hook_test_body",
    "CreateOrganizationBody": ".create_organization_body",
    "CreateOrganizationInvitationBody": ".create_organization_invitation_body",
    "CreateOrganizationJitEmailDomainBody": ".create_organization_jit_email_domain_body",
    "CreateOrganizationRoleBody": ".create_organization_role_body",
    "CreateOrganizationRoleBodyType": ".create_organization_role_body_type",
    "CreateOrganizationScopeBody": ".create_organization_scope_body",
    "CreateResourceBody": ".create_resource_body",
    "CreateResourceScopeBody": ".create_resource_scope_body",
    "CreateRoleBody": ".create_role_body",
    "CreateRoleBodyType": ".create_role_body_type",
    "CreateSamlApplicationBody": ".create_saml_application_body",
    "CreateSamlApplicationBodyNameIdFormat": ".create_saml_application_body_name_id_format",
    "CreateSamlApplicationSecretBody": ".create_saml_application_secret_body",
    "CreateSamlAuthnBody": ".create_saml_authn_body",
    "CreateSsoConnectorBody": ".create_sso_connector_body",
    "CreateSsoConnectorSigningKeyBody": ".create_sso_connector_signing_key_body",
    "CreateSubjectTokenBody": ".create_subject_token_body",
    "CreateUserAssetBody": ".create_user_asset_body",
    "CreateUserBody": ".create_user_body",
    "CreateUserIdentityBody": ".create_user_identity_body",
    "CreateUserPersonalAccessTokenBody": ".create_user_personal_access_token_body",
    "CustomClientMetadata": ".custom_client_metadata",
    "CustomDomain": ".custom_domain",
    "CustomDomainStatus": ".custom_domain_status",
    "CustomPhrase": ".custom_phrase",
    "CustomProfileField": ".custom_profile_field",
    "CustomProfileFieldRef": ".custom_profile_field_ref",
    "CustomProfileFieldType": ".custom_profile_field_type",
    "CustomUiAssetUpload": ".custom_ui_asset_upload",
    "CustomUiAssets": ".custom_ui_assets",
    "CustomUiCsp": ".custom_ui_csp",
    "DailyActiveUserCount": ".daily_active_user_count",
    "DateCustomProfileFieldRequest": ".date_custom_profile_field_request",
    "DateCustomProfileFieldRequestConfig": ".date_custom_profile_field_request_config",
    "DateCustomProfileFieldRequestType": ".date_custom_profile_field_request_type",
    "DateCustomProfileFieldUpdate": ".date_custom_profile_field_update",
    "DateCustomProfileFieldUpdateType": ".date_custom_profile_field_update_type",
    "DeleteActionActionType": ".delete_action_action_type",
    "DeleteApplicationUserConsentScopeScopeType": ".delete_application_user_consent_scope_scope_type",
    "DeleteCimdUserConsentScopeScopeType": ".delete_cimd_user_consent_scope_scope_type",
    "DeleteJwtCustomizerTokenTypePath": ".delete_jwt_customizer_token_type_path",
    "DeleteOidcKeyKeyType": ".delete_oidc_key_key_type",
    "DeletePersonalAccessTokenPostBody": ".delete_personal_access_token_post_body",
    "DeleteSentinelActivitiesBody": ".delete_sentinel_activities_body",
    "DeleteSentinelActivitiesBodyTargetType": ".delete_sentinel_activities_body_target_type",
    "DeleteUserSessionRevokeGrantsTarget": ".delete_user_session_revoke_grants_target",
    "DeletedRowCount": ".deleted_row_count",
    "Details": ".details",
    "DetailsContentType": ".details_content_type",
    "DevelopmentTenantMigrationNotification": ".development_tenant_migration_notification",
    "Device": ".device",
    "DnsRecord": ".dns_record",
    "Domain": ".domain",
    "DomainCleanupResult": ".domain_cleanup_result",
    "DomainStatus": ".domain_status",
    "DomainVerificationFile": ".domain_verification_file",
    "DomainVerificationFileContentType": ".domain_verification_file_content_type",
    "EmailBlocklistPolicy": ".email_blocklist_policy",
    "EmailTemplate": ".email_template",
    "EmailVerificationCodeCheck": ".email_verification_code_check",
    "EmailVerificationCodeRequest": ".email_verification_code_request",
    "EmailVerificationCodeVerificationRecord": ".email_verification_code_verification_record",
    "EmailVerificationCodeVerificationRecordType": ".email_verification_code_verification_record_type",
    "EnabledExtendedClaim": ".enabled_extended_claim",
    "EnterpriseSsoVerificationRecord": ".enterprise_sso_verification_record",
    "EnterpriseSsoVerificationRecordType": ".enterprise_sso_verification_record_type",
    "ExecutionStats": ".execution_stats",
    "Experience": ".experience",
    "ExperienceAgreeToTermsPolicy": ".experience_agree_to_terms_policy",
    "ExperienceSignInMode": ".experience_sign_in_mode",
    "ExperienceSsoConnector": ".experience_sso_connector",
    "FeaturedUser": ".featured_user",
    "Fields": ".fields",
    "FieldsAvatar": ".fields_avatar",
    "FieldsCustomData": ".fields_custom_data",
    "FieldsEmail": ".fields_email",
    "FieldsMfa": ".fields_mfa",
    "FieldsName": ".fields_name",
    "FieldsPasskey": ".fields_passkey",
    "FieldsPassword": ".fields_password",
    "FieldsPhone": ".fields_phone",
    "FieldsProfile": ".fields_profile",
    "FieldsSession": ".fields_session",
    "FieldsSocial": ".fields_social",
    "FieldsUsername": ".fields_username",
    "Fingerprints": ".fingerprints",
    "ForgotPassword": ".forgot_password",
    "ForgotPasswordMethod": ".forgot_password_method",
    "FormItem": ".form_item",
    "FormItemType": ".form_item_type",
    "FullnameCustomProfileFieldRequest": ".fullname_custom_profile_field_request",
    "FullnameCustomProfileFieldRequestConfig": ".fullname_custom_profile_field_request_config",
    "FullnameCustomProfileFieldRequestConfigPart": ".fullname_custom_profile_field_request_config_part",
    "FullnameCustomProfileFieldRequestConfigPartName": ".fullname_custom_profile_field_request_config_part_name",
    "FullnameCustomProfileFieldRequestType": ".fullname_custom_profile_field_request_type",
    "FullnameCustomProfileFieldUpdate": ".fullname_custom_profile_field_update",
    "FullnameCustomProfileFieldUpdateType": ".fullname_custom_profile_field_update_type",
    "GetActionActionType": ".get_action_action_type",
    "GetJwtCustomizerTokenTypePath": ".get_jwt_customizer_token_type_path",
    "GetOidcKeysKeyType": ".get_oidc_keys_key_type",
    "GoogleOneTap": ".google_one_tap",
    "Grant": ".grant",
    "GrantType": ".grant_type",
    "HasuraAuth": ".hasura_auth",
    "Hook": ".hook",
    "HookConfig": ".hook_config",
    "HookConfigInput": ".hook_config_input",
    "HookEvent": ".hook_event",
    "I18NPhrases": ".i18n_phrases",
    "IdTokenConfig": ".id_token_config",
    "Identifier": ".identifier",
    "IdentifierType": ".identifier_type",
    "Identities": ".identities",
    "IdentitiesByTarget": ".identities_by_target",
    "Interaction": ".interaction",
    "InteractionInteractionEvent": ".interaction_interaction_event",
    "IssuedSubjectToken": ".issued_subject_token",
    "JsonObject": ".json_object",
    "JwtContextOrganization": ".jwt_context_organization",
    "JwtCustomizerRequest": ".jwt_customizer_request",
    "LanguageInfo": ".language_info",
    "LanguageTag": ".language_tag",
    "LastSubmission": ".last_submission",
    "LastSubmissionInteractionEvent": ".last_submission_interaction_event",
    "LegacyHookEvent": ".legacy_hook_event",
    "Length": ".length",
    "ListOneTimeTokensStatus": ".list_one_time_tokens_status",
    "ListRolesType": ".list_roles_type",
    "ListUserGrantsAppType": ".list_user_grants_app_type",
    "Log": ".log",
    "Message": ".message",
    "Metadata": ".metadata",
    "Method": ".method",
    "MethodIdentifier": ".method_identifier",
    "Mfa": ".mfa",
    "MfaEmailVerificationCodeVerificationRecord": ".mfa_email_verification_code_verification_record",
    "MfaEmailVerificationCodeVerificationRecordType": ".mfa_email_verification_code_verification_record_type",
    "MfaOrganizationRequiredMfaPolicy": ".mfa_organization_required_mfa_policy",
    "MfaPhoneVerificationCodeVerificationRecord": ".mfa_phone_verification_code_verification_record",
    "MfaPhoneVerificationCodeVerificationRecordType": ".mfa_phone_verification_code_verification_record_type",
    "MfaPolicy": ".mfa_policy",
    "MfaVerification": ".mfa_verification",
    "MfaVerificationCodesRequest": ".mfa_verification_codes_request",
    "MfaVerificationFactor": ".mfa_verification_factor",
    "MfaVerificationSecretRequest": ".mfa_verification_secret_request",
    "MultiSelectFormItem": ".multi_select_form_item",
    "MultiSelectFormItemSelectItem": ".multi_select_form_item_select_item",
    "MultiSelectFormItemType": ".multi_select_form_item_type",
    "NewPasswordIdentityVerificationRecord": ".new_password_identity_verification_record",
    "NewPasswordIdentityVerificationRecordIdentifier": ".new_password_identity_verification_record_identifier",
    "NewPasswordIdentityVerificationRecordIdentifierType": ".new_password_identity_verification_record_identifier_type",
    "NewPasswordIdentityVerificationRecordType": ".new_password_identity_verification_record_type",
    "NewUserCounts": ".new_user_counts",
    "NumberCustomProfileFieldRequest": ".number_custom_profile_field_request",
    "NumberCustomProfileFieldRequestConfig": ".number_custom_profile_field_request_config",
    "NumberCustomProfileFieldRequestType": ".number_custom_profile_field_request_type",
    "NumberCustomProfileFieldUpdate": ".number_custom_profile_field_update",
    "NumberCustomProfileFieldUpdateType": ".number_custom_profile_field_update_type",
    "OidcClientMetadata": ".oidc_client_metadata",
    "OidcKey": ".oidc_key",
    "OidcKeySigningKeyAlgorithm": ".oidc_key_signing_key_algorithm",
    "OidcKeyStatus": ".oidc_key_status",
    "OidcSessionConfig": ".oidc_session_config",
    "OneTimeToken": ".one_time_token",
    "OneTimeTokenContext": ".one_time_token_context",
    "OneTimeTokenContextInteractionEvent": ".one_time_token_context_interaction_event",
    "OneTimeTokenStatus": ".one_time_token_status",
    "OneTimeTokenVerificationRecord": ".one_time_token_verification_record",
    "OneTimeTokenVerificationRecordType": ".one_time_token_verification_record_type",
    "Option": ".option",
    "Organization": ".organization",
    "OrganizationApplication": ".organization_application",
    "OrganizationInvitation": ".organization_invitation",
    "OrganizationInvitationStatus": ".organization_invitation_status",
    "OrganizationJitEmailDomain": ".organization_jit_email_domain",
    "OrganizationJitSsoConnectorRequest": ".organization_jit_sso_connector_request",
    "OrganizationRole": ".organization_role",
    "OrganizationRoleIds": ".organization_role_ids",
    "OrganizationRoleRef": ".organization_role_ref",
    "OrganizationRoleResourceScopesItem": ".organization_role_resource_scopes_item",
    "OrganizationRoleRule": ".organization_role_rule",
    "OrganizationRoleScopeRequest": ".organization_role_scope_request",
    "OrganizationRoleType": ".organization_role_type",
    "OrganizationScope": ".organization_scope",
    "OrganizationScopeRef": ".organization_scope_ref",
    "OrganizationUser": ".organization_user",
    "OrganizationUserIdentities": ".organization_user_identities",
    "OrganizationUserRolesRequest": ".organization_user_roles_request",
    "OrganizationWithRoles": ".organization_with_roles",
    "PageRule": ".page_rule",
    "Part": ".part",
    "PartConfig": ".part_config",
    "PasskeySignIn": ".passkey_sign_in",
    "PasswordAlgorithm": ".password_algorithm",
    "PasswordCheckFailed": ".password_check_failed",
    "PasswordCheckPassed": ".password_check_passed",
    "PasswordExpiration": ".password_expiration",
    "PasswordExpirationDisabled": ".password_expiration_disabled",
    "PasswordIssue": ".password_issue",
    "PasswordPolicy": ".password_policy",
    "PasswordVerificationRecord": ".password_verification_record",
    "PasswordVerificationRecordIdentifier": ".password_verification_record_identifier",
    "PasswordVerificationRecordIdentifierType": ".password_verification_record_identifier_type",
    "PasswordVerificationRecordType": ".password_verification_record_type",
    "Payload": ".payload",
    "PayloadResult": ".payload_result",
    "PeriodUserCount": ".period_user_count",
    "PersonalAccessToken": ".personal_access_token",
    "PhoneVerificationCodeCheck": ".phone_verification_code_check",
    "PhoneVerificationCodeRequest": ".phone_verification_code_request",
    "PhoneVerificationCodeVerificationRecord": ".phone_verification_code_verification_record",
    "PhoneVerificationCodeVerificationRecordIdentifier": ".phone_verification_code_verification_record_identifier",
    "PhoneVerificationCodeVerificationRecordIdentifierType": ".phone_verification_code_verification_record_identifier_type",
    "PhoneVerificationCodeVerificationRecordType": ".phone_verification_code_verification_record_type",
    "Profile": ".profile",
    "ProtectedAppMetadata": ".protected_app_metadata",
    "ProtectedAppMetadataUpdate": ".protected_app_metadata_update",
    "ProviderName": ".provider_name",
    "RecaptchaEnterpriseConfig": ".recaptcha_enterprise_config",
    "RecaptchaEnterpriseConfigMode": ".recaptcha_enterprise_config_mode",
    "RecaptchaEnterpriseConfigType": ".recaptcha_enterprise_config_type",
    "RegexCustomProfileFieldRequest": ".regex_custom_profile_field_request",
    "RegexCustomProfileFieldRequestConfig": ".regex_custom_profile_field_request_config",
    "RegexCustomProfileFieldRequestType": ".regex_custom_profile_field_request_type",
    "RegexCustomProfileFieldUpdate": ".regex_custom_profile_field_update",
    "RegexCustomProfileFieldUpdateType": ".regex_custom_profile_field_update_type",
    "Rejects": ".rejects",
    "ReplaceApplicationAccessControlBody": ".replace_application_access_control_body",
    "ReplaceApplicationAccessControlBodyOrganizationRoleRulesItem": ".replace_application_access_control_body_organization_role_rules_item",
    "ReplaceApplicationSignInExperienceBody": ".replace_application_sign_in_experience_body",
    "ReplaceDomainVerificationFilesBody": ".replace_domain_verification_files_body",
    "ReplaceEmailTemplatesBody": ".replace_email_templates_body",
    "ReplaceEmailTemplatesBodyTemplatesItem": ".replace_email_templates_body_templates_item",
    "ReplaceOneTimeTokenStatusBody": ".replace_one_time_token_status_body",
    "ReplaceOneTimeTokenStatusBodyStatus": ".replace_one_time_token_status_body_status",
    "ReplaceOrganizationInvitationStatusBody": ".replace_organization_invitation_status_body",
    "ReplaceOrganizationInvitationStatusBodyStatus": ".replace_organization_invitation_status_body_status",
    "ReplaceOrganizationJitEmailDomainsBody": ".replace_organization_jit_email_domains_body",
    "Resource": ".resource",
    "ResourceRef": ".resource_ref",
    "ResourceScope": ".resource_scope",
    "ResourceScopeResource": ".resource_scope_resource",
    "ResourceScopeScope": ".resource_scope_scope",
    "Role": ".role",
    "RoleAssignmentResult": ".role_assignment_result",
    "RoleFeaturedApplicationsItem": ".role_featured_applications_item",
    "RoleIds": ".role_ids",
    "RoleType": ".role_type",
    "RotateOidcKeysBody": ".rotate_oidc_keys_body",
    "RotateOidcKeysBodySigningKeyAlgorithm": ".rotate_oidc_keys_body_signing_key_algorithm",
    "RotateOidcKeysKeyType": ".rotate_oidc_keys_key_type",
    "SamlApplication": ".saml_application",
    "SamlApplicationNameIdFormat": ".saml_application_name_id_format",
    "SamlApplicationResponse": ".saml_application_response",
    "SamlApplicationSecret": ".saml_application_secret",
    "SamlApplicationSecretDetails": ".saml_application_secret_details",
    "SamlEncryption": ".saml_encryption",
    "Scope": ".scope",
    "ScopeIdsRequest": ".scope_ids_request",
    "SearchParams": ".search_params",
    "SecondaryIdentifier": ".secondary_identifier",
    "SecondaryIdentifierIdentifier": ".secondary_identifier_identifier",
    "SelectCustomProfileFieldRequest": ".select_custom_profile_field_request",
    "SelectCustomProfileFieldRequestConfig": ".select_custom_profile_field_request_config",
    "SelectCustomProfileFieldRequestType": ".select_custom_profile_field_request_type",
    "SelectCustomProfileFieldUpdate": ".select_custom_profile_field_update",
    "SelectCustomProfileFieldUpdateType": ".select_custom_profile_field_update_type",
    "SelectFormItem": ".select_form_item",
    "SelectFormItemType": ".select_form_item_type",
    "SelectItem": ".select_item",
    "SentinelPolicy": ".sentinel_policy",
    "Session": ".session",
    "SessionPayload": ".session_payload",
    "SessionPayloadAuthorizations": ".session_payload_authorizations",
    "SessionPayloadKind": ".session_payload_kind",
    "Sha256": ".sha_256",
    "ShowCondition": ".show_condition",
    "SignIn": ".sign_in",
    "SignInExperience": ".sign_in_experience",
    "SignInExperienceAgreeToTermsPolicy": ".sign_in_experience_agree_to_terms_policy",
    "SignInExperienceColor": ".sign_in_experience_color",
    "SignInExperiencePhrases": ".sign_in_experience_phrases",
    "SignInExperienceSignInMode": ".sign_in_experience_sign_in_mode",
    "SignInPasskeyVerificationRecord": ".sign_in_passkey_verification_record",
    "SignInPasskeyVerificationRecordType": ".sign_in_passkey_verification_record_type",
    "SignUp": ".sign_up",
    "SignUpIdentifiersItem": ".sign_up_identifiers_item",
    "SocialConnector": ".social_connector",
    "SocialConnectorPlatform": ".social_connector_platform",
    "SocialIdentityEntry": ".social_identity_entry",
    "SocialSignIn": ".social_sign_in",
    "SocialUserInfo": ".social_user_info",
    "SocialVerificationRecord": ".social_verification_record",
    "SocialVerificationRecordType": ".social_verification_record_type",
    "Ssl": ".ssl",
    "SsoConnector": ".sso_connector",
    "SsoConnectorBranding": ".sso_connector_branding",
    "SsoConnectorProvider": ".sso_connector_provider",
    "SsoConnectorProviderProviderType": ".sso_connector_provider_provider_type",
    "SsoConnectorProviderType": ".sso_connector_provider_type",
    "SsoConnectorRecord": ".sso_connector_record",
    "SsoConnectorSigningKey": ".sso_connector_signing_key",
    "SsoIdentity": ".sso_identity",
    "SsoIdentityEntry": ".sso_identity_entry",
    "SsoIdentityTokenSecret": ".sso_identity_token_secret",
    "SsoIdentityTokenSecretType": ".sso_identity_token_secret_type",
    "StringMap": ".string_map",
    "SystemApplicationConfig": ".system_application_config",
    "SystemApplicationConfigProtectedApps": ".system_application_config_protected_apps",
    "TemplateType": ".template_type",
    "TestActionBody": ".test_action_body",
    "TestActionBodyActionType": ".test_action_body_action_type",
    "TextCustomProfileFieldRequest": ".text_custom_profile_field_request",
    "TextCustomProfileFieldRequestConfig": ".text_custom_profile_field_request_config",
    "TextCustomProfileFieldRequestType": ".text_custom_profile_field_request_type",
    "TextCustomProfileFieldUpdate": ".text_custom_profile_field_update",
    "TextCustomProfileFieldUpdateType": ".text_custom_profile_field_update_type",
    "Token": ".token",
    "TokenKind": ".token_kind",
    "TokenSample": ".token_sample",
    "TokenSampleKind": ".token_sample_kind",
    "TokenSecret": ".token_secret",
    "TokenSecretMetadata": ".token_secret_metadata",
    "TokenSecretType": ".token_secret_type",
    "TotpMfaVerificationCreated": ".totp_mfa_verification_created",
    "TotpMfaVerificationCreatedType": ".totp_mfa_verification_created_type",
    "TotpMfaVerificationRequest": ".totp_mfa_verification_request",
    "TotpMfaVerificationRequestType": ".totp_mfa_verification_request_type",
    "TotpVerificationRecord": ".totp_verification_record",
    "TotpVerificationRecordType": ".totp_verification_record_type",
    "TranslationObject": ".translation_object",
    "TrustedDevice": ".trusted_device",
    "TurnstileConfig": ".turnstile_config",
    "TurnstileConfigType": ".turnstile_config_type",
    "UpdateAccountCenterSettingsBody": ".update_account_center_settings_body",
    "UpdateActionActionType": ".update_action_action_type",
    "UpdateActionBody": ".update_action_body",
    "UpdateActionBodyOnExecutionError": ".update_action_body_on_execution_error",
    "UpdateAdminConsoleConfigBody": ".update_admin_console_config_body",
    "UpdateApplicationBody": ".update_application_body",
    "UpdateApplicationSecretBody": ".update_application_secret_body",
    "UpdateCaptchaProviderBody": ".update_captcha_provider_body",
    "UpdateCimdConfigBody": ".update_cimd_config_body",
    "UpdateConnectorBody": ".update_connector_body",
    "UpdateCustomProfileFieldsSieOrderBody": ".update_custom_profile_fields_sie_order_body",
    "UpdateCustomProfileFieldsSieOrderBodyOrderItem": ".update_custom_profile_fields_sie_order_body_order_item",
    "UpdateEmailTemplateDetailsBody": ".update_email_template_details_body",
    "UpdateEmailTemplateDetailsBodyContentType": ".update_email_template_details_body_content_type",
    "UpdateHookBody": ".update_hook_body",
    "UpdateJwtCustomizerTokenTypePath": ".update_jwt_customizer_token_type_path",
    "UpdateOidcSessionConfigBody": ".update_oidc_session_config_body",
    "UpdateOrganizationBody": ".update_organization_body",
    "UpdateOrganizationRoleBody": ".update_organization_role_body",
    "UpdateOrganizationRoleBodyType": ".update_organization_role_body_type",
    "UpdateOrganizationScopeBody": ".update_organization_scope_body",
    "UpdatePersonalAccessTokenNameBody": ".update_personal_access_token_name_body",
    "UpdateResourceBody": ".update_resource_body",
    "UpdateResourceIsDefaultBody": ".update_resource_is_default_body",
    "UpdateResourceScopeBody": ".update_resource_scope_body",
    "UpdateRoleBody": ".update_role_body",
    "UpdateSamlApplicationBody": ".update_saml_application_body",
    "UpdateSamlApplicationBodyNameIdFormat": ".update_saml_application_body_name_id_format",
    "UpdateSamlApplicationSecretBody": ".update_saml_application_secret_body",
    "UpdateSignInExpBody": ".update_sign_in_exp_body",
    "UpdateSignInExpBodyAgreeToTermsPolicy": ".update_sign_in_exp_body_agree_to_terms_policy",
    "UpdateSignInExpBodyPasswordPolicy": ".update_sign_in_exp_body_password_policy",
    "UpdateSignInExpBodyPasswordPolicyCharacterTypes": ".update_sign_in_exp_body_password_policy_character_types",
    "UpdateSignInExpBodyPasswordPolicyLength": ".update_sign_in_exp_body_password_policy_length",
    "UpdateSignInExpBodyPasswordPolicyRejects": ".update_sign_in_exp_body_password_policy_rejects",
    "UpdateSignInExpBodySignInMode": ".update_sign_in_exp_body_sign_in_mode",
    "UpdateSsoConnectorBody": ".update_sso_connector_body",
    "UpdateSsoConnectorSigningKeyBody": ".update_sso_connector_signing_key_body",
    "UpdateUserBody": ".update_user_body",
    "UpdateUserCustomDataBody": ".update_user_custom_data_body",
    "UpdateUserIsSuspendedBody": ".update_user_is_suspended_body",
    "UpdateUserLogtoConfigsBody": ".update_user_logto_configs_body",
    "UpdateUserLogtoConfigsBodyMfa": ".update_user_logto_configs_body_mfa",
    "UpdateUserLogtoConfigsBodyPasskeySignIn": ".update_user_logto_configs_body_passkey_sign_in",
    "UpdateUserPasswordExpirationBody": ".update_user_password_expiration_body",
    "UpdateUserPersonalAccessTokenBody": ".update_user_personal_access_token_body",
    "UpdateUserProfileBody": ".update_user_profile_body",
    "UploadCustomUiAssetsBody": ".upload_custom_ui_assets_body",
    "UploadMimeType": ".upload_mime_type",
    "UpsertActionActionType": ".upsert_action_action_type",
    "UpsertJwtCustomizerTokenTypePath": ".upsert_jwt_customizer_token_type_path",
    "UrlCustomProfileFieldRequest": ".url_custom_profile_field_request",
    "UrlCustomProfileFieldRequestConfig": ".url_custom_profile_field_request_config",
    "UrlCustomProfileFieldRequestType": ".url_custom_profile_field_request_type",
    "UrlCustomProfileFieldUpdate": ".url_custom_profile_field_update",
    "UrlCustomProfileFieldUpdateType": ".url_custom_profile_field_update_type",
    "User": ".user",
    "UserAgentEngine": ".user_agent_engine",
    "UserAgentOs": ".user_agent_os",
    "UserAgentParsed": ".user_agent_parsed",
    "UserAllIdentities": ".user_all_identities",
    "UserAsset": ".user_asset",
    "UserAssetServiceStatus": ".user_asset_service_status",
    "UserAssetServiceStatusStatus": ".user_asset_service_status_status",
    "UserConsentOrganizationScope": ".user_consent_organization_scope",
    "UserConsentOrganizations": ".user_consent_organizations",
    "UserConsentScope": ".user_consent_scope",
    "UserConsentScopeRequest": ".user_consent_scope_request",
    "UserCountTotal": ".user_count_total",
    "UserGrant": ".user_grant",
    "UserGrantPayload": ".user_grant_payload",
    "UserGrantPayloadKind": ".user_grant_payload_kind",
    "UserGrants": ".user_grants",
    "UserHasPassword": ".user_has_password",
    "UserIdentities": ".user_identities",
    "UserIds": ".user_ids",
    "UserLogtoConfig": ".user_logto_config",
    "UserLogtoConfigMfa": ".user_logto_config_mfa",
    "UserLogtoConfigPasskeySignIn": ".user_logto_config_passkey_sign_in",
    "UserPasswordRequest": ".user_password_request",
    "UserScope": ".user_scope",
    "UserSessions": ".user_sessions",
    "UserSocialIdentity": ".user_social_identity",
    "UserSsoIdentity": ".user_sso_identity",
    "UsernameCaseSensitivityConflicts": ".username_case_sensitivity_conflicts",
    "UsernameConflictSample": ".username_conflict_sample",
    "UsernamePolicy": ".username_policy",
    "ValidationError": ".validation_error",
    "VerificationCodePolicy": ".verification_code_policy",
    "VerifyOneTimeTokenBody": ".verify_one_time_token_body",
    "WebAuthnVerificationRecord": ".web_authn_verification_record",
    "WebAuthnVerificationRecordType": ".web_authn_verification_record_type",
}

# Hidden from type checkers: a module-level __getattr__ they can see would make every name,
# typos included, importable as Any. They read the TYPE_CHECKING imports above instead.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AccessTokenJwtCustomizer",
    "AccessTokenJwtCustomizerEntry",
    "AccessTokenJwtCustomizerEntryKey",
    "AccessTokenJwtCustomizerTestRequest",
    "AccessTokenJwtCustomizerTestRequestTokenType",
    "AccountCenter",
    "AcsUrl",
    "AcsUrlBinding",
    "Action",
    "ActionEntry",
    "ActionEntryKey",
    "ActionOnExecutionError",
    "ActiveUserCounts",
    "AdaptiveMfa",
    "AdditionalScope",
    "AddOneTimeTokensBody",
    "Address",
    "AddressCustomProfileFieldRequest",
    "AddressCustomProfileFieldRequestConfig",
    "AddressCustomProfileFieldRequestConfigPart",
    "AddressCustomProfileFieldRequestConfigPartName",
    "AddressCustomProfileFieldRequestType",
    "AddressCustomProfileFieldUpdate",
    "AddressCustomProfileFieldUpdateType",
    "AdminConsoleConfig",
    "AllowedChars",
    "Application",
    "ApplicationAccessControl",
    "ApplicationIdsRequest",
    "ApplicationRef",
    "ApplicationSecret",
    "ApplicationSignInExperience",
    "ApplicationType",
    "ApplicationUserConsentOrganizationRequest",
    "AssertSingleSignOnSamlBody",
    "AssignOrganizationRolesToApplicationsBody",
    "AssignOrganizationRolesToUsersBody",
    "AttributeMapping",
    "Authorizations",
    "BackupCodeMfaVerificationCreated",
    "BackupCodeMfaVerificationCreatedType",
    "BackupCodeMfaVerificationRequest",
    "BackupCodeMfaVerificationRequestType",
    "BackupCodeVerificationRecord",
    "BackupCodeVerificationRecordType",
    "Branding",
    "Browser",
    "CaptchaConfig",
    "CaptchaConfigMode",
    "CaptchaConfigType",
    "CaptchaPolicy",
    "CaptchaProvider",
    "CharacterTypes",
    "CheckboxCustomProfileFieldRequest",
    "CheckboxCustomProfileFieldRequestConfig",
    "CheckboxCustomProfileFieldRequestConfigDefaultValue",
    "CheckboxCustomProfileFieldRequestType",
    "CheckboxCustomProfileFieldUpdate",
    "CheckboxCustomProfileFieldUpdateType",
    "CheckedChargeNotification",
    "CheckPasswordWithDefaultSignInExperienceBody",
    "CimdConfig",
    "CleanupDomainsBody",
    "ClientCredentialsJwtCustomizer",
    "ClientCredentialsJwtCustomizerEntry",
    "ClientCredentialsJwtCustomizerEntryKey",
    "ClientCredentialsJwtCustomizerTestRequest",
    "ClientCredentialsJwtCustomizerTestRequestTokenType",
    "CloudflareData",
    "Color",
    "Config",
    "Connector",
    "ConnectorAuthorizationUri",
    "ConnectorFactory",
    "ConnectorFactoryType",
    "ConnectorType",
    "Context",
    "ContextApplication",
    "ContextSample",
    "ContextSampleOrganization",
    "ContextSampleUser",
    "ContextSampleUserIdentities",
    "ContextSampleUserOrganizationRole",
    "ContextSampleUserRole",
    "ContextSampleUserRoleScope",
    "ContextSampleUserSsoIdentity",
    "Cpu",
    "CreateApplicationBody",
    "CreateApplicationBodyProtectedAppMetadata",
    "CreateApplicationProtectedAppMetadataCustomDomainBody",
    "CreateApplicationSecretBody",
    "CreateConnectorAuthorizationUriBody",
    "CreateConnectorBody",
    "CreateConnectorTestBody",
    "CreateDomainBody",
    "CreateHookBody",
    "CreateHookTestBody",
    "CreateOrganizationBody",
    "CreateOrganizationInvitationBody",
    "CreateOrganizationJitEmailDomainBody",
    "CreateOrganizationRoleBody",
    "CreateOrganizationRoleBodyType",
    "CreateOrganizationScopeBody",
    "CreateResourceBody",
    "CreateResourceScopeBody",
    "CreateRoleBody",
    "CreateRoleBodyType",
    "CreateSamlApplicationBody",
    "CreateSamlApplicationBodyNameIdFormat",
    "CreateSamlApplicationSecretBody",
    "CreateSamlAuthnBody",
    "CreateSsoConnectorBody",
    "CreateSsoConnectorSigningKeyBody",
    "CreateSubjectTokenBody",
    "CreateUserAssetBody",
    "CreateUserBody",
    "CreateUserIdentityBody",
    "CreateUserPersonalAccessTokenBody",
    "CustomClientMetadata",
    "CustomDomain",
    "CustomDomainStatus",
    "CustomPhrase",
    "CustomProfileField",
    "CustomProfileFieldRef",
    "CustomProfileFieldType",
    "CustomUiAssets",
    "CustomUiAssetUpload",
    "CustomUiCsp",
    "DailyActiveUserCount",
    "DateCustomProfileFieldRequest",
    "DateCustomProfileFieldRequestConfig",
    "DateCustomProfileFieldRequestType",
    "DateCustomProfileFieldUpdate",
    "DateCustomProfileFieldUpdateType",
    "DeleteActionActionType",
    "DeleteApplicationUserConsentScopeScopeType",
    "DeleteCimdUserConsentScopeScopeType",
    "DeletedRowCount",
    "DeleteJwtCustomizerTokenTypePath",
    "DeleteOidcKeyKeyType",
    "DeletePersonalAccessTokenPostBody",
    "DeleteSentinelActivitiesBody",
    "DeleteSentinelActivitiesBodyTargetType",
    "DeleteUserSessionRevokeGrantsTarget",
    "Details",
    "DetailsContentType",
    "DevelopmentTenantMigrationNotification",
    "Device",
    "DnsRecord",
    "Domain",
    "DomainCleanupResult",
    "DomainStatus",
    "DomainVerificationFile",
    "DomainVerificationFileContentType",
    "EmailBlocklistPolicy",
    "EmailTemplate",
    "EmailVerificationCodeCheck",
    "EmailVerificationCodeRequest",
    "EmailVerificationCodeVerificationRecord",
    "EmailVerificationCodeVerificationRecordType",
    "EnabledExtendedClaim",
    "EnterpriseSsoVerificationRecord",
    "EnterpriseSsoVerificationRecordType",
    "ExecutionStats",
    "Experience",
    "ExperienceAgreeToTermsPolicy",
    "ExperienceSignInMode",
    "ExperienceSsoConnector",
    "FeaturedUser",
    "Fields",
    "FieldsAvatar",
    "FieldsCustomData",
    "FieldsEmail",
    "FieldsMfa",
    "FieldsName",
    "FieldsPasskey",
    "FieldsPassword",
    "FieldsPhone",
    "FieldsProfile",
    "FieldsSession",
    "FieldsSocial",
    "FieldsUsername",
    "Fingerprints",
    "ForgotPassword",
    "ForgotPasswordMethod",
    "FormItem",
    "FormItemType",
    "FullnameCustomProfileFieldRequest",
    "FullnameCustomProfileFieldRequestConfig",
    "FullnameCustomProfileFieldRequestConfigPart",
    "FullnameCustomProfileFieldRequestConfigPartName",
    "FullnameCustomProfileFieldRequestType",
    "FullnameCustomProfileFieldUpdate",
    "FullnameCustomProfileFieldUpdateType",
    "GetActionActionType",
    "GetJwtCustomizerTokenTypePath",
    "GetOidcKeysKeyType",
    "GoogleOneTap",
    "Grant",
    "GrantType",
    "HasuraAuth",
    "Hook",
    "HookConfig",
    "HookConfigInput",
    "HookEvent",
    "I18NPhrases",
    "Identifier",
    "IdentifierType",
    "Identities",
    "IdentitiesByTarget",
    "IdTokenConfig",
    "Interaction",
    "InteractionInteractionEvent",
    "IssuedSubjectToken",
    "JsonObject",
    "JwtContextOrganization",
    "JwtCustomizerRequest",
    "LanguageInfo",
    "LanguageTag",
    "LastSubmission",
    "LastSubmissionInteractionEvent",
    "LegacyHookEvent",
    "Length",
    "ListOneTimeTokensStatus",
    "ListRolesType",
    "ListUserGrantsAppType",
    "Log",
    "Message",
    "Metadata",
    "Method",
    "MethodIdentifier",
    "Mfa",
    "MfaEmailVerificationCodeVerificationRecord",
    "MfaEmailVerificationCodeVerificationRecordType",
    "MfaOrganizationRequiredMfaPolicy",
    "MfaPhoneVerificationCodeVerificationRecord",
    "MfaPhoneVerificationCodeVerificationRecordType",
    "MfaPolicy",
    "MfaVerification",
    "MfaVerificationCodesRequest",
    "MfaVerificationFactor",
    "MfaVerificationSecretRequest",
    "MultiSelectFormItem",
    "MultiSelectFormItemSelectItem",
    "MultiSelectFormItemType",
    "NewPasswordIdentityVerificationRecord",
    "NewPasswordIdentityVerificationRecordIdentifier",
    "NewPasswordIdentityVerificationRecordIdentifierType",
    "NewPasswordIdentityVerificationRecordType",
    "NewUserCounts",
    "NumberCustomProfileFieldRequest",
    "NumberCustomProfileFieldRequestConfig",
    "NumberCustomProfileFieldRequestType",
    "NumberCustomProfileFieldUpdate",
    "NumberCustomProfileFieldUpdateType",
    "OidcClientMetadata",
    "OidcKey",
    "OidcKeySigningKeyAlgorithm",
    "OidcKeyStatus",
    "OidcSessionConfig",
    "OneTimeToken",
    "OneTimeTokenContext",
    "OneTimeTokenContextInteractionEvent",
    "OneTimeTokenStatus",
    "OneTimeTokenVerificationRecord",
    "OneTimeTokenVerificationRecordType",
    "Option",
    "Organization",
    "OrganizationApplication",
    "OrganizationInvitation",
    "OrganizationInvitationStatus",
    "OrganizationJitEmailDomain",
    "OrganizationJitSsoConnectorRequest",
    "OrganizationRole",
    "OrganizationRoleIds",
    "OrganizationRoleRef",
    "OrganizationRoleResourceScopesItem",
    "OrganizationRoleRule",
    "OrganizationRoleScopeRequest",
    "OrganizationRoleType",
    "OrganizationScope",
    "OrganizationScopeRef",
    "OrganizationUser",
    "OrganizationUserIdentities",
    "OrganizationUserRolesRequest",
    "OrganizationWithRoles",
    "PageRule",
    "Part",
    "PartConfig",
    "PasskeySignIn",
    "PasswordAlgorithm",
    "PasswordCheckFailed",
    "PasswordCheckPassed",
    "PasswordExpiration",
    "PasswordExpirationDisabled",
    "PasswordIssue",
    "PasswordPolicy",
    "PasswordVerificationRecord",
    "PasswordVerificationRecordIdentifier",
    "PasswordVerificationRecordIdentifierType",
    "PasswordVerificationRecordType",
    "Payload",
    "PayloadResult",
    "PeriodUserCount",
    "PersonalAccessToken",
    "PhoneVerificationCodeCheck",
    "PhoneVerificationCodeRequest",
    "PhoneVerificationCodeVerificationRecord",
    "PhoneVerificationCodeVerificationRecordIdentifier",
    "PhoneVerificationCodeVerificationRecordIdentifierType",
    "PhoneVerificationCodeVerificationRecordType",
    "Profile",
    "ProtectedAppMetadata",
    "ProtectedAppMetadataUpdate",
    "ProviderName",
    "RecaptchaEnterpriseConfig",
    "RecaptchaEnterpriseConfigMode",
    "RecaptchaEnterpriseConfigType",
    "RegexCustomProfileFieldRequest",
    "RegexCustomProfileFieldRequestConfig",
    "RegexCustomProfileFieldRequestType",
    "RegexCustomProfileFieldUpdate",
    "RegexCustomProfileFieldUpdateType",
    "Rejects",
    "ReplaceApplicationAccessControlBody",
    "ReplaceApplicationAccessControlBodyOrganizationRoleRulesItem",
    "ReplaceApplicationSignInExperienceBody",
    "ReplaceDomainVerificationFilesBody",
    "ReplaceEmailTemplatesBody",
    "ReplaceEmailTemplatesBodyTemplatesItem",
    "ReplaceOneTimeTokenStatusBody",
    "ReplaceOneTimeTokenStatusBodyStatus",
    "ReplaceOrganizationInvitationStatusBody",
    "ReplaceOrganizationInvitationStatusBodyStatus",
    "ReplaceOrganizationJitEmailDomainsBody",
    "Resource",
    "ResourceRef",
    "ResourceScope",
    "ResourceScopeResource",
    "ResourceScopeScope",
    "Role",
    "RoleAssignmentResult",
    "RoleFeaturedApplicationsItem",
    "RoleIds",
    "RoleType",
    "RotateOidcKeysBody",
    "RotateOidcKeysBodySigningKeyAlgorithm",
    "RotateOidcKeysKeyType",
    "SamlApplication",
    "SamlApplicationNameIdFormat",
    "SamlApplicationResponse",
    "SamlApplicationSecret",
    "SamlApplicationSecretDetails",
    "SamlEncryption",
    "Scope",
    "ScopeIdsRequest",
    "SearchParams",
    "SecondaryIdentifier",
    "SecondaryIdentifierIdentifier",
    "SelectCustomProfileFieldRequest",
    "SelectCustomProfileFieldRequestConfig",
    "SelectCustomProfileFieldRequestType",
    "SelectCustomProfileFieldUpdate",
    "SelectCustomProfileFieldUpdateType",
    "SelectFormItem",
    "SelectFormItemType",
    "SelectItem",
    "SentinelPolicy",
    "Session",
    "SessionPayload",
    "SessionPayloadAuthorizations",
    "SessionPayloadKind",
    "Sha256",
    "ShowCondition",
    "SignIn",
    "SignInExperience",
    "SignInExperienceAgreeToTermsPolicy",
    "SignInExperienceColor",
    "SignInExperiencePhrases",
    "SignInExperienceSignInMode",
    "SignInPasskeyVerificationRecord",
    "SignInPasskeyVerificationRecordType",
    "SignUp",
    "SignUpIdentifiersItem",
    "SocialConnector",
    "SocialConnectorPlatform",
    "SocialIdentityEntry",
    "SocialSignIn",
    "SocialUserInfo",
    "SocialVerificationRecord",
    "SocialVerificationRecordType",
    "Ssl",
    "SsoConnector",
    "SsoConnectorBranding",
    "SsoConnectorProvider",
    "SsoConnectorProviderProviderType",
    "SsoConnectorProviderType",
    "SsoConnectorRecord",
    "SsoConnectorSigningKey",
    "SsoIdentity",
    "SsoIdentityEntry",
    "SsoIdentityTokenSecret",
    "SsoIdentityTokenSecretType",
    "StringMap",
    "SystemApplicationConfig",
    "SystemApplicationConfigProtectedApps",
    "TemplateType",
    "TestActionBody",
    "TestActionBodyActionType",
    "TextCustomProfileFieldRequest",
    "TextCustomProfileFieldRequestConfig",
    "TextCustomProfileFieldRequestType",
    "TextCustomProfileFieldUpdate",
    "TextCustomProfileFieldUpdateType",
    "Token",
    "TokenKind",
    "TokenSample",
    "TokenSampleKind",
    "TokenSecret",
    "TokenSecretMetadata",
    "TokenSecretType",
    "TotpMfaVerificationCreated",
    "TotpMfaVerificationCreatedType",
    "TotpMfaVerificationRequest",
    "TotpMfaVerificationRequestType",
    "TotpVerificationRecord",
    "TotpVerificationRecordType",
    "TranslationObject",
    "TrustedDevice",
    "TurnstileConfig",
    "TurnstileConfigType",
    "UpdateAccountCenterSettingsBody",
    "UpdateActionActionType",
    "UpdateActionBody",
    "UpdateActionBodyOnExecutionError",
    "UpdateAdminConsoleConfigBody",
    "UpdateApplicationBody",
    "UpdateApplicationSecretBody",
    "UpdateCaptchaProviderBody",
    "UpdateCimdConfigBody",
    "UpdateConnectorBody",
    "UpdateCustomProfileFieldsSieOrderBody",
    "UpdateCustomProfileFieldsSieOrderBodyOrderItem",
    "UpdateEmailTemplateDetailsBody",
    "UpdateEmailTemplateDetailsBodyContentType",
    "UpdateHookBody",
    "UpdateJwtCustomizerTokenTypePath",
    "UpdateOidcSessionConfigBody",
    "UpdateOrganizationBody",
    "UpdateOrganizationRoleBody",
    "UpdateOrganizationRoleBodyType",
    "UpdateOrganizationScopeBody",
    "UpdatePersonalAccessTokenNameBody",
    "UpdateResourceBody",
    "UpdateResourceIsDefaultBody",
    "UpdateResourceScopeBody",
    "UpdateRoleBody",
    "UpdateSamlApplicationBody",
    "UpdateSamlApplicationBodyNameIdFormat",
    "UpdateSamlApplicationSecretBody",
    "UpdateSignInExpBody",
    "UpdateSignInExpBodyAgreeToTermsPolicy",
    "UpdateSignInExpBodyPasswordPolicy",
    "UpdateSignInExpBodyPasswordPolicyCharacterTypes",
    "UpdateSignInExpBodyPasswordPolicyLength",
    "UpdateSignInExpBodyPasswordPolicyRejects",
    "UpdateSignInExpBodySignInMode",
    "UpdateSsoConnectorBody",
    "UpdateSsoConnectorSigningKeyBody",
    "UpdateUserBody",
    "UpdateUserCustomDataBody",
    "UpdateUserIsSuspendedBody",
    "UpdateUserLogtoConfigsBody",
    "UpdateUserLogtoConfigsBodyMfa",
    "UpdateUserLogtoConfigsBodyPasskeySignIn",
    "UpdateUserPasswordExpirationBody",
    "UpdateUserPersonalAccessTokenBody",
    "UpdateUserProfileBody",
    "UploadCustomUiAssetsBody",
    "UploadMimeType",
    "UpsertActionActionType",
    "UpsertJwtCustomizerTokenTypePath",
    "UrlCustomProfileFieldRequest",
    "UrlCustomProfileFieldRequestConfig",
    "UrlCustomProfileFieldRequestType",
    "UrlCustomProfileFieldUpdate",
    "UrlCustomProfileFieldUpdateType",
    "User",
    "UserAgentEngine",
    "UserAgentOs",
    "UserAgentParsed",
    "UserAllIdentities",
    "UserAsset",
    "UserAssetServiceStatus",
    "UserAssetServiceStatusStatus",
    "UserConsentOrganizations",
    "UserConsentOrganizationScope",
    "UserConsentScope",
    "UserConsentScopeRequest",
    "UserCountTotal",
    "UserGrant",
    "UserGrantPayload",
    "UserGrantPayloadKind",
    "UserGrants",
    "UserHasPassword",
    "UserIdentities",
    "UserIds",
    "UserLogtoConfig",
    "UserLogtoConfigMfa",
    "UserLogtoConfigPasskeySignIn",
    "UsernameCaseSensitivityConflicts",
    "UsernameConflictSample",
    "UsernamePolicy",
    "UserPasswordRequest",
    "UserScope",
    "UserSessions",
    "UserSocialIdentity",
    "UserSsoIdentity",
    "ValidationError",
    "VerificationCodePolicy",
    "VerifyOneTimeTokenBody",
    "WebAuthnVerificationRecord",
    "WebAuthnVerificationRecordType",
)
