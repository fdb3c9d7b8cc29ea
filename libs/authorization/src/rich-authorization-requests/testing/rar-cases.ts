import type { CONSENT_RAR_TYPES } from '../rar-types';
import {
  accountAccessDetail,
  changed,
  FILE_PAYMENT,
  insuranceDetail,
  minimalAccountAccessDetail,
  minimalInsuranceDetail,
  minimalServiceInitiationDetail,
  multiPayment,
  PERIODIC_SCHEDULES,
  REMOVE,
  serviceInitiationDetail,
  SINGLE_PAYMENT,
  type Json,
} from './rar-fixtures';

/**
 * The case table shared by the unit tests (our verdict and message) and the conformance test
 * (the official schema's verdict). All validated at RAR_TEST_NOW.
 */
export interface RarCase {
  /** The consent family whose official schema judges the case. */
  family: keyof typeof CONSENT_RAR_TYPES;
  name: string;
  detail: unknown;
  /** Absent for a valid detail; otherwise the first (most important) problem expected. */
  problem?: { path: string; message: RegExp };
  /**
   * Set where the hub's verdict differs from the official schema's on purpose, saying why: a hub
   * rule the schema cannot express, or a schema constraint the hub reads differently.
   */
  schemaVerdictDiffers?: string;
}

const HUB_NOW = 'hub rule: relative to the request time, which a schema cannot express';
const HUB_ONE_YEAR = 'hub rule: ExpirationDateTime at most 1 year ahead (community standards), not in the schema';
const HUB_UNIQUE = 'hub rule: the schema has no uniqueItems';
const HUB_JWE = 'hub rule: the schema allows any string (AEJWEPaymentPII) or the decoded PII objects; PAR requires a compact JWE';
const HUB_SCHEDULE = 'hub rule: the schema constrains no combination of ConsentSchedule variants; the hub accepts one variant or the Combined Payment (SinglePayment and MultiPayment) its description names';
const HUB_HTTPS = 'hub rule: the RAR schema types Webhook.Url as any string; the hub accepts https only';

const ok = (family: RarCase['family'], name: string, detail: unknown, schemaVerdictDiffers?: string): RarCase => ({ family, name, detail, schemaVerdictDiffers });
const bad = (family: RarCase['family'], name: string, detail: unknown, path: string, message: RegExp, schemaVerdictDiffers?: string): RarCase => ({
  family,
  name,
  detail,
  problem: { path, message },
  schemaVerdictDiffers,
});

const missing = (family: RarCase['family'], base: Json, paths: string[]): RarCase[] =>
  paths.map((path) => bad(family, `${path} missing`, changed(base, path, REMOVE), path, /^is required$/));

const longText = (n: number) => 'x'.repeat(n);

/* ---------------------------------------------------------------- Bank Data Sharing */
const aa = accountAccessDetail();
const AA: RarCase['family'] = 'accountAccess';

