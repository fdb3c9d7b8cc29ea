import { CONSENT_RAR_TYPES } from '../rar-types';

/**
 * Realistic, valid authorization details of the three v2.1 consent families, for a PAR validated
 * at RAR_TEST_NOW. Written for this hub (not copied from the standard, which has no examples).
 */
export type Json = Record<string, any>;

/** Expiry rules are judged against this instant; every fixture is valid at it. */
export const RAR_TEST_NOW = new Date('2026-01-15T09:00:00Z');

const b64url = (text: string) => Buffer.from(text).toString('base64url');

/** A compact JWE as a TPP would send it: RSA-OAEP-256 key wrap, A256GCM content (never decrypted here). */
export const PII_JWE = [
  b64url(JSON.stringify({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'lfi-enc-2026-01' })),
  b64url('wrapped content encryption key of the LFI encryption key'),
  b64url('twelve-b-iv'),
  b64url('{"Initiation":{"Creditor":[...]}} as a signed then encrypted JWS'),
  b64url('sixteen-byte-tag'),
].join('.');

export const SUBSCRIPTION = { Webhook: { Url: 'https://tpp.example.ae/open-finance/events', IsActive: true } };

export function accountAccessDetail(): Json {
  return {
    type: CONSENT_RAR_TYPES.accountAccess,
    consent: {
      ConsentId: '0b5b7c3e-2f7a-4c1e-9d3b-6a1f4e8c2d10',
      BaseConsentId: '7e1f0c2a-9b4d-4e6f-8a3c-1d2e3f4a5b60',
      Permissions: ['ReadAccountsBasic', 'ReadAccountsDetail', 'ReadBalances', 'ReadTransactionsDetail', 'ReadStatements'],
      ExpirationDateTime: '2026-07-15T09:00:00+04:00',
      FromDate: '2025-01-01',
      ToDate: '2025-12-31',
      AccountType: ['Retail'],
      AccountSubType: ['CurrentAccount', 'Savings'],
      OnBehalfOf: { TradingName: 'Budget Buddy', LegalName: 'Budget Buddy FZ-LLC', IdentifierType: 'Other', Identifier: 'DMCC-123456' },
      OpenFinanceBilling: { UserType: 'Retail', Purpose: 'BudgetingAnalysis' },
    },
    subscription: SUBSCRIPTION,
  };
}

export function minimalAccountAccessDetail(): Json {
  return {
    type: CONSENT_RAR_TYPES.accountAccess,
    consent: {
      ConsentId: '1c9e4b2a-5d6f-4a7b-8c9d-0e1f2a3b4c5d',
      Permissions: ['ReadAccountsBasic'],
      ExpirationDateTime: '2026-02-15T00:00:00Z',
      OpenFinanceBilling: { UserType: 'SME', Purpose: 'AccountAggregation' },
    },
  };
}

const AED = (amount: string) => ({ Amount: amount, Currency: 'AED' });

export const SINGLE_PAYMENT = { SinglePayment: { Type: 'SingleInstantPayment', Amount: AED('250.00') } };

/** One valid PeriodicSchedule per variant of the document's oneOf. */
export const PERIODIC_SCHEDULES: Record<string, Json> = {
  FixedDefinedSchedule: {
    Type: 'FixedDefinedSchedule',
    Schedule: [
      { PaymentExecutionDate: '2026-02-01', Amount: AED('1200.00') },
      { PaymentExecutionDate: '2026-03-01', Amount: AED('1200.00') },
    ],
  },
  VariableDefinedSchedule: {
    Type: 'VariableDefinedSchedule',
    Schedule: [{ PaymentExecutionDate: '2026-02-10', MaximumIndividualAmount: AED('900.00') }],
  },
  FixedPeriodicSchedule: { Type: 'FixedPeriodicSchedule', PeriodType: 'Month', PeriodStartDate: '2026-02-01', Amount: AED('499.00') },
  VariablePeriodicSchedule: { Type: 'VariablePeriodicSchedule', PeriodType: 'Week', PeriodStartDate: '2026-01-19', MaximumIndividualAmount: AED('300.00') },
  FixedOnDemand: {
    Type: 'FixedOnDemand',
    PeriodType: 'Month',
    PeriodStartDate: '2026-02-01',
    Amount: AED('50.00'),
    Controls: { MaximumCumulativeValueOfPaymentsPerPeriod: AED('200.00'), MaximumCumulativeNumberOfPaymentsPerPeriod: 4 },
  },
  VariableOnDemand: {
    Type: 'VariableOnDemand',
    PeriodType: 'Day',
    PeriodStartDate: '2026-01-16',
    Controls: { MaximumIndividualAmount: AED('100.00'), MaximumCumulativeValueOfPaymentsPerPeriod: AED('500.00'), MaximumCumulativeNumberOfPaymentsPerPeriod: 10 },
  },
};

