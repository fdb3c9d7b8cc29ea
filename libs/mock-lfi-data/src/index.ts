export type {
  AccountCurrency,
  AccountSeed,
  AccountStatus,
  AccountSubType,
  AccountType,
  CustomerCategory,
  GenerateOptions,
  InsuranceLine,
  InsurancePolicySeed,
  InsurancePolicyStatus,
  LfiData,
  LfiTenant,
  PsuSeed,
} from './model';
export { generateLfiData, lfiPsus, MAX_PSUS_PER_TENANT } from './generator/generate-lfi-data';
export type { PsuHoldings } from './generator/generate-lfi-data';
export { isValidUaeIban, uaeIban } from './generator/iban';
export { MOCK_LFI_DEFAULT_PSU_COUNT, MOCK_LFI_DEFAULT_SEED, MOCK_LFI_DEMO_PSU } from './seed-inputs';
export type { DemoCredentials } from './seed-inputs';
export { PsuEntity } from './storage/psu.entity';
export { AccountEntity } from './storage/account.entity';
export { InsurancePolicyEntity } from './storage/insurance-policy.entity';
export { CreateMockLfiTables1767225600000 } from './storage/migrations/1767225600000-create-mock-lfi-tables';
export { CreateMockLfiConsentEvents1767312000000 } from './storage/migrations/1767312000000-create-mock-lfi-consent-events';
export { AddPsuProfiles1767398400000 } from './storage/migrations/1767398400000-add-psu-profiles';
export { psuProfile } from './generator/psu-profiles';
export type { PsuProfile, PsuProfileKey } from './generator/psu-profiles';
export { ConsentEventEntity } from './storage/consent-event.entity';
export type { ConsentEventOperation } from './storage/consent-event.entity';
export { findLatestConsentEvent, listConsentEvents, recordConsentEvent } from './storage/consent-events';
export type { ConsentEventInput } from './storage/consent-events';
export { mockLfiPersistenceParts } from './storage/persistence-parts';
export { SeedConflictError, seedMockLfi } from './storage/seed-mock-lfi';
export type { SeedOptions, SeedResult } from './storage/seed-mock-lfi';
export { verifyPsuPassword } from './storage/verify-psu-password';
export {
  findAccount,
  findInsurancePolicy,
  findPsu,
  findPsuByUsername,
  listAccounts,
  listInsurancePolicies,
} from './storage/queries';
export type { MockLfiDb } from './storage/queries';
export type { LfiApplicationCredentials, LfiProfile, LfiTenantProfile } from './lfi-profile';
export { LFI_PROFILE, lfiTenantProfile } from './lfi-profile';
export type {
  CreditDebit,
  OcBalance,
  OcBeneficiary,
  OcDirectDebit,
  OcProduct,
  OcScheduledPayment,
  OcStandingOrder,
  OcStatement,
  OcStatements,
  OcTransaction,
} from './banking/banking-views';
export { accountActivity, generateAccountActivity } from './banking/account-activity';
export type { AccountActivity } from './banking/account-activity';
export { accountViewOf } from './banking/account-view';
export { accountCustomersOf, customerOf } from './banking/customer';
export type { CustomerPsu, OcCustomer } from './banking/customer';
export {
  blockedAccessCode,
  CLOSED_ACCOUNT_PSU_INDEX,
  imposedAccountStatus,
  restrictedAccounts,
  SUSPENDED_ACCOUNT_PSU_INDEX,
} from './banking/account-statuses';
export { decimal, minorOf } from './banking/money';
export { EPOCH_INSTANT_MS, UAE_OFFSET } from './banking/uae-time';
export { ocPolicyStatusOf, policyDetailOf, policyNumberOf, policyPaymentDetailsOf, policySummaryOf } from './insurance';
export type { OcPolicyStatus, OcPolicySummary, PolicyRecord } from './insurance';
export { deskQuoteColumns, deskStepColumns } from './storage/desk-step-columns';
export { deskStepStore } from './storage/desk-steps';
export type { DeskStep, DeskStepStore, SteppedRow } from './storage/desk-steps';
export { stepRetryDelayMs } from './storage/step-back-off';
export { FxQuoteEntity } from './storage/fx-quote.entity';
export type { FxAmount, FxCharge, FxQuoteStatus, FxQuoteTerms } from './storage/fx-quote.entity';
export { CreateMockLfiFxQuotes1767657600000 } from './storage/migrations/1767657600000-create-mock-lfi-fx-quotes';
export { acceptFxQuote, claimDueFxQuoteSteps, findFxQuote, fxQuoteSteps, insertFxQuote } from './storage/fx-quote-store';
export type { FxQuoteOwner, FxQuoteStep, NewFxQuote } from './storage/fx-quote-store';
export { AccountOpeningEntity } from './storage/account-opening.entity';
export { CreateMockLfiAccountOpenings1767744000000 } from './storage/migrations/1767744000000-create-mock-lfi-account-openings';
export {
  canOperatorReject,
  canUserDecide,
  FINAL_OPENING_STATUSES,
  isFinalOpeningStatus,
  OPENABLE_CURRENCIES,
  OPENABLE_SUB_TYPES,
  OPENING_STATUSES,
  openingFirstStepOf,
  openingFollowUpOf,
  openingRetryDelayMs,
  USER_INPUT_STATUSES,
} from './storage/account-opening-status';
export type { OpenableCurrency, OpenableSubType, OpeningProgress, OpeningStatus, OpeningTiming } from './storage/account-opening-status';
export { claimOpeningStep, createAccountOpening, dueOpeningSteps, findAccountOpening, settleOpeningStep } from './storage/account-opening-store';
export type { NewAccountOpening, OpeningKey, OpeningStepClaim, StepSettlement } from './storage/account-opening-store';
export { answerAccountOpening, CUSTOMER_CANCELLED, rejectAccountOpening } from './storage/account-opening-actions';
export type { OpeningAnswer } from './storage/account-opening-actions';
export { dubaiDate, openAccount } from './storage/account-opening-account';
export type { AccountToOpen } from './storage/account-opening-account';
export { bicOf } from './banking/account-view';
export { InsuranceQuoteEntity } from './storage/insurance-quote.entity';
export type {
  InsuranceEmirate,
  InsuranceQuoteAcceptance,
  InsuranceQuoteAcceptedStatus,
  InsuranceQuoteOffer,
  InsuranceQuotePolicyPlan,
  InsuranceQuoteStatus,
} from './storage/insurance-quote.entity';
export { CreateMockLfiInsuranceQuotes1767916800000 } from './storage/migrations/1767916800000-create-mock-lfi-insurance-quotes';
export { acceptInsuranceQuote, findInsuranceQuote, insertInsuranceQuotes, insuranceQuoteSteps, issueInsuranceQuotePolicy } from './storage/insurance-quote-store';
export type { InsuranceQuoteOwner, InsuranceQuoteStep, NewInsuranceQuote, NewQuotedPolicy } from './storage/insurance-quote-store';