export const ACCOUNT_ACCESS_CASES: RarCase[] = [
  ok(AA, 'a full consent (every optional member)', aa),
  ok(AA, 'the required members only', minimalAccountAccessDetail()),
  ok(AA, 'expiry exactly 1 year ahead, in UTC with milliseconds', changed(aa, 'consent.ExpirationDateTime', '2027-01-15T09:00:00.000Z')),
  ok(AA, 'FromDate equal to ToDate', changed(changed(aa, 'consent.FromDate', '2025-06-01'), 'consent.ToDate', '2025-06-01')),
  ok(
    AA,
    'a ConsentId that is not a UUID (the test LFI refuses ids starting invalid-)',
    changed(aa, 'consent.ConsentId', 'invalid-consent-0001'),
    'schema stricter: AEConsentId says format uuid, which the uuid schema calls a hint; the hub accepts any 1-128 characters',
  ),
  ...missing(AA, aa, ['consent.ConsentId', 'consent.Permissions', 'consent.ExpirationDateTime', 'consent.OpenFinanceBilling', 'consent.OpenFinanceBilling.UserType', 'consent.OpenFinanceBilling.Purpose']),
  ...missing(AA, aa, ['subscription.Webhook', 'subscription.Webhook.Url', 'subscription.Webhook.IsActive']),
  bad(AA, 'type missing', changed(aa, 'type', REMOVE), 'type', /^is required$/),
  bad(AA, 'consent missing', changed(aa, 'consent', REMOVE), 'consent', /^is required$/),
  bad(AA, 'a v2.0 type', changed(aa, 'type', 'urn:openfinanceuae:account-access-consent:v2.0'), 'type', /^must be one of urn:openfinanceuae:account-access-consent:v2\.1, /),
  bad(AA, 'the service-initiation type spelled with payment-consent', changed(aa, 'type', 'urn:openfinanceuae:payment-consent:v2.1'), 'type', /must be one of/),
  bad(AA, "capitalised 'Type' (old samples)", { Type: aa.type, consent: aa.consent }, 'Type', /^must be sent as the lower-case key 'type'/),
  bad(AA, "capitalised 'Consent' (old samples)", { type: aa.type, Consent: aa.consent }, 'Consent', /^must be sent as the lower-case key 'consent'/),
  bad(AA, 'an unknown member beside type and consent', { ...aa, locations: ['https://lfi.example'] }, 'locations', /is not a member of an authorization detail/),
  bad(AA, 'the detail is an array', [aa], '', /must be a JSON object/),
  bad(AA, 'consent is a string', changed(aa, 'consent', 'ReadAccountsBasic'), 'consent', /^must be an object$/),
  bad(AA, 'Permissions empty', changed(aa, 'consent.Permissions', []), 'consent.Permissions', /^must not be empty$/),
  bad(AA, 'Permissions a string', changed(aa, 'consent.Permissions', 'ReadBalances'), 'consent.Permissions', /^must be an array/),
  bad(AA, 'a Permissions code from another family', changed(aa, 'consent.Permissions[1]', 'ReadInsurancePolicies'), 'consent.Permissions[1]', /AEBankDataSharingConsentPermissionCodes code .*got 'ReadInsurancePolicies'/),
  bad(AA, 'a repeated Permissions code', changed(aa, 'consent.Permissions[2]', 'ReadAccountsBasic'), 'consent.Permissions[2]', /repeats the value 'ReadAccountsBasic'/, HUB_UNIQUE),
  bad(AA, 'AccountType not in the enum', changed(aa, 'consent.AccountType', ['Personal']), 'consent.AccountType[0]', /^must be one of Retail, SME, Corporate \(got 'Personal'\)$/),
  bad(AA, 'AccountSubType not in the enum', changed(aa, 'consent.AccountSubType[1]', 'Checking'), 'consent.AccountSubType[1]', /must be one of CurrentAccount, Savings/),
  bad(AA, 'UserType in lower case', changed(aa, 'consent.OpenFinanceBilling.UserType', 'retail'), 'consent.OpenFinanceBilling.UserType', /must be one of Retail, SME, Corporate/),
  bad(AA, 'an insurance billing Purpose', changed(aa, 'consent.OpenFinanceBilling.Purpose', 'PremiumHistory'), 'consent.OpenFinanceBilling.Purpose', /must be one of AccountAggregation, .*AuditReconciliation/),
  bad(AA, 'IsLargeCorporate in the request (it is set by the LFI)', changed(aa, 'consent.OpenFinanceBilling.IsLargeCorporate', true), 'consent.OpenFinanceBilling.IsLargeCorporate', /is not a member/),
  bad(AA, 'OpenFinanceBilling null', changed(aa, 'consent.OpenFinanceBilling', null), 'consent.OpenFinanceBilling', /^is required$/),
  bad(AA, 'OnBehalfOf.IdentifierType not Other', changed(aa, 'consent.OnBehalfOf.IdentifierType', 'EmiratesID'), 'consent.OnBehalfOf.IdentifierType', /must be one of Other/),
  bad(AA, 'ConsentId empty', changed(aa, 'consent.ConsentId', ''), 'consent.ConsentId', /^must be 1 to 128 characters long \(got 0\)$/),
  bad(AA, 'BaseConsentId of 129 characters', changed(aa, 'consent.BaseConsentId', longText(129)), 'consent.BaseConsentId', /1 to 128 characters long \(got 129\)/),
  bad(AA, 'ExpirationDateTime without timezone', changed(aa, 'consent.ExpirationDateTime', '2026-07-15T09:00:00'), 'consent.ExpirationDateTime', /^must include a timezone/),
  bad(AA, 'ExpirationDateTime a date only', changed(aa, 'consent.ExpirationDateTime', '2026-07-15'), 'consent.ExpirationDateTime', /must be an RFC 3339 date-time/),
  bad(AA, 'ExpirationDateTime on 31 June', changed(aa, 'consent.ExpirationDateTime', '2026-06-31T09:00:00Z'), 'consent.ExpirationDateTime', /must be an RFC 3339 date-time/),
  bad(AA, 'ExpirationDateTime in the past', changed(aa, 'consent.ExpirationDateTime', '2025-12-31T23:59:59Z'), 'consent.ExpirationDateTime', /^must be in the future \(now is 2026-01-15T09:00:00.000Z\)$/, HUB_NOW),
  bad(AA, 'ExpirationDateTime later today locally but past in UTC', changed(aa, 'consent.ExpirationDateTime', '2026-01-15T12:30:00+04:00'), 'consent.ExpirationDateTime', /must be in the future/, HUB_NOW),
  bad(AA, 'ExpirationDateTime more than 1 year ahead', changed(aa, 'consent.ExpirationDateTime', '2027-01-15T09:00:01Z'), 'consent.ExpirationDateTime', /^must be at most 1 year ahead \(latest 2027-01-15T09:00:00.000Z\)$/, HUB_ONE_YEAR),
  bad(AA, 'FromDate with slashes', changed(aa, 'consent.FromDate', '2025/01/01'), 'consent.FromDate', /^must be a date in the form YYYY-MM-DD/),
  bad(AA, 'ToDate on 30 February', changed(aa, 'consent.ToDate', '2025-02-30'), 'consent.ToDate', /must be a date in the form YYYY-MM-DD/),
  bad(AA, 'ToDate before FromDate', changed(aa, 'consent.ToDate', '2024-12-31'), 'consent.ToDate', /^must not be before FromDate$/, 'hub rule: the schema does not relate FromDate and ToDate'),
  bad(AA, 'an unknown consent member', changed(aa, 'consent.Purpose', 'Budgeting'), 'consent.Purpose', /^is not a member of the v2.1 schema/),
  bad(AA, 'the retired TransactionFromDateTime', changed(aa, 'consent.TransactionFromDateTime', '2025-01-01T00:00:00Z'), 'consent.TransactionFromDateTime', /use FromDate/),
  bad(AA, "a member named like Object.prototype's", changed(aa, 'consent.constructor', 'x'), 'consent.constructor', /is not a member/),
  bad(AA, 'Webhook.Url over http', changed(aa, 'subscription.Webhook.Url', 'http://tpp.example.ae/events'), 'subscription.Webhook.Url', /^must be an https URL/, HUB_HTTPS),
  bad(AA, 'Webhook.IsActive as a string', changed(aa, 'subscription.Webhook.IsActive', 'true'), 'subscription.Webhook.IsActive', /^must be true or false \(got 'true'\)$/),
  bad(AA, 'an unknown Webhook member', changed(aa, 'subscription.Webhook.Secret', 's3cr3t'), 'subscription.Webhook.Secret', /is not a member/),
];

