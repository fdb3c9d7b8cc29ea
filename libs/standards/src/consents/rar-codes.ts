/**
 * Code lists of the v2.1 RAR consent schemas, named after the components of
 * standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml that define them. Kept here,
 * once, so the DTOs and their messages agree on the values.
 */

/** AEBankDataSharingRichAuthorizationRequests.AEBankDataSharingConsentPermissionCodes */
export const BANK_DATA_SHARING_PERMISSION_CODES = [
  'ReadAccountsBasic',
  'ReadAccountsDetail',
  'ReadBalances',
  'ReadBeneficiariesBasic',
  'ReadBeneficiariesDetail',
  'ReadFXTransactionsBasic',
  'ReadFXTransactionsDetail',
  'ReadFXRemittanceCharges',
  'ReadTransactionsBasic',
  'ReadTransactionsDetail',
  'ReadProduct',
  'ReadScheduledPaymentsBasic',
  'ReadScheduledPaymentsDetail',
  'ReadDirectDebits',
  'ReadStandingOrdersBasic',
  'ReadStandingOrdersDetail',
  'ReadStatements',
  'ReadPartyUser',
  'ReadPartyUserIdentity',
  'ReadParty',
  'ReadProductFinanceRates',
] as const;

/** AEBankDataSharing.AEExternalAccountTypeCode; also the OpenFinanceBilling.UserType values. */
export const ACCOUNT_TYPE_CODES = ['Retail', 'SME', 'Corporate'] as const;

/** AEBankDataSharing.AEExternalAccountSubTypeCode */
export const ACCOUNT_SUB_TYPE_CODES = ['CurrentAccount', 'Savings', 'CreditCard', 'Mortgage', 'Finance'] as const;

/** AEBankDataSharingRichAuthorizationRequestsV21.AEBankDataSharingOpenFinanceBilling.Purpose */
export const BANK_DATA_SHARING_BILLING_PURPOSES = [
  'AccountAggregation',
  'RiskAssessment',
  'TaxFiling',
  'Onboarding',
  'Verification',
  'QuoteComparison',
  'BudgetingAnalysis',
  'FinancialAdvice',
  'AuditReconciliation',
] as const;

/** AEOnBehalfOfIdentifierType */
export const ON_BEHALF_OF_IDENTIFIER_TYPES = ['Other'] as const;

/** AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationConsentPermissionCodes */
export const BANK_SERVICE_INITIATION_PERMISSION_CODES = ['ReadAccountsBasic', 'ReadAccountsDetail', 'ReadBalances', 'ReadRefundAccount'] as const;

/** AEInsurance.AEConsentPermissionCodes */
export const INSURANCE_PERMISSION_CODES = [
  'ReadInsurancePolicies',
  'ReadCustomerBasic',
  'ReadCustomerDetail',
  'ReadCustomerPaymentDetails',
  'ReadInsuranceProduct',
  'ReadCustomerClaims',
  'ReadInsurancePremium',
] as const;

/** AEInsurance.AEConsentPermissions.InsuranceType */
export const INSURANCE_TYPES = ['Employment', 'Health', 'Home', 'Life', 'Motor', 'Renters', 'Travel'] as const;

/** AEInsurance.AEInsuranceOpenFinanceBillingPurposeProperties.Purpose */
export const INSURANCE_BILLING_PURPOSES = [
  'AccountAggregation',
  'RiskAssessment',
  'PremiumHistory',
  'ClaimHistory',
  'Onboarding',
  'Verification',
  'QuoteComparison',
  'FinancialAdvice',
  'Other',
] as const;