export const multiPayment = (periodicSchedule: Json): Json => ({
  MultiPayment: { MaximumCumulativeValueOfPayments: AED('10000.00'), MaximumCumulativeNumberOfPayments: 24, PeriodicSchedule: periodicSchedule },
});

export const FILE_PAYMENT = {
  FilePayment: {
    FileType: 'pain.001.001.09',
    FileHash: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
    FileReference: 'PAYROLL-2026-01',
    NumberOfTransactions: 42,
    ControlSum: '183450.75',
    RequestedExecutionDate: '2026-01-20',
  },
};

export function serviceInitiationDetail(consentSchedule: Json = SINGLE_PAYMENT): Json {
  return {
    type: CONSENT_RAR_TYPES.serviceInitiation,
    consent: {
      ConsentId: '5f2d8a1b-3c4e-4f5a-9b6c-7d8e9f0a1b2c',
      BaseConsentId: '5f2d8a1b-3c4e-4f5a-9b6c-7d8e9f0a1b2c',
      IsSingleAuthorization: true,
      AuthorizationExpirationDateTime: '2026-01-15T13:30:00+04:00',
      ExpirationDateTime: '2026-04-15T09:00:00+04:00',
      Permissions: ['ReadAccountsBasic', 'ReadBalances'],
      ControlParameters: { IsDelegatedAuthentication: false, ConsentSchedule: consentSchedule },
      PersonalIdentifiableInformation: PII_JWE,
      CurrencyRequest: {
        InstructionPriority: 'Normal',
        ExtendedPurpose: 'Tuition fees for the spring semester',
        ChargeBearer: 'BorneByDebtor',
        CurrencyOfTransfer: 'GBP',
        DestinationCountryCode: 'GB',
        ExchangeRateInformation: { UnitCurrency: 'GBP', ExchangeRate: 4.6512, RateType: 'Indicative', ContractIdentification: 'FX-2026-000123' },
        FxQuoteId: 'q-7d8e9f0a',
      },
      DebtorReference: 'Spring tuition',
      CreditorReference: 'INV-2026-0042',
      PaymentPurposeCode: 'EDU',
      SponsoredTPPInformation: { Name: 'Campus Pay', Identification: 'SPONSORED-00017' },
    },
    subscription: SUBSCRIPTION,
  };
}

export function minimalServiceInitiationDetail(): Json {
  return {
    type: CONSENT_RAR_TYPES.serviceInitiation,
    consent: {
      ConsentId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      ExpirationDateTime: '2026-01-16T09:00:00Z',
      ControlParameters: { ConsentSchedule: SINGLE_PAYMENT },
      PersonalIdentifiableInformation: PII_JWE,
      PaymentPurposeCode: 'ACM',
    },
  };
}

export function insuranceDetail(): Json {
  return {
    type: CONSENT_RAR_TYPES.insurance,
    consent: {
      ConsentId: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
      BaseConsentId: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a',
      Permissions: [
        { InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies', 'ReadCustomerBasic', 'ReadInsurancePremium'] },
        { InsuranceType: 'Health', Permissions: ['ReadInsurancePolicies', 'ReadCustomerClaims'] },
      ],
      OpenFinanceBilling: { Purpose: 'QuoteComparison' },
      ExpirationDateTime: '2026-10-01T00:00:00+04:00',
      OnBehalfOf: { TradingName: 'Compare Cover', LegalName: 'Compare Cover LLC', IdentifierType: 'Other', Identifier: 'CN-998877' },
    },
    subscription: { Webhook: { Url: 'https://broker.example.ae/hooks/consents', IsActive: false } },
  };
}

export function minimalInsuranceDetail(): Json {
  return {
    type: CONSENT_RAR_TYPES.insurance,
    consent: {
      ConsentId: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b',
      Permissions: [{ InsuranceType: 'Travel', Permissions: ['ReadInsuranceProduct'] }],
      OpenFinanceBilling: { Purpose: 'Other' },
      ExpirationDateTime: '2026-03-01T12:00:00.000Z',
    },
  };
}

/** Marks a member to delete in `changed`. */
export const REMOVE = Symbol('remove');

/**
 * A deep copy of `detail` with one member changed, by a path such as
 * 'consent.ControlParameters.ConsentSchedule' or 'consent.Permissions[0]'.
 */
export function changed(detail: Json, path: string, value: unknown): Json {
  const copy = structuredClone(detail);
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  const parent = keys.slice(0, -1).reduce((node: Json, key) => node[key], copy);
  const last = keys[keys.length - 1];
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return copy;
}