/* ---------------------------------------------------------- Bank Service Initiation */
const si = serviceInitiationDetail();
const SI: RarCase['family'] = 'serviceInitiation';
const sched = 'consent.ControlParameters.ConsentSchedule';
const multi = (schedule: Json) => serviceInitiationDetail(multiPayment(schedule));

export const SERVICE_INITIATION_CASES: RarCase[] = [
  ok(SI, 'a full single instant payment consent', si),
  ok(SI, 'the required members only', minimalServiceInitiationDetail()),
  ...Object.entries(PERIODIC_SCHEDULES).map(([name, schedule]) => ok(SI, `a MultiPayment with a ${name}`, multi(schedule))),
  ok(SI, 'a MultiPayment without the optional cumulative limits', serviceInitiationDetail({ MultiPayment: { PeriodicSchedule: PERIODIC_SCHEDULES.FixedPeriodicSchedule } })),
  ok(SI, 'a FilePayment', serviceInitiationDetail(FILE_PAYMENT)),
  ...missing(SI, si, ['consent.PersonalIdentifiableInformation', 'consent.ControlParameters', 'consent.ConsentId', 'consent.ExpirationDateTime', 'consent.PaymentPurposeCode']),
  ...missing(SI, si, ['consent.CurrencyRequest.ExtendedPurpose', 'consent.CurrencyRequest.CurrencyOfTransfer', 'consent.CurrencyRequest.ExchangeRateInformation.RateType']),
  ...missing(SI, si, ['consent.SponsoredTPPInformation.Identification', `${sched}.SinglePayment.Amount`, `${sched}.SinglePayment.Amount.Currency`]),
  ...missing(SI, multi(PERIODIC_SCHEDULES.FixedOnDemand), [`${sched}.MultiPayment.PeriodicSchedule`, `${sched}.MultiPayment.PeriodicSchedule.Controls`]),
  ...missing(SI, multi(PERIODIC_SCHEDULES.VariablePeriodicSchedule), [`${sched}.MultiPayment.PeriodicSchedule.MaximumIndividualAmount`]),
  ...missing(SI, serviceInitiationDetail(FILE_PAYMENT), [`${sched}.FilePayment.ControlSum`, `${sched}.FilePayment.FileHash`]),
  ok(SI, 'no ConsentSchedule (optional in errata2)', changed(si, sched, REMOVE)),
  ok(SI, 'a Combined Payment (one SinglePayment and one MultiPayment)', changed(si, sched, { ...SINGLE_PAYMENT, ...multiPayment(PERIODIC_SCHEDULES.FixedPeriodicSchedule) })),
  bad(SI, 'ConsentSchedule empty', changed(si, sched, {}), sched, /^must contain exactly one of SinglePayment, MultiPayment, FilePayment, or SinglePayment and MultiPayment together \(a Combined Payment\) \(got none\)$/, HUB_SCHEDULE),
  bad(SI, 'a FilePayment beside a SinglePayment', changed(si, sched, { ...SINGLE_PAYMENT, ...FILE_PAYMENT }), sched, /\(got SinglePayment and FilePayment\)$/, HUB_SCHEDULE),
  bad(
    SI,
    'all three schedule variants',
    changed(si, sched, { ...SINGLE_PAYMENT, ...multiPayment(PERIODIC_SCHEDULES.FixedPeriodicSchedule), ...FILE_PAYMENT }),
    sched,
    /\(got SinglePayment and MultiPayment and FilePayment\)$/,
    HUB_SCHEDULE,
  ),
  bad(SI, 'an unknown schedule variant', changed(si, `${sched}.BulkPayment`, {}), `${sched}.BulkPayment`, /is not a member/),
  bad(SI, 'SinglePayment.Type wrong', changed(si, `${sched}.SinglePayment.Type`, 'SinglePayment'), `${sched}.SinglePayment.Type`, /^must be one of SingleInstantPayment/),
  bad(SI, 'an amount without decimals', changed(si, `${sched}.SinglePayment.Amount.Amount`, '250'), `${sched}.SinglePayment.Amount.Amount`, /^must be an amount of 1 to 16 digits and 2 decimals, e.g. 100.00 \(got '250'\)$/),
  bad(SI, 'an amount of 17 digits', changed(si, `${sched}.SinglePayment.Amount.Amount`, '12345678901234567.00'), `${sched}.SinglePayment.Amount.Amount`, /must be an amount/),
  bad(SI, 'an amount as a number', changed(si, `${sched}.SinglePayment.Amount.Amount`, 250), `${sched}.SinglePayment.Amount.Amount`, /must be an amount .*got a number/),
  bad(SI, 'a currency in lower case', changed(si, `${sched}.SinglePayment.Amount.Currency`, 'aed'), `${sched}.SinglePayment.Amount.Currency`, /ISO 4217 currency code/),
  bad(SI, 'an unknown PeriodicSchedule Type', multi({ ...PERIODIC_SCHEDULES.FixedPeriodicSchedule, Type: 'MonthlySchedule' }), `${sched}.MultiPayment.PeriodicSchedule.Type`, /must be one of FixedDefinedSchedule, .*VariableOnDemand \(got 'MonthlySchedule'\)/),
  bad(SI, 'PeriodType not in the enum', multi({ ...PERIODIC_SCHEDULES.FixedPeriodicSchedule, PeriodType: 'Fortnight' }), `${sched}.MultiPayment.PeriodicSchedule.PeriodType`, /must be one of Day, Week, Month, Year/),
  bad(SI, 'PeriodStartDate in month 13', multi({ ...PERIODIC_SCHEDULES.VariablePeriodicSchedule, PeriodStartDate: '2026-13-01' }), `${sched}.MultiPayment.PeriodicSchedule.PeriodStartDate`, /YYYY-MM-DD/),
  bad(SI, 'a member of another schedule variant', multi({ ...PERIODIC_SCHEDULES.FixedPeriodicSchedule, Controls: { MaximumCumulativeNumberOfPaymentsPerPeriod: 2 } }), `${sched}.MultiPayment.PeriodicSchedule.Controls`, /is not a member/),
  bad(SI, 'an empty FixedDefinedSchedule', multi({ Type: 'FixedDefinedSchedule', Schedule: [] }), `${sched}.MultiPayment.PeriodicSchedule.Schedule`, /^must have 1 to 53 items$/),
  bad(
    SI,
    'a VariableDefinedSchedule of 54 payments',
    multi({ Type: 'VariableDefinedSchedule', Schedule: Array.from({ length: 54 }, () => PERIODIC_SCHEDULES.VariableDefinedSchedule.Schedule[0]) }),
    `${sched}.MultiPayment.PeriodicSchedule.Schedule`,
    /^must have 1 to 53 items$/,
  ),
  bad(SI, 'a scheduled payment without its date', changed(multi(PERIODIC_SCHEDULES.FixedDefinedSchedule), `${sched}.MultiPayment.PeriodicSchedule.Schedule[1].PaymentExecutionDate`, REMOVE), `${sched}.MultiPayment.PeriodicSchedule.Schedule[1].PaymentExecutionDate`, /^is required$/),
  bad(SI, 'FixedOnDemand with empty Controls', multi({ ...PERIODIC_SCHEDULES.FixedOnDemand, Controls: {} }), `${sched}.MultiPayment.PeriodicSchedule.Controls`, /^must have at least 1 member$/),
  bad(SI, 'a fractional number of payments', changed(multi(PERIODIC_SCHEDULES.VariableOnDemand), `${sched}.MultiPayment.MaximumCumulativeNumberOfPayments`, 2.5), `${sched}.MultiPayment.MaximumCumulativeNumberOfPayments`, /^must be an integer/),
  bad(SI, 'NumberOfTransactions as a string', changed(serviceInitiationDetail(FILE_PAYMENT), `${sched}.FilePayment.NumberOfTransactions`, '42'), `${sched}.FilePayment.NumberOfTransactions`, /must be an integer \(got '42'\)/),
  bad(SI, 'a FileHash of 45 characters', changed(serviceInitiationDetail(FILE_PAYMENT), `${sched}.FilePayment.FileHash`, longText(45)), `${sched}.FilePayment.FileHash`, /1 to 44 characters long \(got 45\)/),
  bad(SI, 'IsDelegatedAuthentication as a string', changed(si, 'consent.ControlParameters.IsDelegatedAuthentication', 'false'), 'consent.ControlParameters.IsDelegatedAuthentication', /true or false/),
  bad(SI, 'an unknown ControlParameters member', changed(si, 'consent.ControlParameters.PeriodicSchedule', {}), 'consent.ControlParameters.PeriodicSchedule', /is not a member/),
  bad(SI, 'PII not a JWE', changed(si, 'consent.PersonalIdentifiableInformation', 'not-a-jwe'), 'consent.PersonalIdentifiableInformation', /^must be a compact JWE: 5 base64url parts joined by dots \(got 1 part\)$/, HUB_JWE),
  bad(SI, 'PII a JWS (3 parts)', changed(si, 'consent.PersonalIdentifiableInformation', 'eyJhbGciOiJQUzI1NiJ9.eyJhIjoxfQ.c2ln'), 'consent.PersonalIdentifiableInformation', /got 3 parts/, HUB_JWE),
  bad(SI, 'PII with a non-base64url part', changed(si, 'consent.PersonalIdentifiableInformation', 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a+b.c.d/e.f'), 'consent.PersonalIdentifiableInformation', /must be base64url/, HUB_JWE),
  bad(SI, 'PII whose header names no enc', changed(si, 'consent.PersonalIdentifiableInformation', 'eyJhbGciOiJQUzI1NiJ9.a.b.c.d'), 'consent.PersonalIdentifiableInformation', /header must be base64url JSON naming alg and enc/, HUB_JWE),
  bad(
    SI,
    'PII sent decoded (an AEDomesticPaymentPII object)',
    changed(si, 'consent.PersonalIdentifiableInformation', { Initiation: { DebtorAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456' } } }),
    'consent.PersonalIdentifiableInformation',
    /must be the encrypted form \(AEJWEPaymentPII/,
    HUB_JWE,
  ),
  bad(SI, 'PaymentPurposeCode in lower case', changed(si, 'consent.PaymentPurposeCode', 'edu'), 'consent.PaymentPurposeCode', /^must be an AANI payment purpose code of 3 upper-case letters/),
  bad(SI, 'PaymentPurposeCode of 4 letters', changed(si, 'consent.PaymentPurposeCode', 'EDUC'), 'consent.PaymentPurposeCode', /AANI payment purpose code/),
  bad(SI, 'DebtorReference of 36 characters', changed(si, 'consent.DebtorReference', longText(36)), 'consent.DebtorReference', /^must be 1 to 35 characters long \(got 36\)$/),
  bad(SI, 'CreditorReference empty', changed(si, 'consent.CreditorReference', ''), 'consent.CreditorReference', /1 to 35 characters/),
  bad(SI, 'IsSingleAuthorization as a string', changed(si, 'consent.IsSingleAuthorization', 'yes'), 'consent.IsSingleAuthorization', /true or false/),
  bad(SI, 'a data sharing Permissions code', changed(si, 'consent.Permissions[1]', 'ReadTransactionsBasic'), 'consent.Permissions[1]', /must be one of ReadAccountsBasic, ReadAccountsDetail, ReadBalances, ReadRefundAccount/),
  bad(SI, 'Permissions empty', changed(si, 'consent.Permissions', []), 'consent.Permissions', /^must not be empty$/, 'hub rule: the schema sets no minItems on service initiation Permissions'),
  bad(SI, 'ExpirationDateTime in the past', changed(minimalServiceInitiationDetail(), 'consent.ExpirationDateTime', '2026-01-15T08:59:59Z'), 'consent.ExpirationDateTime', /must be in the future/, HUB_NOW),
  bad(SI, 'ExpirationDateTime 2 years ahead', changed(si, 'consent.ExpirationDateTime', '2028-01-15T09:00:00Z'), 'consent.ExpirationDateTime', /at most 1 year ahead/, HUB_ONE_YEAR),
  bad(SI, 'AuthorizationExpirationDateTime after ExpirationDateTime', changed(si, 'consent.AuthorizationExpirationDateTime', '2026-04-16T00:00:00Z'), 'consent.AuthorizationExpirationDateTime', /^must not be after ExpirationDateTime$/, 'hub rule: the schema does not relate the two date-times'),
  bad(SI, 'AuthorizationExpirationDateTime in the past', changed(si, 'consent.AuthorizationExpirationDateTime', '2026-01-15T08:00:00Z'), 'consent.AuthorizationExpirationDateTime', /must be in the future/, HUB_NOW),
  bad(SI, 'AuthorizationExpirationDateTime without timezone', changed(si, 'consent.AuthorizationExpirationDateTime', '2026-01-15T13:30:00'), 'consent.AuthorizationExpirationDateTime', /must include a timezone/),
  bad(SI, 'CurrencyOfTransfer in lower case', changed(si, 'consent.CurrencyRequest.CurrencyOfTransfer', 'gbp'), 'consent.CurrencyRequest.CurrencyOfTransfer', /ISO 4217/),
  bad(SI, 'ExtendedPurpose of 141 characters', changed(si, 'consent.CurrencyRequest.ExtendedPurpose', longText(141)), 'consent.CurrencyRequest.ExtendedPurpose', /1 to 140 characters/),
  bad(SI, 'ChargeBearer not in the enum', changed(si, 'consent.CurrencyRequest.ChargeBearer', 'Debtor'), 'consent.CurrencyRequest.ChargeBearer', /BorneByCreditor, BorneByDebtor, Shared/),
  bad(SI, 'InstructionPriority not in the enum', changed(si, 'consent.CurrencyRequest.InstructionPriority', 'High'), 'consent.CurrencyRequest.InstructionPriority', /Normal, Urgent/),
  bad(SI, 'RateType not in the enum', changed(si, 'consent.CurrencyRequest.ExchangeRateInformation.RateType', 'Spot'), 'consent.CurrencyRequest.ExchangeRateInformation.RateType', /Actual, Agreed, Indicative/),
  bad(SI, 'ExchangeRate as a string', changed(si, 'consent.CurrencyRequest.ExchangeRateInformation.ExchangeRate', '4.65'), 'consent.CurrencyRequest.ExchangeRateInformation.ExchangeRate', /must be a number/),
  bad(SI, 'DestinationCountryCode with 2 letters in lower case', changed(si, 'consent.CurrencyRequest.DestinationCountryCode', 'gb'), 'consent.CurrencyRequest.DestinationCountryCode', /ISO 3166 alpha-2/),
  bad(
    SI,
    'DestinationCountryCode of 3 letters',
    changed(si, 'consent.CurrencyRequest.DestinationCountryCode', 'GBR'),
    'consent.CurrencyRequest.DestinationCountryCode',
    /ISO 3166 alpha-2 country code/,
    "schema reads differently: its pattern '[A-Z]{2,2}' is unanchored, so 'GBR' passes; the hub anchors it as the description (ISO 3166 alpha-2) says",
  ),
  bad(SI, 'SponsoredTPPInformation.Name of 51 characters', changed(si, 'consent.SponsoredTPPInformation.Name', longText(51)), 'consent.SponsoredTPPInformation.Name', /1 to 50 characters/),
  bad(SI, 'an unknown consent member', changed(si, 'consent.Charges', []), 'consent.Charges', /is not a member/),
  bad(AA, 'a service initiation consent sent as account access', { ...si, type: 'urn:openfinanceuae:account-access-consent:v2.1' }, 'consent.OpenFinanceBilling', /^is required$/),
];

/* ------------------------------------------------------------ Insurance Data Sharing */
const ins = insuranceDetail();
const INS: RarCase['family'] = 'insurance';

export const INSURANCE_CASES: RarCase[] = [
  ok(INS, 'a full consent with two insurance types', ins),
  ok(INS, 'the required members only', minimalInsuranceDetail()),
  ...missing(INS, ins, ['consent.ConsentId', 'consent.Permissions', 'consent.OpenFinanceBilling', 'consent.ExpirationDateTime', 'consent.OpenFinanceBilling.Purpose']),
  ...missing(INS, ins, ['consent.Permissions[0].InsuranceType', 'consent.Permissions[1].Permissions']),
  bad(INS, 'Permissions as bare codes (they are qualified by InsuranceType)', changed(ins, 'consent.Permissions', ['ReadInsurancePolicies']), 'consent.Permissions[0]', /^must be an object$/),
  bad(INS, 'Permissions empty', changed(ins, 'consent.Permissions', []), 'consent.Permissions', /^must not be empty$/),
  bad(INS, 'InsuranceType not in the enum', changed(ins, 'consent.Permissions[0].InsuranceType', 'Car'), 'consent.Permissions[0].InsuranceType', /Employment, Health, Home, Life, Motor, Renters, Travel/),
  bad(INS, 'inner Permissions empty', changed(ins, 'consent.Permissions[1].Permissions', []), 'consent.Permissions[1].Permissions', /^must not be empty$/),
  bad(INS, 'a banking code in the inner Permissions', changed(ins, 'consent.Permissions[0].Permissions[2]', 'ReadBalances'), 'consent.Permissions[0].Permissions[2]', /ReadInsurancePolicies, .*ReadInsurancePremium \(got 'ReadBalances'\)/),
  bad(INS, 'a repeated inner code', changed(ins, 'consent.Permissions[0].Permissions[1]', 'ReadInsurancePolicies'), 'consent.Permissions[0].Permissions[1]', /repeats the value 'ReadInsurancePolicies'/, HUB_UNIQUE),
  bad(INS, 'one InsuranceType twice', changed(ins, 'consent.Permissions[1].InsuranceType', 'Motor'), 'consent.Permissions[1]', /^repeats the InsuranceType 'Motor'/, HUB_UNIQUE),
  bad(INS, 'an unknown member of a Permissions entry', changed(ins, 'consent.Permissions[0].PolicyIds', ['P-1']), 'consent.Permissions[0].PolicyIds', /is not a member/),
  bad(INS, 'a banking billing Purpose', changed(ins, 'consent.OpenFinanceBilling.Purpose', 'TaxFiling'), 'consent.OpenFinanceBilling.Purpose', /AccountAggregation, .*ClaimHistory.*Other \(got 'TaxFiling'\)/),
  bad(INS, 'a banking UserType in OpenFinanceBilling', changed(ins, 'consent.OpenFinanceBilling.UserType', 'Retail'), 'consent.OpenFinanceBilling.UserType', /is not a member/),
  bad(INS, 'IsLargeCorporate in the request', changed(ins, 'consent.OpenFinanceBilling.IsLargeCorporate', false), 'consent.OpenFinanceBilling.IsLargeCorporate', /is not a member/),
  bad(INS, 'OnBehalfOf.IdentifierType not Other', changed(ins, 'consent.OnBehalfOf.IdentifierType', 'TradeLicence'), 'consent.OnBehalfOf.IdentifierType', /must be one of Other/),
  bad(INS, 'an unknown OnBehalfOf member', changed(ins, 'consent.OnBehalfOf.Country', 'AE'), 'consent.OnBehalfOf.Country', /is not a member/),
  bad(INS, 'ConsentId of 129 characters', changed(ins, 'consent.ConsentId', longText(129)), 'consent.ConsentId', /1 to 128 characters/),
  bad(INS, 'ExpirationDateTime in the past', changed(ins, 'consent.ExpirationDateTime', '2025-10-01T00:00:00+04:00'), 'consent.ExpirationDateTime', /must be in the future/, HUB_NOW),
  bad(INS, 'ExpirationDateTime 13 months ahead', changed(ins, 'consent.ExpirationDateTime', '2027-02-15T00:00:00+04:00'), 'consent.ExpirationDateTime', /at most 1 year ahead/, HUB_ONE_YEAR),
  bad(INS, 'ExpirationDateTime with a +0400 offset (no colon)', changed(ins, 'consent.ExpirationDateTime', '2026-10-01T00:00:00+0400'), 'consent.ExpirationDateTime', /RFC 3339 date-time/, "schema reads differently: ajv-formats also accepts '+0400'; RFC 3339 requires '+04:00'"),
  bad(INS, 'the insurance type with a v1.2 suffix', changed(ins, 'type', 'urn:openfinanceuae:insurance-consent:v1.2'), 'type', /must be one of/),
  bad(INS, "capitalised 'Type' and 'Consent'", { Type: ins.type, Consent: ins.consent }, 'Type', /lower-case key 'type'/),
  bad(INS, 'subscription without Webhook', changed(ins, 'subscription', {}), 'subscription.Webhook', /^is required$/),
  bad(INS, 'Webhook.Url not a URL', changed(ins, 'subscription.Webhook.Url', 'broker.example.ae/hooks'), 'subscription.Webhook.Url', /absolute https URL/, HUB_HTTPS),
];

export const RAR_CASES: RarCase[] = [...ACCOUNT_ACCESS_CASES, ...SERVICE_INITIATION_CASES, ...INSURANCE_CASES];
