"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562 ``__getattr__``): importing one API module must not
import every model of the Management API. Type checkers and IDEs read the ``TYPE_CHECKING`` block.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_jwt_customizer import AccessTokenJwtCustomizer
    from .access_token_jwt_customizer_environment_variables import (
        AccessTokenJwtCustomizerEnvironmentVariables,
    )
    from .account_center import AccountCenter
    from .acs_url import AcsUrl
    from .acs_url_binding import AcsUrlBinding
    from .action import Action
    from .action_context_sample_type_0 import ActionContextSampleType0
    from .action_context_sample_type_1_item_type_4 import (
        ActionContextSampleType1ItemType4,
    )
    from .action_context_sample_type_5_type_0 import ActionContextSampleType5Type0
    from .action_context_sample_type_5_type_1_item_type_4 import (
        ActionContextSampleType5Type1ItemType4,
    )
    from .action_context_sample_type_6_type_0 import ActionContextSampleType6Type0
    from .action_context_sample_type_6_type_1_item_type_4 import (
        ActionContextSampleType6Type1ItemType4,
    )
    from .action_environment_variables import ActionEnvironmentVariables
    from .action_on_execution_error import ActionOnExecutionError
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
    from .admin_console_config import AdminConsoleConfig
    from .allowed_chars import AllowedChars
    from .application import Application
    from .application_access_control import ApplicationAccessControl
    from .application_custom_data import ApplicationCustomData
    from .application_ids_request import ApplicationIdsRequest
    from .application_ref import ApplicationRef
    from .application_secret import ApplicationSecret
    from .application_sign_in_experience import ApplicationSignInExperience
    from .application_type import ApplicationType
    from .application_user_consent_organization_request import (
        ApplicationUserConsentOrganizationRequest,
    )
    from .assert_saml_body import AssertSamlBody
    from .assert_single_sign_on_saml_body import AssertSingleSignOnSamlBody
    from .assign_organization_roles_to_applications_body import (
        AssignOrganizationRolesToApplicationsBody,
    )
    from .assign_organization_roles_to_users_body import (
        AssignOrganizationRolesToUsersBody,
    )
    from .attribute_mapping import AttributeMapping
    from .authorizations import Authorizations
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
    from .check_password_with_default_sign_in_experience_response_200_type_0 import (
        CheckPasswordWithDefaultSignInExperienceResponse200Type0,
    )
    from .check_password_with_default_sign_in_experience_response_200_type_1 import (
        CheckPasswordWithDefaultSignInExperienceResponse200Type1,
    )
    from .check_password_with_default_sign_in_experience_response_200_type_1_issues_item import (
        CheckPasswordWithDefaultSignInExperienceResponse200Type1IssuesItem,
    )
    from .check_password_with_default_sign_in_experience_response_200_type_1_issues_item_interpolation import (
        CheckPasswordWithDefaultSignInExperienceResponse200Type1IssuesItemInterpolation,
    )
    from .checkbox_custom_profile_field_request import CheckboxCustomProfileFieldRequest
    from .checkbox_custom_profile_field_request_config import (
        CheckboxCustomProfileFieldRequestConfig,
    )
    from .checkbox_custom_profile_field_request_config_default_value_type_0 import (
        CheckboxCustomProfileFieldRequestConfigDefaultValueType0,
    )
    from .checkbox_custom_profile_field_request_config_default_value_type_1 import (
        CheckboxCustomProfileFieldRequestConfigDefaultValueType1,
    )
    from .checkbox_custom_profile_field_request_type import (
        CheckboxCustomProfileFieldRequestType,
    )
    from .checked_charge_notification import CheckedChargeNotification
    from .cimd_config import CimdConfig
    from .cleanup_domains_body import CleanupDomainsBody
    from .cleanup_domains_response_200 import CleanupDomainsResponse200
    from .client_credentials_jwt_customizer import ClientCredentialsJwtCustomizer
    from .client_credentials_jwt_customizer_environment_variables import (
        ClientCredentialsJwtCustomizerEnvironmentVariables,
    )
    from .cloudflare_data import CloudflareData
    from .color import Color
    from .config import Config
    from .connector import Connector
    from .connector_config import ConnectorConfig
    from .connector_custom_data import ConnectorCustomData
    from .connector_extra_info import ConnectorExtraInfo
    from .connector_factory import ConnectorFactory
    from .connector_factory_custom_data import ConnectorFactoryCustomData
    from .connector_factory_platform import ConnectorFactoryPlatform
    from .connector_factory_type import ConnectorFactoryType
    from .connector_platform import ConnectorPlatform
    from .connector_type import ConnectorType
    from .context import Context
    from .context_application import ContextApplication
    from .context_application_custom_data import ContextApplicationCustomData
    from .context_sample import ContextSample
    from .context_sample_organization import ContextSampleOrganization
    from .context_sample_organization_custom_data import (
        ContextSampleOrganizationCustomData,
    )
    from .context_sample_user import ContextSampleUser
    from .context_sample_user_custom_data import ContextSampleUserCustomData
    from .context_sample_user_identities import ContextSampleUserIdentities
    from .context_sample_user_organization_role import ContextSampleUserOrganizationRole
    from .context_sample_user_role import ContextSampleUserRole
    from .context_sample_user_role_scope import ContextSampleUserRoleScope
    from .context_sample_user_sso_identity import ContextSampleUserSsoIdentity
    from .context_sample_user_sso_identity_detail import (
        ContextSampleUserSsoIdentityDetail,
    )
    from .cpu import Cpu
    from .create_application_body import CreateApplicationBody
    from .create_application_body_custom_data import CreateApplicationBodyCustomData
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
    from .create_connector_authorization_uri_response_200 import (
        CreateConnectorAuthorizationUriResponse200,
    )
    from .create_connector_body import CreateConnectorBody
    from .create_connector_body_config import CreateConnectorBodyConfig
    from .create_connector_test_body import CreateConnectorTestBody
    from .create_connector_test_body_config import CreateConnectorTestBodyConfig
    from .create_domain_body import CreateDomainBody
    from .create_hook_body import CreateHookBody
    from .create_hook_test_body import CreateHookTestBody
    from .create_organization_body import CreateOrganizationBody
    from .create_organization_body_custom_data import CreateOrganizationBodyCustomData
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
    from .create_saml_application_body_custom_data import (
        CreateSamlApplicationBodyCustomData,
    )
    from .create_saml_application_body_name_id_format import (
        CreateSamlApplicationBodyNameIdFormat,
    )
    from .create_saml_application_secret_body import CreateSamlApplicationSecretBody
    from .create_saml_authn_body import CreateSamlAuthnBody
    from .create_sso_connector_body import CreateSsoConnectorBody
    from .create_sso_connector_body_config import CreateSsoConnectorBodyConfig
    from .create_sso_connector_signing_key_body import CreateSsoConnectorSigningKeyBody
    from .create_subject_token_body import CreateSubjectTokenBody
    from .create_subject_token_body_context import CreateSubjectTokenBodyContext
    from .create_subject_token_response_201 import CreateSubjectTokenResponse201
    from .create_user_asset_body import CreateUserAssetBody
    from .create_user_asset_response_200 import CreateUserAssetResponse200
    from .create_user_body import CreateUserBody
    from .create_user_body_custom_data import CreateUserBodyCustomData
    from .create_user_identity_body import CreateUserIdentityBody
    from .create_user_identity_body_connector_data import (
        CreateUserIdentityBodyConnectorData,
    )
    from .create_user_identity_response_200 import CreateUserIdentityResponse200
    from .create_user_mfa_verification_body_type_0 import (
        CreateUserMfaVerificationBodyType0,
    )
    from .create_user_mfa_verification_body_type_0_type import (
        CreateUserMfaVerificationBodyType0Type,
    )
    from .create_user_mfa_verification_body_type_1 import (
        CreateUserMfaVerificationBodyType1,
    )
    from .create_user_mfa_verification_body_type_1_type import (
        CreateUserMfaVerificationBodyType1Type,
    )
    from .create_user_mfa_verification_body_type_2 import (
        CreateUserMfaVerificationBodyType2,
    )
    from .create_user_mfa_verification_body_type_3 import (
        CreateUserMfaVerificationBodyType3,
    )
    from .create_user_mfa_verification_response_200_type_0 import (
        CreateUserMfaVerificationResponse200Type0,
    )
    from .create_user_mfa_verification_response_200_type_0_type import (
        CreateUserMfaVerificationResponse200Type0Type,
    )
    from .create_user_mfa_verification_response_200_type_1 import (
        CreateUserMfaVerificationResponse200Type1,
    )
    from .create_user_mfa_verification_response_200_type_1_type import (
        CreateUserMfaVerificationResponse200Type1Type,
    )
    from .create_user_personal_access_token_body import (
        CreateUserPersonalAccessTokenBody,
    )
    from .create_verification_code_body_type_0 import CreateVerificationCodeBodyType0
    from .create_verification_code_body_type_1 import CreateVerificationCodeBodyType1
    from .custom_client_metadata import CustomClientMetadata
    from .custom_domain import CustomDomain
    from .custom_domain_status import CustomDomainStatus
    from .custom_phrase import CustomPhrase
    from .custom_profile_field import CustomProfileField
    from .custom_profile_field_ref import CustomProfileFieldRef
    from .custom_profile_field_type import CustomProfileFieldType
    from .custom_ui_assets import CustomUiAssets
    from .custom_ui_csp import CustomUiCsp
    from .date_custom_profile_field_request import DateCustomProfileFieldRequest
    from .date_custom_profile_field_request_config import (
        DateCustomProfileFieldRequestConfig,
    )
    from .date_custom_profile_field_request_type import (
        DateCustomProfileFieldRequestType,
    )
    from .delete_action_action_type import DeleteActionActionType
    from .delete_application_user_consent_scope_scope_type import (
        DeleteApplicationUserConsentScopeScopeType,
    )
    from .delete_cimd_user_consent_scope_scope_type import (
        DeleteCimdUserConsentScopeScopeType,
    )
    from .delete_email_templates_response_200 import DeleteEmailTemplatesResponse200
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
    from .details import Details
    from .details_content_type_type_0 import DetailsContentTypeType0
    from .details_content_type_type_1 import DetailsContentTypeType1
    from .development_tenant_migration_notification import (
        DevelopmentTenantMigrationNotification,
    )
    from .device import Device
    from .dns_record import DnsRecord
    from .domain import Domain
    from .domain_status import DomainStatus
    from .domain_verification_file import DomainVerificationFile
    from .domain_verification_file_content_type import DomainVerificationFileContentType
    from .email_blocklist_policy import EmailBlocklistPolicy
    from .email_template import EmailTemplate
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
    from .experience_custom_content import ExperienceCustomContent
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
    from .get_action_action_type import GetActionActionType
    from .get_active_user_counts_response_200 import GetActiveUserCountsResponse200
    from .get_active_user_counts_response_200_dau_curve_item import (
        GetActiveUserCountsResponse200DauCurveItem,
    )
    from .get_hasura_auth_response_200 import GetHasuraAuthResponse200
    from .get_jwt_customizer_token_type_path import GetJwtCustomizerTokenTypePath
    from .get_new_user_counts_response_200 import GetNewUserCountsResponse200
    from .get_oidc_keys_key_type import GetOidcKeysKeyType
    from .get_sign_in_experience_phrases_response_200 import (
        GetSignInExperiencePhrasesResponse200,
    )
    from .get_sign_in_experience_phrases_response_200_additional_property_type_1 import (
        GetSignInExperiencePhrasesResponse200AdditionalPropertyType1,
    )
    from .get_system_application_config_response_200 import (
        GetSystemApplicationConfigResponse200,
    )
    from .get_system_application_config_response_200_protected_apps import (
        GetSystemApplicationConfigResponse200ProtectedApps,
    )
    from .get_total_user_count_response_200 import GetTotalUserCountResponse200
    from .get_user_asset_service_status_response_200 import (
        GetUserAssetServiceStatusResponse200,
    )
    from .get_user_asset_service_status_response_200_allow_upload_mime_types_item import (
        GetUserAssetServiceStatusResponse200AllowUploadMimeTypesItem,
    )
    from .get_user_asset_service_status_response_200_status_type_0 import (
        GetUserAssetServiceStatusResponse200StatusType0,
    )
    from .get_user_asset_service_status_response_200_status_type_1 import (
        GetUserAssetServiceStatusResponse200StatusType1,
    )
    from .get_user_has_password_response_200 import GetUserHasPasswordResponse200
    from .get_user_identity_response_200 import GetUserIdentityResponse200
    from .get_user_sso_identity_response_200 import GetUserSsoIdentityResponse200
    from .get_username_case_sensitivity_conflicts_response_200 import (
        GetUsernameCaseSensitivityConflictsResponse200,
    )
    from .get_username_case_sensitivity_conflicts_response_200_samples_item import (
        GetUsernameCaseSensitivityConflictsResponse200SamplesItem,
    )
    from .google_one_tap import GoogleOneTap
    from .grant import Grant
    from .grant_subject_token_context import GrantSubjectTokenContext
    from .grant_type import GrantType
    from .hook import Hook
    from .hook_config import HookConfig
    from .hook_config_headers import HookConfigHeaders
    from .hook_config_input import HookConfigInput
    from .hook_config_input_headers import HookConfigInputHeaders
    from .hook_event import HookEvent
    from .i18n_phrases import I18NPhrases
    from .id_token_config import IdTokenConfig
    from .identifier import Identifier
    from .identifier_type import IdentifierType
    from .identities import Identities
    from .identities_details import IdentitiesDetails
    from .interaction import Interaction
    from .interaction_interaction_event import InteractionInteractionEvent
    from .interaction_sign_in_context import InteractionSignInContext
    from .jwt_context_organization import JwtContextOrganization
    from .jwt_customizer_request import JwtCustomizerRequest
    from .jwt_customizer_request_context_sample import JwtCustomizerRequestContextSample
    from .jwt_customizer_request_environment_variables import (
        JwtCustomizerRequestEnvironmentVariables,
    )
    from .jwt_customizer_request_token_sample import JwtCustomizerRequestTokenSample
    from .language_info import LanguageInfo
    from .language_tag import LanguageTag
    from .last_submission import LastSubmission
    from .last_submission_interaction_event import LastSubmissionInteractionEvent
    from .last_submission_sign_in_context import LastSubmissionSignInContext
    from .legacy_hook_event import LegacyHookEvent
    from .length import Length
    from .list_actions_response_200_item import ListActionsResponse200Item
    from .list_actions_response_200_item_key import ListActionsResponse200ItemKey
    from .list_application_user_consent_organizations_response_200 import (
        ListApplicationUserConsentOrganizationsResponse200,
    )
    from .list_applications_is_third_party_type_0 import (
        ListApplicationsIsThirdPartyType0,
    )
    from .list_applications_is_third_party_type_1 import (
        ListApplicationsIsThirdPartyType1,
    )
    from .list_jwt_customizers_response_200_item_type_0 import (
        ListJwtCustomizersResponse200ItemType0,
    )
    from .list_jwt_customizers_response_200_item_type_0_key import (
        ListJwtCustomizersResponse200ItemType0Key,
    )
    from .list_jwt_customizers_response_200_item_type_1 import (
        ListJwtCustomizersResponse200ItemType1,
    )
    from .list_jwt_customizers_response_200_item_type_1_key import (
        ListJwtCustomizersResponse200ItemType1Key,
    )
    from .list_one_time_tokens_status import ListOneTimeTokensStatus
    from .list_roles_type import ListRolesType
    from .list_saml_application_secrets_response_200_item import (
        ListSamlApplicationSecretsResponse200Item,
    )
    from .list_sso_connector_providers_response_200_item import (
        ListSsoConnectorProvidersResponse200Item,
    )
    from .list_sso_connector_providers_response_200_item_provider_type import (
        ListSsoConnectorProvidersResponse200ItemProviderType,
    )
    from .list_user_all_identities_response_200 import ListUserAllIdentitiesResponse200
    from .list_user_all_identities_response_200_social_identities_item import (
        ListUserAllIdentitiesResponse200SocialIdentitiesItem,
    )
    from .list_user_all_identities_response_200_sso_identities_item import (
        ListUserAllIdentitiesResponse200SsoIdentitiesItem,
    )
    from .list_user_custom_data_response_200 import ListUserCustomDataResponse200
    from .list_user_grants_app_type import ListUserGrantsAppType
    from .list_user_grants_response_200 import ListUserGrantsResponse200
    from .list_user_grants_response_200_grants_item import (
        ListUserGrantsResponse200GrantsItem,
    )
    from .list_user_grants_response_200_grants_item_payload import (
        ListUserGrantsResponse200GrantsItemPayload,
    )
    from .list_user_grants_response_200_grants_item_payload_kind import (
        ListUserGrantsResponse200GrantsItemPayloadKind,
    )
    from .list_user_mfa_verifications_response_200_item import (
        ListUserMfaVerificationsResponse200Item,
    )
    from .list_user_sessions_response_200 import ListUserSessionsResponse200
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
    from .mfa_verification_factor import MfaVerificationFactor
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
    from .number_custom_profile_field_request import NumberCustomProfileFieldRequest
    from .number_custom_profile_field_request_config import (
        NumberCustomProfileFieldRequestConfig,
    )
    from .number_custom_profile_field_request_type import (
        NumberCustomProfileFieldRequestType,
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
    from .organization_application_custom_data import OrganizationApplicationCustomData
    from .organization_custom_data import OrganizationCustomData
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
    from .organization_user_custom_data import OrganizationUserCustomData
    from .organization_user_identities import OrganizationUserIdentities
    from .organization_user_roles_request import OrganizationUserRolesRequest
    from .organization_with_roles import OrganizationWithRoles
    from .organization_with_roles_custom_data import OrganizationWithRolesCustomData
    from .page_rule import PageRule
    from .part import Part
    from .part_config import PartConfig
    from .passkey_sign_in import PasskeySignIn
    from .password_algorithm import PasswordAlgorithm
    from .password_expiration import PasswordExpiration
    from .password_expiration_disabled import PasswordExpirationDisabled
    from .password_policy import PasswordPolicy
    from .password_verification_record import PasswordVerificationRecord
    from .password_verification_record_identifier import (
        PasswordVerificationRecordIdentifier,
    )
    from .password_verification_record_identifier_type_type_0 import (
        PasswordVerificationRecordIdentifierTypeType0,
    )
    from .password_verification_record_identifier_type_type_1 import (
        PasswordVerificationRecordIdentifierTypeType1,
    )
    from .password_verification_record_type import PasswordVerificationRecordType
    from .payload import Payload
    from .payload_error_type_0 import PayloadErrorType0
    from .payload_params import PayloadParams
    from .payload_result import PayloadResult
    from .period_user_count import PeriodUserCount
    from .personal_access_token import PersonalAccessToken
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
    from .replace_domain_verification_files_body_verification_files import (
        ReplaceDomainVerificationFilesBodyVerificationFiles,
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
    from .replace_user_identity_response_200 import ReplaceUserIdentityResponse200
    from .replace_user_identity_response_201 import ReplaceUserIdentityResponse201
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
    from .saml_application_custom_data import SamlApplicationCustomData
    from .saml_application_name_id_format import SamlApplicationNameIdFormat
    from .saml_application_response import SamlApplicationResponse
    from .saml_application_response_custom_data import SamlApplicationResponseCustomData
    from .saml_application_secret import SamlApplicationSecret
    from .saml_encryption import SamlEncryption
    from .scope import Scope
    from .scope_ids_request import ScopeIdsRequest
    from .search_params import SearchParams
    from .secondary_identifier import SecondaryIdentifier
    from .secondary_identifier_identifier_type_0 import (
        SecondaryIdentifierIdentifierType0,
    )
    from .secondary_identifier_identifier_type_1 import (
        SecondaryIdentifierIdentifierType1,
    )
    from .select_custom_profile_field_request import SelectCustomProfileFieldRequest
    from .select_custom_profile_field_request_config import (
        SelectCustomProfileFieldRequestConfig,
    )
    from .select_custom_profile_field_request_type import (
        SelectCustomProfileFieldRequestType,
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
    from .sign_in_experience_custom_content import SignInExperienceCustomContent
    from .sign_in_experience_forgot_password_methods_type_0_item import (
        SignInExperienceForgotPasswordMethodsType0Item,
    )
    from .sign_in_experience_sign_in_mode import SignInExperienceSignInMode
    from .sign_in_passkey_verification_record import SignInPasskeyVerificationRecord
    from .sign_in_passkey_verification_record_type import (
        SignInPasskeyVerificationRecordType,
    )
    from .sign_up import SignUp
    from .sign_up_identifiers_item import SignUpIdentifiersItem
    from .social_connector import SocialConnector
    from .social_connector_platform import SocialConnectorPlatform
    from .social_sign_in import SocialSignIn
    from .social_user_info import SocialUserInfo
    from .social_user_info_raw_data_type_0 import SocialUserInfoRawDataType0
    from .social_user_info_raw_data_type_1_item_type_4 import (
        SocialUserInfoRawDataType1ItemType4,
    )
    from .social_user_info_raw_data_type_5_type_0 import SocialUserInfoRawDataType5Type0
    from .social_user_info_raw_data_type_5_type_1_item_type_4 import (
        SocialUserInfoRawDataType5Type1ItemType4,
    )
    from .social_user_info_raw_data_type_6_type_0 import SocialUserInfoRawDataType6Type0
    from .social_user_info_raw_data_type_6_type_1_item_type_4 import (
        SocialUserInfoRawDataType6Type1ItemType4,
    )
    from .social_verification_record import SocialVerificationRecord
    from .social_verification_record_type import SocialVerificationRecordType
    from .ssl import Ssl
    from .sso_connector import SsoConnector
    from .sso_connector_branding import SsoConnectorBranding
    from .sso_connector_config import SsoConnectorConfig
    from .sso_connector_provider_config import SsoConnectorProviderConfig
    from .sso_connector_provider_type import SsoConnectorProviderType
    from .sso_connector_record import SsoConnectorRecord
    from .sso_connector_record_config import SsoConnectorRecordConfig
    from .sso_connector_signing_key import SsoConnectorSigningKey
    from .sso_identity import SsoIdentity
    from .sso_identity_detail import SsoIdentityDetail
    from .sso_identity_token_secret import SsoIdentityTokenSecret
    from .sso_identity_token_secret_type import SsoIdentityTokenSecretType
    from .template_type import TemplateType
    from .test_action_body import TestActionBody
    from .test_action_body_action_type import TestActionBodyActionType
    from .test_action_body_environment_variables import (
        TestActionBodyEnvironmentVariables,
    )
    from .test_action_body_event_type_0 import TestActionBodyEventType0
    from .test_action_body_event_type_1_item_type_4 import (
        TestActionBodyEventType1ItemType4,
    )
    from .test_action_body_event_type_5_type_0 import TestActionBodyEventType5Type0
    from .test_action_body_event_type_5_type_1_item_type_4 import (
        TestActionBodyEventType5Type1ItemType4,
    )
    from .test_action_body_event_type_6_type_0 import TestActionBodyEventType6Type0
    from .test_action_body_event_type_6_type_1_item_type_4 import (
        TestActionBodyEventType6Type1ItemType4,
    )
    from .test_action_response_200_type_0 import TestActionResponse200Type0
    from .test_action_response_200_type_1_item_type_4 import (
        TestActionResponse200Type1ItemType4,
    )
    from .test_action_response_200_type_5_type_0 import TestActionResponse200Type5Type0
    from .test_action_response_200_type_5_type_1_item_type_4 import (
        TestActionResponse200Type5Type1ItemType4,
    )
    from .test_action_response_200_type_6_type_0 import TestActionResponse200Type6Type0
    from .test_action_response_200_type_6_type_1_item_type_4 import (
        TestActionResponse200Type6Type1ItemType4,
    )
    from .test_jwt_customizer_body_type_0 import TestJwtCustomizerBodyType0
    from .test_jwt_customizer_body_type_0_environment_variables import (
        TestJwtCustomizerBodyType0EnvironmentVariables,
    )
    from .test_jwt_customizer_body_type_0_token_type import (
        TestJwtCustomizerBodyType0TokenType,
    )
    from .test_jwt_customizer_body_type_1 import TestJwtCustomizerBodyType1
    from .test_jwt_customizer_body_type_1_environment_variables import (
        TestJwtCustomizerBodyType1EnvironmentVariables,
    )
    from .test_jwt_customizer_body_type_1_token_type import (
        TestJwtCustomizerBodyType1TokenType,
    )
    from .test_jwt_customizer_response_200 import TestJwtCustomizerResponse200
    from .text_custom_profile_field_request import TextCustomProfileFieldRequest
    from .text_custom_profile_field_request_config import (
        TextCustomProfileFieldRequestConfig,
    )
    from .text_custom_profile_field_request_type import (
        TextCustomProfileFieldRequestType,
    )
    from .token import Token
    from .token_kind import TokenKind
    from .token_sample import TokenSample
    from .token_sample_kind import TokenSampleKind
    from .token_secret import TokenSecret
    from .token_secret_metadata import TokenSecretMetadata
    from .token_secret_type import TokenSecretType
    from .totp_verification_record import TotpVerificationRecord
    from .totp_verification_record_type import TotpVerificationRecordType
    from .translation_object import TranslationObject
    from .trusted_device import TrustedDevice
    from .turnstile_config import TurnstileConfig
    from .turnstile_config_type import TurnstileConfigType
    from .update_account_center_settings_body import UpdateAccountCenterSettingsBody
    from .update_account_center_settings_body_delete_account_url_type_0 import (
        UpdateAccountCenterSettingsBodyDeleteAccountUrlType0,
    )
    from .update_action_action_type import UpdateActionActionType
    from .update_action_body import UpdateActionBody
    from .update_action_body_context_sample_type_0 import (
        UpdateActionBodyContextSampleType0,
    )
    from .update_action_body_context_sample_type_1_item_type_4 import (
        UpdateActionBodyContextSampleType1ItemType4,
    )
    from .update_action_body_context_sample_type_5_type_0 import (
        UpdateActionBodyContextSampleType5Type0,
    )
    from .update_action_body_context_sample_type_5_type_1_item_type_4 import (
        UpdateActionBodyContextSampleType5Type1ItemType4,
    )
    from .update_action_body_context_sample_type_6_type_0 import (
        UpdateActionBodyContextSampleType6Type0,
    )
    from .update_action_body_context_sample_type_6_type_1_item_type_4 import (
        UpdateActionBodyContextSampleType6Type1ItemType4,
    )
    from .update_action_body_environment_variables import (
        UpdateActionBodyEnvironmentVariables,
    )
    from .update_action_body_on_execution_error import UpdateActionBodyOnExecutionError
    from .update_admin_console_config_body import UpdateAdminConsoleConfigBody
    from .update_application_body import UpdateApplicationBody
    from .update_application_body_custom_data import UpdateApplicationBodyCustomData
    from .update_application_body_protected_app_metadata_type_0 import (
        UpdateApplicationBodyProtectedAppMetadataType0,
    )
    from .update_application_custom_data_body import UpdateApplicationCustomDataBody
    from .update_application_custom_data_response_200 import (
        UpdateApplicationCustomDataResponse200,
    )
    from .update_application_secret_body import UpdateApplicationSecretBody
    from .update_captcha_provider_body import UpdateCaptchaProviderBody
    from .update_cimd_config_body import UpdateCimdConfigBody
    from .update_connector_body import UpdateConnectorBody
    from .update_connector_body_config import UpdateConnectorBodyConfig
    from .update_custom_profile_field_by_name_body_type_0 import (
        UpdateCustomProfileFieldByNameBodyType0,
    )
    from .update_custom_profile_field_by_name_body_type_0_type import (
        UpdateCustomProfileFieldByNameBodyType0Type,
    )
    from .update_custom_profile_field_by_name_body_type_1 import (
        UpdateCustomProfileFieldByNameBodyType1,
    )
    from .update_custom_profile_field_by_name_body_type_1_type import (
        UpdateCustomProfileFieldByNameBodyType1Type,
    )
    from .update_custom_profile_field_by_name_body_type_2 import (
        UpdateCustomProfileFieldByNameBodyType2,
    )
    from .update_custom_profile_field_by_name_body_type_2_type import (
        UpdateCustomProfileFieldByNameBodyType2Type,
    )
    from .update_custom_profile_field_by_name_body_type_3 import (
        UpdateCustomProfileFieldByNameBodyType3,
    )
    from .update_custom_profile_field_by_name_body_type_3_type import (
        UpdateCustomProfileFieldByNameBodyType3Type,
    )
    from .update_custom_profile_field_by_name_body_type_4 import (
        UpdateCustomProfileFieldByNameBodyType4,
    )
    from .update_custom_profile_field_by_name_body_type_4_type import (
        UpdateCustomProfileFieldByNameBodyType4Type,
    )
    from .update_custom_profile_field_by_name_body_type_5 import (
        UpdateCustomProfileFieldByNameBodyType5,
    )
    from .update_custom_profile_field_by_name_body_type_5_type import (
        UpdateCustomProfileFieldByNameBodyType5Type,
    )
    from .update_custom_profile_field_by_name_body_type_6 import (
        UpdateCustomProfileFieldByNameBodyType6,
    )
    from .update_custom_profile_field_by_name_body_type_6_type import (
        UpdateCustomProfileFieldByNameBodyType6Type,
    )
    from .update_custom_profile_field_by_name_body_type_7 import (
        UpdateCustomProfileFieldByNameBodyType7,
    )
    from .update_custom_profile_field_by_name_body_type_7_type import (
        UpdateCustomProfileFieldByNameBodyType7Type,
    )
    from .update_custom_profile_field_by_name_body_type_8 import (
        UpdateCustomProfileFieldByNameBodyType8,
    )
    from .update_custom_profile_field_by_name_body_type_8_type import (
        UpdateCustomProfileFieldByNameBodyType8Type,
    )
    from .update_custom_profile_fields_sie_order_body import (
        UpdateCustomProfileFieldsSieOrderBody,
    )
    from .update_custom_profile_fields_sie_order_body_order_item import (
        UpdateCustomProfileFieldsSieOrderBodyOrderItem,
    )
    from .update_email_template_details_body import UpdateEmailTemplateDetailsBody
    from .update_email_template_details_body_content_type_type_0 import (
        UpdateEmailTemplateDetailsBodyContentTypeType0,
    )
    from .update_email_template_details_body_content_type_type_1 import (
        UpdateEmailTemplateDetailsBodyContentTypeType1,
    )
    from .update_hook_body import UpdateHookBody
    from .update_jwt_customizer_token_type_path import UpdateJwtCustomizerTokenTypePath
    from .update_oidc_session_config_body import UpdateOidcSessionConfigBody
    from .update_organization_body import UpdateOrganizationBody
    from .update_organization_body_custom_data import UpdateOrganizationBodyCustomData
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
    from .update_saml_application_body_custom_data import (
        UpdateSamlApplicationBodyCustomData,
    )
    from .update_saml_application_body_name_id_format import (
        UpdateSamlApplicationBodyNameIdFormat,
    )
    from .update_saml_application_secret_body import UpdateSamlApplicationSecretBody
    from .update_sign_in_exp_body import UpdateSignInExpBody
    from .update_sign_in_exp_body_agree_to_terms_policy import (
        UpdateSignInExpBodyAgreeToTermsPolicy,
    )
    from .update_sign_in_exp_body_custom_content import UpdateSignInExpBodyCustomContent
    from .update_sign_in_exp_body_forgot_password_methods_type_0_item import (
        UpdateSignInExpBodyForgotPasswordMethodsType0Item,
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
    from .update_sso_connector_body_config import UpdateSsoConnectorBodyConfig
    from .update_sso_connector_signing_key_body import UpdateSsoConnectorSigningKeyBody
    from .update_user_body import UpdateUserBody
    from .update_user_body_custom_data import UpdateUserBodyCustomData
    from .update_user_custom_data_body import UpdateUserCustomDataBody
    from .update_user_custom_data_body_custom_data import (
        UpdateUserCustomDataBodyCustomData,
    )
    from .update_user_custom_data_response_200 import UpdateUserCustomDataResponse200
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
    from .upload_custom_ui_assets_response_200 import UploadCustomUiAssetsResponse200
    from .upsert_action_action_type import UpsertActionActionType
    from .upsert_jwt_customizer_token_type_path import UpsertJwtCustomizerTokenTypePath
    from .url_custom_profile_field_request import UrlCustomProfileFieldRequest
    from .url_custom_profile_field_request_config import (
        UrlCustomProfileFieldRequestConfig,
    )
    from .url_custom_profile_field_request_type import UrlCustomProfileFieldRequestType
    from .user import User
    from .user_agent_engine import UserAgentEngine
    from .user_agent_os import UserAgentOs
    from .user_agent_parsed import UserAgentParsed
    from .user_consent_organization_scope import UserConsentOrganizationScope
    from .user_consent_scope import UserConsentScope
    from .user_consent_scope_request import UserConsentScopeRequest
    from .user_custom_data import UserCustomData
    from .user_identities import UserIdentities
    from .user_ids import UserIds
    from .user_logto_config import UserLogtoConfig
    from .user_logto_config_mfa import UserLogtoConfigMfa
    from .user_logto_config_passkey_sign_in import UserLogtoConfigPasskeySignIn
    from .user_password_request import UserPasswordRequest
    from .user_scope import UserScope
    from .username_policy import UsernamePolicy
    from .validation_error import ValidationError
    from .verification_code_policy import VerificationCodePolicy
    from .verify_one_time_token_body import VerifyOneTimeTokenBody
    from .verify_verification_code_body_type_0 import VerifyVerificationCodeBodyType0
    from .verify_verification_code_body_type_1 import VerifyVerificationCodeBodyType1
    from .web_authn_verification_record import WebAuthnVerificationRecord
    from .web_authn_verification_record_type import WebAuthnVerificationRecordType

_MODULES = {
    "AccessTokenJwtCustomizer": ".access_token_jwt_customizer",
    "AccessTokenJwtCustomizerEnvironmentVariables": ".access_token_jwt_customizer_environment_variables",
    "AccountCenter": ".account_center",
    "AcsUrl": ".acs_url",
    "AcsUrlBinding": ".acs_url_binding",
    "Action": ".action",
    "ActionContextSampleType0": ".action_context_sample_type_0",
    "ActionContextSampleType1ItemType4": ".action_context_sample_type_1_item_type_4",
    "ActionContextSampleType5Type0": ".action_context_sample_type_5_type_0",
    "ActionContextSampleType5Type1ItemType4": ".action_context_sample_type_5_type_1_item_type_4",
    "ActionContextSampleType6Type0": ".action_context_sample_type_6_type_0",
    "ActionContextSampleType6Type1ItemType4": ".action_context_sample_type_6_type_1_item_type_4",
    "ActionEnvironmentVariables": ".action_environment_variables",
    "ActionOnExecutionError": ".action_on_execution_error",
    "AdaptiveMfa": ".adaptive_mfa",
    "AddOneTimeTokensBody": ".add_one_time_tokens_body",
    "AdditionalScope": ".additional_scope",
    "Address": ".address",
    "AddressCustomProfileFieldRequest": ".address_custom_profile_field_request",
    "AddressCustomProfileFieldRequestConfig": ".address_custom_profile_field_request_config",
    "AddressCustomProfileFieldRequestConfigPart": ".address_custom_profile_field_request_config_part",
    "AddressCustomProfileFieldRequestConfigPartName": ".address_custom_profile_field_request_config_part_name",
    "AddressCustomProfileFieldRequestType": ".address_custom_profile_field_request_type",
    "AdminConsoleConfig": ".admin_console_config",
    "AllowedChars": ".allowed_chars",
    "Application": ".application",
    "ApplicationAccessControl": ".application_access_control",
    "ApplicationCustomData": ".application_custom_data",
    "ApplicationIdsRequest": ".application_ids_request",
    "ApplicationRef": ".application_ref",
    "ApplicationSecret": ".application_secret",
    "ApplicationSignInExperience": ".application_sign_in_experience",
    "ApplicationType": ".application_type",
    "ApplicationUserConsentOrganizationRequest": ".application_user_consent_organization_request",
    "AssertSamlBody": ".assert_saml_body",
    "AssertSingleSignOnSamlBody": ".assert_single_sign_on_saml_body",
    "AssignOrganizationRolesToApplicationsBody": ".assign_organization_roles_to_applications_body",
    "AssignOrganizationRolesToUsersBody": ".assign_organization_roles_to_users_body",
    "AttributeMapping": ".attribute_mapping",
    "Authorizations": ".authorizations",
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
    "CheckPasswordWithDefaultSignInExperienceResponse200Type0": ".check_password_with_default_sign_in_experience_response_200_type_0",
    "CheckPasswordWithDefaultSignInExperienceResponse200Type1": ".check_password_with_default_sign_in_experience_response_200_type_1",
    "CheckPasswordWithDefaultSignInExperienceResponse200Type1IssuesItem": ".check_password_with_default_sign_in_experience_response_200_type_1_issues_item",
    "CheckPasswordWithDefaultSignInExperienceResponse200Type1IssuesItemInterpolation": ".check_password_with_default_sign_in_experience_response_200_type_1_issues_item_interpolation",
    "CheckboxCustomProfileFieldRequest": ".checkbox_custom_profile_field_request",
    "CheckboxCustomProfileFieldRequestConfig": ".checkbox_custom_profile_field_request_config",
    "CheckboxCustomProfileFieldRequestConfigDefaultValueType0": ".checkbox_custom_profile_field_request_config_default_value_type_0",
    "CheckboxCustomProfileFieldRequestConfigDefaultValueType1": ".checkbox_custom_profile_field_request_config_default_value_type_1",
    "CheckboxCustomProfileFieldRequestType": ".checkbox_custom_profile_field_request_type",
    "CheckedChargeNotification": ".checked_charge_notification",
    "CimdConfig": ".cimd_config",
    "CleanupDomainsBody": ".cleanup_domains_body",
    "CleanupDomainsResponse200": ".cleanup_domains_response_200",
    "ClientCredentialsJwtCustomizer": ".client_credentials_jwt_customizer",
    "ClientCredentialsJwtCustomizerEnvironmentVariables": ".client_credentials_jwt_customizer_environment_variables",
    "CloudflareData": ".cloudflare_data",
    "Color": ".color",
    "Config": ".config",
    "Connector": ".connector",
    "ConnectorConfig": ".connector_config",
    "ConnectorCustomData": ".connector_custom_data",
    "ConnectorExtraInfo": ".connector_extra_info",
    "ConnectorFactory": ".connector_factory",
    "ConnectorFactoryCustomData": ".connector_factory_custom_data",
    "ConnectorFactoryPlatform": ".connector_factory_platform",
    "ConnectorFactoryType": ".connector_factory_type",
    "ConnectorPlatform": ".connector_platform",
    "ConnectorType": ".connector_type",
    "Context": ".context",
    "ContextApplication": ".context_application",
    "ContextApplicationCustomData": ".context_application_custom_data",
    "ContextSample": ".context_sample",
    "ContextSampleOrganization": ".context_sample_organization",
    "ContextSampleOrganizationCustomData": ".context_sample_organization_custom_data",
    "ContextSampleUser": ".context_sample_user",
    "ContextSampleUserCustomData": ".context_sample_user_custom_data",
    "ContextSampleUserIdentities": ".context_sample_user_identities",
    "ContextSampleUserOrganizationRole": ".context_sample_user_organization_role",
    "ContextSampleUserRole": ".context_sample_user_role",
    "ContextSampleUserRoleScope": ".context_sample_user_role_scope",
    "ContextSampleUserSsoIdentity": ".context_sample_user_sso_identity",
    "ContextSampleUserSsoIdentityDetail": ".context_sample_user_sso_identity_detail",
    "Cpu": ".cpu",
    "CreateApplicationBody": ".create_application_body",
    "CreateApplicationBodyCustomData": ".create_application_body_custom_data",
    "CreateApplicationBodyProtectedAppMetadata": ".create_application_body_protected_app_metadata",
    "CreateApplicationProtectedAppMetadataCustomDomainBody": ".create_application_protected_app_metadata_custom_domain_body",
    "CreateApplicationSecretBody": ".create_application_secret_body",
    "CreateConnectorAuthorizationUriBody": ".create_connector_authorization_uri_body",
    "CreateConnectorAuthorizationUriResponse200": ".create_connector_authorization_uri_response_200",
    "CreateConnectorBody": ".create_connector_body",
    "CreateConnectorBodyConfig": ".create_connector_body_config",
    "CreateConnectorTestBody": ".create_connector_test_body",
    "CreateConnectorTestBodyConfig": ".create_connector_test_body_config",
    "CreateDomainBody": ".create_domain_body",
    "CreateHookBody": ".create_hook_body",
    "CreateHookTestBody": ".create_hook_test_body",
    "CreateOrganizationBody": ".create_organization_body",
    "CreateOrganizationBodyCustomData": ".create_organization_body_custom_data",
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
    "CreateSamlApplicationBodyCustomData": ".create_saml_application_body_custom_data",
    "CreateSamlApplicationBodyNameIdFormat": ".create_saml_application_body_name_id_format",
    "CreateSamlApplicationSecretBody": ".create_saml_application_secret_body",
    "CreateSamlAuthnBody": ".create_saml_authn_body",
    "CreateSsoConnectorBody": ".create_sso_connector_body",
    "CreateSsoConnectorBodyConfig": ".create_sso_connector_body_config",
    "CreateSsoConnectorSigningKeyBody": ".create_sso_connector_signing_key_body",
    "CreateSubjectTokenBody": ".create_subject_token_body",
    "CreateSubjectTokenBodyContext": ".create_subject_token_body_context",
    "CreateSubjectTokenResponse201": ".create_subject_token_response_201",
    "CreateUserAssetBody": ".create_user_asset_body",
    "CreateUserAssetResponse200": ".create_user_asset_response_200",
    "CreateUserBody": ".create_user_body",
    "CreateUserBodyCustomData": ".create_user_body_custom_data",
    "CreateUserIdentityBody": ".create_user_identity_body",
    "CreateUserIdentityBodyConnectorData": ".create_user_identity_body_connector_data",
    "CreateUserIdentityResponse200": ".create_user_identity_response_200",
    "CreateUserMfaVerificationBodyType0": ".create_user_mfa_verification_body_type_0",
    "CreateUserMfaVerificationBodyType0Type": ".create_user_mfa_verification_body_type_0_type",
    "CreateUserMfaVerificationBodyType1": ".create_user_mfa_verification_body_type_1",
    "CreateUserMfaVerificationBodyType1Type": ".create_user_mfa_verification_body_type_1_type",
    "CreateUserMfaVerificationBodyType2": ".create_user_mfa_verification_body_type_2",
    "CreateUserMfaVerificationBodyType3": ".create_user_mfa_verification_body_type_3",
    "CreateUserMfaVerificationResponse200Type0": ".create_user_mfa_verification_response_200_type_0",
    "CreateUserMfaVerificationResponse200Type0Type": ".create_user_mfa_verification_response_200_type_0_type",
    "CreateUserMfaVerificationResponse200Type1": ".create_user_mfa_verification_response_200_type_1",
    "CreateUserMfaVerificationResponse200Type1Type": ".create_user_mfa_verification_response_200_type_1_type",
    "CreateUserPersonalAccessTokenBody": ".create_user_personal_access_token_body",
    "CreateVerificationCodeBodyType0": ".create_verification_code_body_type_0",
    "CreateVerificationCodeBodyType1": ".create_verification_code_body_type_1",
    "CustomClientMetadata": ".custom_client_metadata",
    "CustomDomain": ".custom_domain",
    "CustomDomainStatus": ".custom_domain_status",
    "CustomPhrase": ".custom_phrase",
    "CustomProfileField": ".custom_profile_field",
    "CustomProfileFieldRef": ".custom_profile_field_ref",
    "CustomProfileFieldType": ".custom_profile_field_type",
    "CustomUiAssets": ".custom_ui_assets",
    "CustomUiCsp": ".custom_ui_csp",
    "DateCustomProfileFieldRequest": ".date_custom_profile_field_request",
    "DateCustomProfileFieldRequestConfig": ".date_custom_profile_field_request_config",
    "DateCustomProfileFieldRequestType": ".date_custom_profile_field_request_type",
    "DeleteActionActionType": ".delete_action_action_type",
    "DeleteApplicationUserConsentScopeScopeType": ".delete_application_user_consent_scope_scope_type",
    "DeleteCimdUserConsentScopeScopeType": ".delete_cimd_user_consent_scope_scope_type",
    "DeleteEmailTemplatesResponse200": ".delete_email_templates_response_200",
    "DeleteJwtCustomizerTokenTypePath": ".delete_jwt_customizer_token_type_path",
    "DeleteOidcKeyKeyType": ".delete_oidc_key_key_type",
    "DeletePersonalAccessTokenPostBody": ".delete_personal_access_token_post_body",
    "DeleteSentinelActivitiesBody": ".delete_sentinel_activities_body",
    "DeleteSentinelActivitiesBodyTargetType": ".delete_sentinel_activities_body_target_type",
    "DeleteUserSessionRevokeGrantsTarget": ".delete_user_session_revoke_grants_target",
    "Details": ".details",
    "DetailsContentTypeType0": ".details_content_type_type_0",
    "DetailsContentTypeType1": ".details_content_type_type_1",
    "DevelopmentTenantMigrationNotification": ".development_tenant_migration_notification",
    "Device": ".device",
    "DnsRecord": ".dns_record",
    "Domain": ".domain",
    "DomainStatus": ".domain_status",
    "DomainVerificationFile": ".domain_verification_file",
    "DomainVerificationFileContentType": ".domain_verification_file_content_type",
    "EmailBlocklistPolicy": ".email_blocklist_policy",
    "EmailTemplate": ".email_template",
    "EmailVerificationCodeVerificationRecord": ".email_verification_code_verification_record",
    "EmailVerificationCodeVerificationRecordType": ".email_verification_code_verification_record_type",
    "EnabledExtendedClaim": ".enabled_extended_claim",
    "EnterpriseSsoVerificationRecord": ".enterprise_sso_verification_record",
    "EnterpriseSsoVerificationRecordType": ".enterprise_sso_verification_record_type",
    "ExecutionStats": ".execution_stats",
    "Experience": ".experience",
    "ExperienceAgreeToTermsPolicy": ".experience_agree_to_terms_policy",
    "ExperienceCustomContent": ".experience_custom_content",
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
    "FormItem": ".form_item",
    "FormItemType": ".form_item_type",
    "FullnameCustomProfileFieldRequest": ".fullname_custom_profile_field_request",
    "FullnameCustomProfileFieldRequestConfig": ".fullname_custom_profile_field_request_config",
    "FullnameCustomProfileFieldRequestConfigPart": ".fullname_custom_profile_field_request_config_part",
    "FullnameCustomProfileFieldRequestConfigPartName": ".fullname_custom_profile_field_request_config_part_name",
    "FullnameCustomProfileFieldRequestType": ".fullname_custom_profile_field_request_type",
    "GetActionActionType": ".get_action_action_type",
    "GetActiveUserCountsResponse200": ".get_active_user_counts_response_200",
    "GetActiveUserCountsResponse200DauCurveItem": ".get_active_user_counts_response_200_dau_curve_item",
    "GetHasuraAuthResponse200": ".get_hasura_auth_response_200",
    "GetJwtCustomizerTokenTypePath": ".get_jwt_customizer_token_type_path",
    "GetNewUserCountsResponse200": ".get_new_user_counts_response_200",
    "GetOidcKeysKeyType": ".get_oidc_keys_key_type",
    "GetSignInExperiencePhrasesResponse200": ".get_sign_in_experience_phrases_response_200",
    "GetSignInExperiencePhrasesResponse200AdditionalPropertyType1": ".get_sign_in_experience_phrases_response_200_additional_property_type_1",
    "GetSystemApplicationConfigResponse200": ".get_system_application_config_response_200",
    "GetSystemApplicationConfigResponse200ProtectedApps": ".get_system_application_config_response_200_protected_apps",
    "GetTotalUserCountResponse200": ".get_total_user_count_response_200",
    "GetUserAssetServiceStatusResponse200": ".get_user_asset_service_status_response_200",
    "GetUserAssetServiceStatusResponse200AllowUploadMimeTypesItem": ".get_user_asset_service_status_response_200_allow_upload_mime_types_item",
    "GetUserAssetServiceStatusResponse200StatusType0": ".get_user_asset_service_status_response_200_status_type_0",
    "GetUserAssetServiceStatusResponse200StatusType1": ".get_user_asset_service_status_response_200_status_type_1",
    "GetUserHasPasswordResponse200": ".get_user_has_password_response_200",
    "GetUserIdentityResponse200": ".get_user_identity_response_200",
    "GetUserSsoIdentityResponse200": ".get_user_sso_identity_response_200",
    "GetUsernameCaseSensitivityConflictsResponse200": ".get_username_case_sensitivity_conflicts_response_200",
    "GetUsernameCaseSensitivityConflictsResponse200SamplesItem": ".get_username_case_sensitivity_conflicts_response_200_samples_item",
    "GoogleOneTap": ".google_one_tap",
    "Grant": ".grant",
    "GrantSubjectTokenContext": ".grant_subject_token_context",
    "GrantType": ".grant_type",
    "Hook": ".hook",
    "HookConfig": ".hook_config",
    "HookConfigHeaders": ".hook_config_headers",
    "HookConfigInput": ".hook_config_input",
    "HookConfigInputHeaders": ".hook_config_input_headers",
    "HookEvent": ".hook_event",
    "I18NPhrases": ".i18n_phrases",
    "IdTokenConfig": ".id_token_config",
    "Identifier": ".identifier",
    "IdentifierType": ".identifier_type",
    "Identities": ".identities",
    "IdentitiesDetails": ".identities_details",
    "Interaction": ".interaction",
    "InteractionInteractionEvent": ".interaction_interaction_event",
    "InteractionSignInContext": ".interaction_sign_in_context",
    "JwtContextOrganization": ".jwt_context_organization",
    "JwtCustomizerRequest": ".jwt_customizer_request",
    "JwtCustomizerRequestContextSample": ".jwt_customizer_request_context_sample",
    "JwtCustomizerRequestEnvironmentVariables": ".jwt_customizer_request_environment_variables",
    "JwtCustomizerRequestTokenSample": ".jwt_customizer_request_token_sample",
    "LanguageInfo": ".language_info",
    "LanguageTag": ".language_tag",
    "LastSubmission": ".last_submission",
    "LastSubmissionInteractionEvent": ".last_submission_interaction_event",
    "LastSubmissionSignInContext": ".last_submission_sign_in_context",
    "LegacyHookEvent": ".legacy_hook_event",
    "Length": ".length",
    "ListActionsResponse200Item": ".list_actions_response_200_item",
    "ListActionsResponse200ItemKey": ".list_actions_response_200_item_key",
    "ListApplicationUserConsentOrganizationsResponse200": ".list_application_user_consent_organizations_response_200",
    "ListApplicationsIsThirdPartyType0": ".list_applications_is_third_party_type_0",
    "ListApplicationsIsThirdPartyType1": ".list_applications_is_third_party_type_1",
    "ListJwtCustomizersResponse200ItemType0": ".list_jwt_customizers_response_200_item_type_0",
    "ListJwtCustomizersResponse200ItemType0Key": ".list_jwt_customizers_response_200_item_type_0_key",
    "ListJwtCustomizersResponse200ItemType1": ".list_jwt_customizers_response_200_item_type_1",
    "ListJwtCustomizersResponse200ItemType1Key": ".list_jwt_customizers_response_200_item_type_1_key",
    "ListOneTimeTokensStatus": ".list_one_time_tokens_status",
    "ListRolesType": ".list_roles_type",
    "ListSamlApplicationSecretsResponse200Item": ".list_saml_application_secrets_response_200_item",
    "ListSsoConnectorProvidersResponse200Item": ".list_sso_connector_providers_response_200_item",
    "ListSsoConnectorProvidersResponse200ItemProviderType": ".list_sso_connector_providers_response_200_item_provider_type",
    "ListUserAllIdentitiesResponse200": ".list_user_all_identities_response_200",
    "ListUserAllIdentitiesResponse200SocialIdentitiesItem": ".list_user_all_identities_response_200_social_identities_item",
    "ListUserAllIdentitiesResponse200SsoIdentitiesItem": ".list_user_all_identities_response_200_sso_identities_item",
    "ListUserCustomDataResponse200": ".list_user_custom_data_response_200",
    "ListUserGrantsAppType": ".list_user_grants_app_type",
    "ListUserGrantsResponse200": ".list_user_grants_response_200",
    "ListUserGrantsResponse200GrantsItem": ".list_user_grants_response_200_grants_item",
    "ListUserGrantsResponse200GrantsItemPayload": ".list_user_grants_response_200_grants_item_payload",
    "ListUserGrantsResponse200GrantsItemPayloadKind": ".list_user_grants_response_200_grants_item_payload_kind",
    "ListUserMfaVerificationsResponse200Item": ".list_user_mfa_verifications_response_200_item",
    "ListUserSessionsResponse200": ".list_user_sessions_response_200",
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
    "MfaVerificationFactor": ".mfa_verification_factor",
    "MultiSelectFormItem": ".multi_select_form_item",
    "MultiSelectFormItemSelectItem": ".multi_select_form_item_select_item",
    "MultiSelectFormItemType": ".multi_select_form_item_type",
    "NewPasswordIdentityVerificationRecord": ".new_password_identity_verification_record",
    "NewPasswordIdentityVerificationRecordIdentifier": ".new_password_identity_verification_record_identifier",
    "NewPasswordIdentityVerificationRecordIdentifierType": ".new_password_identity_verification_record_identifier_type",
    "NewPasswordIdentityVerificationRecordType": ".new_password_identity_verification_record_type",
    "NumberCustomProfileFieldRequest": ".number_custom_profile_field_request",
    "NumberCustomProfileFieldRequestConfig": ".number_custom_profile_field_request_config",
    "NumberCustomProfileFieldRequestType": ".number_custom_profile_field_request_type",
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
    "OrganizationApplicationCustomData": ".organization_application_custom_data",
    "OrganizationCustomData": ".organization_custom_data",
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
    "OrganizationUserCustomData": ".organization_user_custom_data",
    "OrganizationUserIdentities": ".organization_user_identities",
    "OrganizationUserRolesRequest": ".organization_user_roles_request",
    "OrganizationWithRoles": ".organization_with_roles",
    "OrganizationWithRolesCustomData": ".organization_with_roles_custom_data",
    "PageRule": ".page_rule",
    "Part": ".part",
    "PartConfig": ".part_config",
    "PasskeySignIn": ".passkey_sign_in",
    "PasswordAlgorithm": ".password_algorithm",
    "PasswordExpiration": ".password_expiration",
    "PasswordExpirationDisabled": ".password_expiration_disabled",
    "PasswordPolicy": ".password_policy",
    "PasswordVerificationRecord": ".password_verification_record",
    "PasswordVerificationRecordIdentifier": ".password_verification_record_identifier",
    "PasswordVerificationRecordIdentifierTypeType0": ".password_verification_record_identifier_type_type_0",
    "PasswordVerificationRecordIdentifierTypeType1": ".password_verification_record_identifier_type_type_1",
    "PasswordVerificationRecordType": ".password_verification_record_type",
    "Payload": ".payload",
    "PayloadErrorType0": ".payload_error_type_0",
    "PayloadParams": ".payload_params",
    "PayloadResult": ".payload_result",
    "PeriodUserCount": ".period_user_count",
    "PersonalAccessToken": ".personal_access_token",
    "PhoneVerificationCodeVerificationRecord": ".phone_verification_code_verification_record",
    "PhoneVerificationCodeVerificationRecordIdentifier": ".phone_verification_code_verification_record_identifier",
    "PhoneVerificationCodeVerificationRecordIdentifierType": ".phone_verification_code_verification_record_identifier_type",
    "PhoneVerificationCodeVerificationRecordType": ".phone_verification_code_verification_record_type",
    "Profile": ".profile",
    "ProtectedAppMetadata": ".protected_app_metadata",
    "ProviderName": ".provider_name",
    "RecaptchaEnterpriseConfig": ".recaptcha_enterprise_config",
    "RecaptchaEnterpriseConfigMode": ".recaptcha_enterprise_config_mode",
    "RecaptchaEnterpriseConfigType": ".recaptcha_enterprise_config_type",
    "RegexCustomProfileFieldRequest": ".regex_custom_profile_field_request",
    "RegexCustomProfileFieldRequestConfig": ".regex_custom_profile_field_request_config",
    "RegexCustomProfileFieldRequestType": ".regex_custom_profile_field_request_type",
    "Rejects": ".rejects",
    "ReplaceApplicationAccessControlBody": ".replace_application_access_control_body",
    "ReplaceApplicationAccessControlBodyOrganizationRoleRulesItem": ".replace_application_access_control_body_organization_role_rules_item",
    "ReplaceApplicationSignInExperienceBody": ".replace_application_sign_in_experience_body",
    "ReplaceDomainVerificationFilesBody": ".replace_domain_verification_files_body",
    "ReplaceDomainVerificationFilesBodyVerificationFiles": ".replace_domain_verification_files_body_verification_files",
    "ReplaceEmailTemplatesBody": ".replace_email_templates_body",
    "ReplaceEmailTemplatesBodyTemplatesItem": ".replace_email_templates_body_templates_item",
    "ReplaceOneTimeTokenStatusBody": ".replace_one_time_token_status_body",
    "ReplaceOneTimeTokenStatusBodyStatus": ".replace_one_time_token_status_body_status",
    "ReplaceOrganizationInvitationStatusBody": ".replace_organization_invitation_status_body",
    "ReplaceOrganizationInvitationStatusBodyStatus": ".replace_organization_invitation_status_body_status",
    "ReplaceOrganizationJitEmailDomainsBody": ".replace_organization_jit_email_domains_body",
    "ReplaceUserIdentityResponse200": ".replace_user_identity_response_200",
    "ReplaceUserIdentityResponse201": ".replace_user_identity_response_201",
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
    "SamlApplicationCustomData": ".saml_application_custom_data",
    "SamlApplicationNameIdFormat": ".saml_application_name_id_format",
    "SamlApplicationResponse": ".saml_application_response",
    "SamlApplicationResponseCustomData": ".saml_application_response_custom_data",
    "SamlApplicationSecret": ".saml_application_secret",
    "SamlEncryption": ".saml_encryption",
    "Scope": ".scope",
    "ScopeIdsRequest": ".scope_ids_request",
    "SearchParams": ".search_params",
    "SecondaryIdentifier": ".secondary_identifier",
    "SecondaryIdentifierIdentifierType0": ".secondary_identifier_identifier_type_0",
    "SecondaryIdentifierIdentifierType1": ".secondary_identifier_identifier_type_1",
    "SelectCustomProfileFieldRequest": ".select_custom_profile_field_request",
    "SelectCustomProfileFieldRequestConfig": ".select_custom_profile_field_request_config",
    "SelectCustomProfileFieldRequestType": ".select_custom_profile_field_request_type",
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
    "SignInExperienceCustomContent": ".sign_in_experience_custom_content",
    "SignInExperienceForgotPasswordMethodsType0Item": ".sign_in_experience_forgot_password_methods_type_0_item",
    "SignInExperienceSignInMode": ".sign_in_experience_sign_in_mode",
    "SignInPasskeyVerificationRecord": ".sign_in_passkey_verification_record",
    "SignInPasskeyVerificationRecordType": ".sign_in_passkey_verification_record_type",
    "SignUp": ".sign_up",
    "SignUpIdentifiersItem": ".sign_up_identifiers_item",
    "SocialConnector": ".social_connector",
    "SocialConnectorPlatform": ".social_connector_platform",
    "SocialSignIn": ".social_sign_in",
    "SocialUserInfo": ".social_user_info",
    "SocialUserInfoRawDataType0": ".social_user_info_raw_data_type_0",
    "SocialUserInfoRawDataType1ItemType4": ".social_user_info_raw_data_type_1_item_type_4",
    "SocialUserInfoRawDataType5Type0": ".social_user_info_raw_data_type_5_type_0",
    "SocialUserInfoRawDataType5Type1ItemType4": ".social_user_info_raw_data_type_5_type_1_item_type_4",
    "SocialUserInfoRawDataType6Type0": ".social_user_info_raw_data_type_6_type_0",
    "SocialUserInfoRawDataType6Type1ItemType4": ".social_user_info_raw_data_type_6_type_1_item_type_4",
    "SocialVerificationRecord": ".social_verification_record",
    "SocialVerificationRecordType": ".social_verification_record_type",
    "Ssl": ".ssl",
    "SsoConnector": ".sso_connector",
    "SsoConnectorBranding": ".sso_connector_branding",
    "SsoConnectorConfig": ".sso_connector_config",
    "SsoConnectorProviderConfig": ".sso_connector_provider_config",
    "SsoConnectorProviderType": ".sso_connector_provider_type",
    "SsoConnectorRecord": ".sso_connector_record",
    "SsoConnectorRecordConfig": ".sso_connector_record_config",
    "SsoConnectorSigningKey": ".sso_connector_signing_key",
    "SsoIdentity": ".sso_identity",
    "SsoIdentityDetail": ".sso_identity_detail",
    "SsoIdentityTokenSecret": ".sso_identity_token_secret",
    "SsoIdentityTokenSecretType": ".sso_identity_token_secret_type",
    "TemplateType": ".template_type",
    "TestActionBody": ".test_action_body",
    "TestActionBodyActionType": ".test_action_body_action_type",
    "TestActionBodyEnvironmentVariables": ".test_action_body_environment_variables",
    "TestActionBodyEventType0": ".test_action_body_event_type_0",
    "TestActionBodyEventType1ItemType4": ".test_action_body_event_type_1_item_type_4",
    "TestActionBodyEventType5Type0": ".test_action_body_event_type_5_type_0",
    "TestActionBodyEventType5Type1ItemType4": ".test_action_body_event_type_5_type_1_item_type_4",
    "TestActionBodyEventType6Type0": ".test_action_body_event_type_6_type_0",
    "TestActionBodyEventType6Type1ItemType4": ".test_action_body_event_type_6_type_1_item_type_4",
    "TestActionResponse200Type0": ".test_action_response_200_type_0",
    "TestActionResponse200Type1ItemType4": ".test_action_response_200_type_1_item_type_4",
    "TestActionResponse200Type5Type0": ".test_action_response_200_type_5_type_0",
    "TestActionResponse200Type5Type1ItemType4": ".test_action_response_200_type_5_type_1_item_type_4",
    "TestActionResponse200Type6Type0": ".test_action_response_200_type_6_type_0",
    "TestActionResponse200Type6Type1ItemType4": ".test_action_response_200_type_6_type_1_item_type_4",
    "TestJwtCustomizerBodyType0": ".test_jwt_customizer_body_type_0",
    "TestJwtCustomizerBodyType0EnvironmentVariables": ".test_jwt_customizer_body_type_0_environment_variables",
    "TestJwtCustomizerBodyType0TokenType": ".test_jwt_customizer_body_type_0_token_type",
    "TestJwtCustomizerBodyType1": ".test_jwt_customizer_body_type_1",
    "TestJwtCustomizerBodyType1EnvironmentVariables": ".test_jwt_customizer_body_type_1_environment_variables",
    "TestJwtCustomizerBodyType1TokenType": ".test_jwt_customizer_body_type_1_token_type",
    "TestJwtCustomizerResponse200": ".test_jwt_customizer_response_200",
    "TextCustomProfileFieldRequest": ".text_custom_profile_field_request",
    "TextCustomProfileFieldRequestConfig": ".text_custom_profile_field_request_config",
    "TextCustomProfileFieldRequestType": ".text_custom_profile_field_request_type",
    "Token": ".token",
    "TokenKind": ".token_kind",
    "TokenSample": ".token_sample",
    "TokenSampleKind": ".token_sample_kind",
    "TokenSecret": ".token_secret",
    "TokenSecretMetadata": ".token_secret_metadata",
    "TokenSecretType": ".token_secret_type",
    "TotpVerificationRecord": ".totp_verification_record",
    "TotpVerificationRecordType": ".totp_verification_record_type",
    "TranslationObject": ".translation_object",
    "TrustedDevice": ".trusted_device",
    "TurnstileConfig": ".turnstile_config",
    "TurnstileConfigType": ".turnstile_config_type",
    "UpdateAccountCenterSettingsBody": ".update_account_center_settings_body",
    "UpdateAccountCenterSettingsBodyDeleteAccountUrlType0": ".update_account_center_settings_body_delete_account_url_type_0",
    "UpdateActionActionType": ".update_action_action_type",
    "UpdateActionBody": ".update_action_body",
    "UpdateActionBodyContextSampleType0": ".update_action_body_context_sample_type_0",
    "UpdateActionBodyContextSampleType1ItemType4": ".update_action_body_context_sample_type_1_item_type_4",
    "UpdateActionBodyContextSampleType5Type0": ".update_action_body_context_sample_type_5_type_0",
    "UpdateActionBodyContextSampleType5Type1ItemType4": ".update_action_body_context_sample_type_5_type_1_item_type_4",
    "UpdateActionBodyContextSampleType6Type0": ".update_action_body_context_sample_type_6_type_0",
    "UpdateActionBodyContextSampleType6Type1ItemType4": ".update_action_body_context_sample_type_6_type_1_item_type_4",
    "UpdateActionBodyEnvironmentVariables": ".update_action_body_environment_variables",
    "UpdateActionBodyOnExecutionError": ".update_action_body_on_execution_error",
    "UpdateAdminConsoleConfigBody": ".update_admin_console_config_body",
    "UpdateApplicationBody": ".update_application_body",
    "UpdateApplicationBodyCustomData": ".update_application_body_custom_data",
    "UpdateApplicationBodyProtectedAppMetadataType0": ".update_application_body_protected_app_metadata_type_0",
    "UpdateApplicationCustomDataBody": ".update_application_custom_data_body",
    "UpdateApplicationCustomDataResponse200": ".update_application_custom_data_response_200",
    "UpdateApplicationSecretBody": ".update_application_secret_body",
    "UpdateCaptchaProviderBody": ".update_captcha_provider_body",
    "UpdateCimdConfigBody": ".update_cimd_config_body",
    "UpdateConnectorBody": ".update_connector_body",
    "UpdateConnectorBodyConfig": ".update_connector_body_config",
    "UpdateCustomProfileFieldByNameBodyType0": ".update_custom_profile_field_by_name_body_type_0",
    "UpdateCustomProfileFieldByNameBodyType0Type": ".update_custom_profile_field_by_name_body_type_0_type",
    "UpdateCustomProfileFieldByNameBodyType1": ".update_custom_profile_field_by_name_body_type_1",
    "UpdateCustomProfileFieldByNameBodyType1Type": ".update_custom_profile_field_by_name_body_type_1_type",
    "UpdateCustomProfileFieldByNameBodyType2": ".update_custom_profile_field_by_name_body_type_2",
    "UpdateCustomProfileFieldByNameBodyType2Type": ".update_custom_profile_field_by_name_body_type_2_type",
    "UpdateCustomProfileFieldByNameBodyType3": ".update_custom_profile_field_by_name_body_type_3",
    "UpdateCustomProfileFieldByNameBodyType3Type": ".update_custom_profile_field_by_name_body_type_3_type",
    "UpdateCustomProfileFieldByNameBodyType4": ".update_custom_profile_field_by_name_body_type_4",
    "UpdateCustomProfileFieldByNameBodyType4Type": ".update_custom_profile_field_by_name_body_type_4_type",
    "UpdateCustomProfileFieldByNameBodyType5": ".update_custom_profile_field_by_name_body_type_5",
    "UpdateCustomProfileFieldByNameBodyType5Type": ".update_custom_profile_field_by_name_body_type_5_type",
    "UpdateCustomProfileFieldByNameBodyType6": ".update_custom_profile_field_by_name_body_type_6",
    "UpdateCustomProfileFieldByNameBodyType6Type": ".update_custom_profile_field_by_name_body_type_6_type",
    "UpdateCustomProfileFieldByNameBodyType7": ".update_custom_profile_field_by_name_body_type_7",
    "UpdateCustomProfileFieldByNameBodyType7Type": ".update_custom_profile_field_by_name_body_type_7_type",
    "UpdateCustomProfileFieldByNameBodyType8": ".update_custom_profile_field_by_name_body_type_8",
    "UpdateCustomProfileFieldByNameBodyType8Type": ".update_custom_profile_field_by_name_body_type_8_type",
    "UpdateCustomProfileFieldsSieOrderBody": ".update_custom_profile_fields_sie_order_body",
    "UpdateCustomProfileFieldsSieOrderBodyOrderItem": ".update_custom_profile_fields_sie_order_body_order_item",
    "UpdateEmailTemplateDetailsBody": ".update_email_template_details_body",
    "UpdateEmailTemplateDetailsBodyContentTypeType0": ".update_email_template_details_body_content_type_type_0",
    "UpdateEmailTemplateDetailsBodyContentTypeType1": ".update_email_template_details_body_content_type_type_1",
    "UpdateHookBody": ".update_hook_body",
    "UpdateJwtCustomizerTokenTypePath": ".update_jwt_customizer_token_type_path",
    "UpdateOidcSessionConfigBody": ".update_oidc_session_config_body",
    "UpdateOrganizationBody": ".update_organization_body",
    "UpdateOrganizationBodyCustomData": ".update_organization_body_custom_data",
    "UpdateOrganizationRoleBody": ".update_organization_role_body",
    "UpdateOrganizationRoleBodyType": ".update_organization_role_body_type",
    "UpdateOrganizationScopeBody": ".update_organization_scope_body",
    "UpdatePersonalAccessTokenNameBody": ".update_personal_access_token_name_body",
    "UpdateResourceBody": ".update_resource_body",
    "UpdateResourceIsDefaultBody": ".update_resource_is_default_body",
    "UpdateResourceScopeBody": ".update_resource_scope_body",
    "UpdateRoleBody": ".update_role_body",
    "UpdateSamlApplicationBody": ".update_saml_application_body",
    "UpdateSamlApplicationBodyCustomData": ".update_saml_application_body_custom_data",
    "UpdateSamlApplicationBodyNameIdFormat": ".update_saml_application_body_name_id_format",
    "UpdateSamlApplicationSecretBody": ".update_saml_application_secret_body",
    "UpdateSignInExpBody": ".update_sign_in_exp_body",
    "UpdateSignInExpBodyAgreeToTermsPolicy": ".update_sign_in_exp_body_agree_to_terms_policy",
    "UpdateSignInExpBodyCustomContent": ".update_sign_in_exp_body_custom_content",
    "UpdateSignInExpBodyForgotPasswordMethodsType0Item": ".update_sign_in_exp_body_forgot_password_methods_type_0_item",
    "UpdateSignInExpBodyPasswordPolicy": ".update_sign_in_exp_body_password_policy",
    "UpdateSignInExpBodyPasswordPolicyCharacterTypes": ".update_sign_in_exp_body_password_policy_character_types",
    "UpdateSignInExpBodyPasswordPolicyLength": ".update_sign_in_exp_body_password_policy_length",
    "UpdateSignInExpBodyPasswordPolicyRejects": ".update_sign_in_exp_body_password_policy_rejects",
    "UpdateSignInExpBodySignInMode": ".update_sign_in_exp_body_sign_in_mode",
    "UpdateSsoConnectorBody": ".update_sso_connector_body",
    "UpdateSsoConnectorBodyConfig": ".update_sso_connector_body_config",
    "UpdateSsoConnectorSigningKeyBody": ".update_sso_connector_signing_key_body",
    "UpdateUserBody": ".update_user_body",
    "UpdateUserBodyCustomData": ".update_user_body_custom_data",
    "UpdateUserCustomDataBody": ".update_user_custom_data_body",
    "UpdateUserCustomDataBodyCustomData": ".update_user_custom_data_body_custom_data",
    "UpdateUserCustomDataResponse200": ".update_user_custom_data_response_200",
    "UpdateUserIsSuspendedBody": ".update_user_is_suspended_body",
    "UpdateUserLogtoConfigsBody": ".update_user_logto_configs_body",
    "UpdateUserLogtoConfigsBodyMfa": ".update_user_logto_configs_body_mfa",
    "UpdateUserLogtoConfigsBodyPasskeySignIn": ".update_user_logto_configs_body_passkey_sign_in",
    "UpdateUserPasswordExpirationBody": ".update_user_password_expiration_body",
    "UpdateUserPersonalAccessTokenBody": ".update_user_personal_access_token_body",
    "UpdateUserProfileBody": ".update_user_profile_body",
    "UploadCustomUiAssetsBody": ".upload_custom_ui_assets_body",
    "UploadCustomUiAssetsResponse200": ".upload_custom_ui_assets_response_200",
    "UpsertActionActionType": ".upsert_action_action_type",
    "UpsertJwtCustomizerTokenTypePath": ".upsert_jwt_customizer_token_type_path",
    "UrlCustomProfileFieldRequest": ".url_custom_profile_field_request",
    "UrlCustomProfileFieldRequestConfig": ".url_custom_profile_field_request_config",
    "UrlCustomProfileFieldRequestType": ".url_custom_profile_field_request_type",
    "User": ".user",
    "UserAgentEngine": ".user_agent_engine",
    "UserAgentOs": ".user_agent_os",
    "UserAgentParsed": ".user_agent_parsed",
    "UserConsentOrganizationScope": ".user_consent_organization_scope",
    "UserConsentScope": ".user_consent_scope",
    "UserConsentScopeRequest": ".user_consent_scope_request",
    "UserCustomData": ".user_custom_data",
    "UserIdentities": ".user_identities",
    "UserIds": ".user_ids",
    "UserLogtoConfig": ".user_logto_config",
    "UserLogtoConfigMfa": ".user_logto_config_mfa",
    "UserLogtoConfigPasskeySignIn": ".user_logto_config_passkey_sign_in",
    "UserPasswordRequest": ".user_password_request",
    "UserScope": ".user_scope",
    "UsernamePolicy": ".username_policy",
    "ValidationError": ".validation_error",
    "VerificationCodePolicy": ".verification_code_policy",
    "VerifyOneTimeTokenBody": ".verify_one_time_token_body",
    "VerifyVerificationCodeBodyType0": ".verify_verification_code_body_type_0",
    "VerifyVerificationCodeBodyType1": ".verify_verification_code_body_type_1",
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
    "AccessTokenJwtCustomizerEnvironmentVariables",
    "AccountCenter",
    "AcsUrl",
    "AcsUrlBinding",
    "Action",
    "ActionContextSampleType0",
    "ActionContextSampleType1ItemType4",
    "ActionContextSampleType5Type0",
    "ActionContextSampleType5Type1ItemType4",
    "ActionContextSampleType6Type0",
    "ActionContextSampleType6Type1ItemType4",
    "ActionEnvironmentVariables",
    "ActionOnExecutionError",
    "AdaptiveMfa",
    "AdditionalScope",
    "AddOneTimeTokensBody",
    "Address",
    "AddressCustomProfileFieldRequest",
    "AddressCustomProfileFieldRequestConfig",
    "AddressCustomProfileFieldRequestConfigPart",
    "AddressCustomProfileFieldRequestConfigPartName",
    "AddressCustomProfileFieldRequestType",
    "AdminConsoleConfig",
    "AllowedChars",
    "Application",
    "ApplicationAccessControl",
    "ApplicationCustomData",
    "ApplicationIdsRequest",
    "ApplicationRef",
    "ApplicationSecret",
    "ApplicationSignInExperience",
    "ApplicationType",
    "ApplicationUserConsentOrganizationRequest",
    "AssertSamlBody",
    "AssertSingleSignOnSamlBody",
    "AssignOrganizationRolesToApplicationsBody",
    "AssignOrganizationRolesToUsersBody",
    "AttributeMapping",
    "Authorizations",
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
    "CheckboxCustomProfileFieldRequestConfigDefaultValueType0",
    "CheckboxCustomProfileFieldRequestConfigDefaultValueType1",
    "CheckboxCustomProfileFieldRequestType",
    "CheckedChargeNotification",
    "CheckPasswordWithDefaultSignInExperienceBody",
    "CheckPasswordWithDefaultSignInExperienceResponse200Type0",
    "CheckPasswordWithDefaultSignInExperienceResponse200Type1",
    "CheckPasswordWithDefaultSignInExperienceResponse200Type1IssuesItem",
    "CheckPasswordWithDefaultSignInExperienceResponse200Type1IssuesItemInterpolation",
    "CimdConfig",
    "CleanupDomainsBody",
    "CleanupDomainsResponse200",
    "ClientCredentialsJwtCustomizer",
    "ClientCredentialsJwtCustomizerEnvironmentVariables",
    "CloudflareData",
    "Color",
    "Config",
    "Connector",
    "ConnectorConfig",
    "ConnectorCustomData",
    "ConnectorExtraInfo",
    "ConnectorFactory",
    "ConnectorFactoryCustomData",
    "ConnectorFactoryPlatform",
    "ConnectorFactoryType",
    "ConnectorPlatform",
    "ConnectorType",
    "Context",
    "ContextApplication",
    "ContextApplicationCustomData",
    "ContextSample",
    "ContextSampleOrganization",
    "ContextSampleOrganizationCustomData",
    "ContextSampleUser",
    "ContextSampleUserCustomData",
    "ContextSampleUserIdentities",
    "ContextSampleUserOrganizationRole",
    "ContextSampleUserRole",
    "ContextSampleUserRoleScope",
    "ContextSampleUserSsoIdentity",
    "ContextSampleUserSsoIdentityDetail",
    "Cpu",
    "CreateApplicationBody",
    "CreateApplicationBodyCustomData",
    "CreateApplicationBodyProtectedAppMetadata",
    "CreateApplicationProtectedAppMetadataCustomDomainBody",
    "CreateApplicationSecretBody",
    "CreateConnectorAuthorizationUriBody",
    "CreateConnectorAuthorizationUriResponse200",
    "CreateConnectorBody",
    "CreateConnectorBodyConfig",
    "CreateConnectorTestBody",
    "CreateConnectorTestBodyConfig",
    "CreateDomainBody",
    "CreateHookBody",
    "CreateHookTestBody",
    "CreateOrganizationBody",
    "CreateOrganizationBodyCustomData",
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
    "CreateSamlApplicationBodyCustomData",
    "CreateSamlApplicationBodyNameIdFormat",
    "CreateSamlApplicationSecretBody",
    "CreateSamlAuthnBody",
    "CreateSsoConnectorBody",
    "CreateSsoConnectorBodyConfig",
    "CreateSsoConnectorSigningKeyBody",
    "CreateSubjectTokenBody",
    "CreateSubjectTokenBodyContext",
    "CreateSubjectTokenResponse201",
    "CreateUserAssetBody",
    "CreateUserAssetResponse200",
    "CreateUserBody",
    "CreateUserBodyCustomData",
    "CreateUserIdentityBody",
    "CreateUserIdentityBodyConnectorData",
    "CreateUserIdentityResponse200",
    "CreateUserMfaVerificationBodyType0",
    "CreateUserMfaVerificationBodyType0Type",
    "CreateUserMfaVerificationBodyType1",
    "CreateUserMfaVerificationBodyType1Type",
    "CreateUserMfaVerificationBodyType2",
    "CreateUserMfaVerificationBodyType3",
    "CreateUserMfaVerificationResponse200Type0",
    "CreateUserMfaVerificationResponse200Type0Type",
    "CreateUserMfaVerificationResponse200Type1",
    "CreateUserMfaVerificationResponse200Type1Type",
    "CreateUserPersonalAccessTokenBody",
    "CreateVerificationCodeBodyType0",
    "CreateVerificationCodeBodyType1",
    "CustomClientMetadata",
    "CustomDomain",
    "CustomDomainStatus",
    "CustomPhrase",
    "CustomProfileField",
    "CustomProfileFieldRef",
    "CustomProfileFieldType",
    "CustomUiAssets",
    "CustomUiCsp",
    "DateCustomProfileFieldRequest",
    "DateCustomProfileFieldRequestConfig",
    "DateCustomProfileFieldRequestType",
    "DeleteActionActionType",
    "DeleteApplicationUserConsentScopeScopeType",
    "DeleteCimdUserConsentScopeScopeType",
    "DeleteEmailTemplatesResponse200",
    "DeleteJwtCustomizerTokenTypePath",
    "DeleteOidcKeyKeyType",
    "DeletePersonalAccessTokenPostBody",
    "DeleteSentinelActivitiesBody",
    "DeleteSentinelActivitiesBodyTargetType",
    "DeleteUserSessionRevokeGrantsTarget",
    "Details",
    "DetailsContentTypeType0",
    "DetailsContentTypeType1",
    "DevelopmentTenantMigrationNotification",
    "Device",
    "DnsRecord",
    "Domain",
    "DomainStatus",
    "DomainVerificationFile",
    "DomainVerificationFileContentType",
    "EmailBlocklistPolicy",
    "EmailTemplate",
    "EmailVerificationCodeVerificationRecord",
    "EmailVerificationCodeVerificationRecordType",
    "EnabledExtendedClaim",
    "EnterpriseSsoVerificationRecord",
    "EnterpriseSsoVerificationRecordType",
    "ExecutionStats",
    "Experience",
    "ExperienceAgreeToTermsPolicy",
    "ExperienceCustomContent",
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
    "FormItem",
    "FormItemType",
    "FullnameCustomProfileFieldRequest",
    "FullnameCustomProfileFieldRequestConfig",
    "FullnameCustomProfileFieldRequestConfigPart",
    "FullnameCustomProfileFieldRequestConfigPartName",
    "FullnameCustomProfileFieldRequestType",
    "GetActionActionType",
    "GetActiveUserCountsResponse200",
    "GetActiveUserCountsResponse200DauCurveItem",
    "GetHasuraAuthResponse200",
    "GetJwtCustomizerTokenTypePath",
    "GetNewUserCountsResponse200",
    "GetOidcKeysKeyType",
    "GetSignInExperiencePhrasesResponse200",
    "GetSignInExperiencePhrasesResponse200AdditionalPropertyType1",
    "GetSystemApplicationConfigResponse200",
    "GetSystemApplicationConfigResponse200ProtectedApps",
    "GetTotalUserCountResponse200",
    "GetUserAssetServiceStatusResponse200",
    "GetUserAssetServiceStatusResponse200AllowUploadMimeTypesItem",
    "GetUserAssetServiceStatusResponse200StatusType0",
    "GetUserAssetServiceStatusResponse200StatusType1",
    "GetUserHasPasswordResponse200",
    "GetUserIdentityResponse200",
    "GetUsernameCaseSensitivityConflictsResponse200",
    "GetUsernameCaseSensitivityConflictsResponse200SamplesItem",
    "GetUserSsoIdentityResponse200",
    "GoogleOneTap",
    "Grant",
    "GrantSubjectTokenContext",
    "GrantType",
    "Hook",
    "HookConfig",
    "HookConfigHeaders",
    "HookConfigInput",
    "HookConfigInputHeaders",
    "HookEvent",
    "I18NPhrases",
    "Identifier",
    "IdentifierType",
    "Identities",
    "IdentitiesDetails",
    "IdTokenConfig",
    "Interaction",
    "InteractionInteractionEvent",
    "InteractionSignInContext",
    "JwtContextOrganization",
    "JwtCustomizerRequest",
    "JwtCustomizerRequestContextSample",
    "JwtCustomizerRequestEnvironmentVariables",
    "JwtCustomizerRequestTokenSample",
    "LanguageInfo",
    "LanguageTag",
    "LastSubmission",
    "LastSubmissionInteractionEvent",
    "LastSubmissionSignInContext",
    "LegacyHookEvent",
    "Length",
    "ListActionsResponse200Item",
    "ListActionsResponse200ItemKey",
    "ListApplicationsIsThirdPartyType0",
    "ListApplicationsIsThirdPartyType1",
    "ListApplicationUserConsentOrganizationsResponse200",
    "ListJwtCustomizersResponse200ItemType0",
    "ListJwtCustomizersResponse200ItemType0Key",
    "ListJwtCustomizersResponse200ItemType1",
    "ListJwtCustomizersResponse200ItemType1Key",
    "ListOneTimeTokensStatus",
    "ListRolesType",
    "ListSamlApplicationSecretsResponse200Item",
    "ListSsoConnectorProvidersResponse200Item",
    "ListSsoConnectorProvidersResponse200ItemProviderType",
    "ListUserAllIdentitiesResponse200",
    "ListUserAllIdentitiesResponse200SocialIdentitiesItem",
    "ListUserAllIdentitiesResponse200SsoIdentitiesItem",
    "ListUserCustomDataResponse200",
    "ListUserGrantsAppType",
    "ListUserGrantsResponse200",
    "ListUserGrantsResponse200GrantsItem",
    "ListUserGrantsResponse200GrantsItemPayload",
    "ListUserGrantsResponse200GrantsItemPayloadKind",
    "ListUserMfaVerificationsResponse200Item",
    "ListUserSessionsResponse200",
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
    "MfaVerificationFactor",
    "MultiSelectFormItem",
    "MultiSelectFormItemSelectItem",
    "MultiSelectFormItemType",
    "NewPasswordIdentityVerificationRecord",
    "NewPasswordIdentityVerificationRecordIdentifier",
    "NewPasswordIdentityVerificationRecordIdentifierType",
    "NewPasswordIdentityVerificationRecordType",
    "NumberCustomProfileFieldRequest",
    "NumberCustomProfileFieldRequestConfig",
    "NumberCustomProfileFieldRequestType",
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
    "OrganizationApplicationCustomData",
    "OrganizationCustomData",
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
    "OrganizationUserCustomData",
    "OrganizationUserIdentities",
    "OrganizationUserRolesRequest",
    "OrganizationWithRoles",
    "OrganizationWithRolesCustomData",
    "PageRule",
    "Part",
    "PartConfig",
    "PasskeySignIn",
    "PasswordAlgorithm",
    "PasswordExpiration",
    "PasswordExpirationDisabled",
    "PasswordPolicy",
    "PasswordVerificationRecord",
    "PasswordVerificationRecordIdentifier",
    "PasswordVerificationRecordIdentifierTypeType0",
    "PasswordVerificationRecordIdentifierTypeType1",
    "PasswordVerificationRecordType",
    "Payload",
    "PayloadErrorType0",
    "PayloadParams",
    "PayloadResult",
    "PeriodUserCount",
    "PersonalAccessToken",
    "PhoneVerificationCodeVerificationRecord",
    "PhoneVerificationCodeVerificationRecordIdentifier",
    "PhoneVerificationCodeVerificationRecordIdentifierType",
    "PhoneVerificationCodeVerificationRecordType",
    "Profile",
    "ProtectedAppMetadata",
    "ProviderName",
    "RecaptchaEnterpriseConfig",
    "RecaptchaEnterpriseConfigMode",
    "RecaptchaEnterpriseConfigType",
    "RegexCustomProfileFieldRequest",
    "RegexCustomProfileFieldRequestConfig",
    "RegexCustomProfileFieldRequestType",
    "Rejects",
    "ReplaceApplicationAccessControlBody",
    "ReplaceApplicationAccessControlBodyOrganizationRoleRulesItem",
    "ReplaceApplicationSignInExperienceBody",
    "ReplaceDomainVerificationFilesBody",
    "ReplaceDomainVerificationFilesBodyVerificationFiles",
    "ReplaceEmailTemplatesBody",
    "ReplaceEmailTemplatesBodyTemplatesItem",
    "ReplaceOneTimeTokenStatusBody",
    "ReplaceOneTimeTokenStatusBodyStatus",
    "ReplaceOrganizationInvitationStatusBody",
    "ReplaceOrganizationInvitationStatusBodyStatus",
    "ReplaceOrganizationJitEmailDomainsBody",
    "ReplaceUserIdentityResponse200",
    "ReplaceUserIdentityResponse201",
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
    "SamlApplicationCustomData",
    "SamlApplicationNameIdFormat",
    "SamlApplicationResponse",
    "SamlApplicationResponseCustomData",
    "SamlApplicationSecret",
    "SamlEncryption",
    "Scope",
    "ScopeIdsRequest",
    "SearchParams",
    "SecondaryIdentifier",
    "SecondaryIdentifierIdentifierType0",
    "SecondaryIdentifierIdentifierType1",
    "SelectCustomProfileFieldRequest",
    "SelectCustomProfileFieldRequestConfig",
    "SelectCustomProfileFieldRequestType",
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
    "SignInExperienceCustomContent",
    "SignInExperienceForgotPasswordMethodsType0Item",
    "SignInExperienceSignInMode",
    "SignInPasskeyVerificationRecord",
    "SignInPasskeyVerificationRecordType",
    "SignUp",
    "SignUpIdentifiersItem",
    "SocialConnector",
    "SocialConnectorPlatform",
    "SocialSignIn",
    "SocialUserInfo",
    "SocialUserInfoRawDataType0",
    "SocialUserInfoRawDataType1ItemType4",
    "SocialUserInfoRawDataType5Type0",
    "SocialUserInfoRawDataType5Type1ItemType4",
    "SocialUserInfoRawDataType6Type0",
    "SocialUserInfoRawDataType6Type1ItemType4",
    "SocialVerificationRecord",
    "SocialVerificationRecordType",
    "Ssl",
    "SsoConnector",
    "SsoConnectorBranding",
    "SsoConnectorConfig",
    "SsoConnectorProviderConfig",
    "SsoConnectorProviderType",
    "SsoConnectorRecord",
    "SsoConnectorRecordConfig",
    "SsoConnectorSigningKey",
    "SsoIdentity",
    "SsoIdentityDetail",
    "SsoIdentityTokenSecret",
    "SsoIdentityTokenSecretType",
    "TemplateType",
    "TestActionBody",
    "TestActionBodyActionType",
    "TestActionBodyEnvironmentVariables",
    "TestActionBodyEventType0",
    "TestActionBodyEventType1ItemType4",
    "TestActionBodyEventType5Type0",
    "TestActionBodyEventType5Type1ItemType4",
    "TestActionBodyEventType6Type0",
    "TestActionBodyEventType6Type1ItemType4",
    "TestActionResponse200Type0",
    "TestActionResponse200Type1ItemType4",
    "TestActionResponse200Type5Type0",
    "TestActionResponse200Type5Type1ItemType4",
    "TestActionResponse200Type6Type0",
    "TestActionResponse200Type6Type1ItemType4",
    "TestJwtCustomizerBodyType0",
    "TestJwtCustomizerBodyType0EnvironmentVariables",
    "TestJwtCustomizerBodyType0TokenType",
    "TestJwtCustomizerBodyType1",
    "TestJwtCustomizerBodyType1EnvironmentVariables",
    "TestJwtCustomizerBodyType1TokenType",
    "TestJwtCustomizerResponse200",
    "TextCustomProfileFieldRequest",
    "TextCustomProfileFieldRequestConfig",
    "TextCustomProfileFieldRequestType",
    "Token",
    "TokenKind",
    "TokenSample",
    "TokenSampleKind",
    "TokenSecret",
    "TokenSecretMetadata",
    "TokenSecretType",
    "TotpVerificationRecord",
    "TotpVerificationRecordType",
    "TranslationObject",
    "TrustedDevice",
    "TurnstileConfig",
    "TurnstileConfigType",
    "UpdateAccountCenterSettingsBody",
    "UpdateAccountCenterSettingsBodyDeleteAccountUrlType0",
    "UpdateActionActionType",
    "UpdateActionBody",
    "UpdateActionBodyContextSampleType0",
    "UpdateActionBodyContextSampleType1ItemType4",
    "UpdateActionBodyContextSampleType5Type0",
    "UpdateActionBodyContextSampleType5Type1ItemType4",
    "UpdateActionBodyContextSampleType6Type0",
    "UpdateActionBodyContextSampleType6Type1ItemType4",
    "UpdateActionBodyEnvironmentVariables",
    "UpdateActionBodyOnExecutionError",
    "UpdateAdminConsoleConfigBody",
    "UpdateApplicationBody",
    "UpdateApplicationBodyCustomData",
    "UpdateApplicationBodyProtectedAppMetadataType0",
    "UpdateApplicationCustomDataBody",
    "UpdateApplicationCustomDataResponse200",
    "UpdateApplicationSecretBody",
    "UpdateCaptchaProviderBody",
    "UpdateCimdConfigBody",
    "UpdateConnectorBody",
    "UpdateConnectorBodyConfig",
    "UpdateCustomProfileFieldByNameBodyType0",
    "UpdateCustomProfileFieldByNameBodyType0Type",
    "UpdateCustomProfileFieldByNameBodyType1",
    "UpdateCustomProfileFieldByNameBodyType1Type",
    "UpdateCustomProfileFieldByNameBodyType2",
    "UpdateCustomProfileFieldByNameBodyType2Type",
    "UpdateCustomProfileFieldByNameBodyType3",
    "UpdateCustomProfileFieldByNameBodyType3Type",
    "UpdateCustomProfileFieldByNameBodyType4",
    "UpdateCustomProfileFieldByNameBodyType4Type",
    "UpdateCustomProfileFieldByNameBodyType5",
    "UpdateCustomProfileFieldByNameBodyType5Type",
    "UpdateCustomProfileFieldByNameBodyType6",
    "UpdateCustomProfileFieldByNameBodyType6Type",
    "UpdateCustomProfileFieldByNameBodyType7",
    "UpdateCustomProfileFieldByNameBodyType7Type",
    "UpdateCustomProfileFieldByNameBodyType8",
    "UpdateCustomProfileFieldByNameBodyType8Type",
    "UpdateCustomProfileFieldsSieOrderBody",
    "UpdateCustomProfileFieldsSieOrderBodyOrderItem",
    "UpdateEmailTemplateDetailsBody",
    "UpdateEmailTemplateDetailsBodyContentTypeType0",
    "UpdateEmailTemplateDetailsBodyContentTypeType1",
    "UpdateHookBody",
    "UpdateJwtCustomizerTokenTypePath",
    "UpdateOidcSessionConfigBody",
    "UpdateOrganizationBody",
    "UpdateOrganizationBodyCustomData",
    "UpdateOrganizationRoleBody",
    "UpdateOrganizationRoleBodyType",
    "UpdateOrganizationScopeBody",
    "UpdatePersonalAccessTokenNameBody",
    "UpdateResourceBody",
    "UpdateResourceIsDefaultBody",
    "UpdateResourceScopeBody",
    "UpdateRoleBody",
    "UpdateSamlApplicationBody",
    "UpdateSamlApplicationBodyCustomData",
    "UpdateSamlApplicationBodyNameIdFormat",
    "UpdateSamlApplicationSecretBody",
    "UpdateSignInExpBody",
    "UpdateSignInExpBodyAgreeToTermsPolicy",
    "UpdateSignInExpBodyCustomContent",
    "UpdateSignInExpBodyForgotPasswordMethodsType0Item",
    "UpdateSignInExpBodyPasswordPolicy",
    "UpdateSignInExpBodyPasswordPolicyCharacterTypes",
    "UpdateSignInExpBodyPasswordPolicyLength",
    "UpdateSignInExpBodyPasswordPolicyRejects",
    "UpdateSignInExpBodySignInMode",
    "UpdateSsoConnectorBody",
    "UpdateSsoConnectorBodyConfig",
    "UpdateSsoConnectorSigningKeyBody",
    "UpdateUserBody",
    "UpdateUserBodyCustomData",
    "UpdateUserCustomDataBody",
    "UpdateUserCustomDataBodyCustomData",
    "UpdateUserCustomDataResponse200",
    "UpdateUserIsSuspendedBody",
    "UpdateUserLogtoConfigsBody",
    "UpdateUserLogtoConfigsBodyMfa",
    "UpdateUserLogtoConfigsBodyPasskeySignIn",
    "UpdateUserPasswordExpirationBody",
    "UpdateUserPersonalAccessTokenBody",
    "UpdateUserProfileBody",
    "UploadCustomUiAssetsBody",
    "UploadCustomUiAssetsResponse200",
    "UpsertActionActionType",
    "UpsertJwtCustomizerTokenTypePath",
    "UrlCustomProfileFieldRequest",
    "UrlCustomProfileFieldRequestConfig",
    "UrlCustomProfileFieldRequestType",
    "User",
    "UserAgentEngine",
    "UserAgentOs",
    "UserAgentParsed",
    "UserConsentOrganizationScope",
    "UserConsentScope",
    "UserConsentScopeRequest",
    "UserCustomData",
    "UserIdentities",
    "UserIds",
    "UserLogtoConfig",
    "UserLogtoConfigMfa",
    "UserLogtoConfigPasskeySignIn",
    "UsernamePolicy",
    "UserPasswordRequest",
    "UserScope",
    "ValidationError",
    "VerificationCodePolicy",
    "VerifyOneTimeTokenBody",
    "VerifyVerificationCodeBodyType0",
    "VerifyVerificationCodeBodyType1",
    "WebAuthnVerificationRecord",
    "WebAuthnVerificationRecordType",
)
