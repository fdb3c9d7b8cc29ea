import { mapBankDataResponse } from './index-internal';
import * as oc from './testing/oc-fixtures';
import type { BankDataResource } from './types';

/** The conversions that are more than capitalising, and the envelope of each operation. */
const A = oc.ACCOUNT_ID;
const ctx = (path: string) => ({ selfUrl: `${oc.RS}${path}`, page: 1, pageSize: 100 });
const detailed = (resource: BankDataResource, answer: unknown, path: string) => mapBankDataResponse(resource, answer as never, ctx(path), { detail: true });

describe('accounts', () => {
  it('GET /accounts: Data.Account[] with AccountId, Nickname, AccountIdentifiers, Servicer; LFI-only members dropped', () => {
    const { Data } = detailed('accounts', oc.ocAccounts(), '/accounts');
    const [first] = Data.Account as Record<string, any>[];
    expect(first).toEqual({
      AccountId: A,
      AccountHolderName: 'Fatima Al Marzooqi',
      AccountHolderShortName: 'Fatima',
      Status: 'Active',
      StatusUpdateDateTime: '2025-03-01T09:15:00+04:00',
      Currency: 'AED',
      AccountType: 'Retail',
      AccountSubType: 'CurrentAccount',
      Description: 'Current account',
      Nickname: 'Household',
      OpeningDate: '2019-06-10T00:00:00+04:00',
      AccountIdentifiers: [
        { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: 'Fatima Al Marzooqi' },
        { SchemeName: 'AccountNumber', Identification: '1234567890123456' },
      ],
      Servicer: { SchemeName: 'Other', Identification: 'ALTAREQ1' },
      IsShariaCompliant: true,
    });
  });

  it('GET /accounts/{AccountId}: Data {AccountId, Account} with the id beside the object', () => {
    const { Data } = detailed('account', oc.ocAccountById(), `/accounts/${A}`);
    expect(Data.AccountId).toBe(A);
    expect(Data.Account).not.toHaveProperty('AccountId');
    expect(Data.Account).toMatchObject({ Nickname: 'Household', AccountSubType: 'CurrentAccount' });
  });
});

it('balances: balanceType → Type, timestamp → DateTime, creditLines → CreditLine', () => {
  const { Data } = detailed('balances', oc.ocBalances(), `/accounts/${A}/balances`);
  expect(Data.AccountId).toBe(A);
  expect((Data.Balance as unknown[])[0]).toEqual({
    CreditDebitIndicator: 'Credit',
    Type: 'InterimAvailable',
    DateTime: '2025-06-01T08:00:00+04:00',
    Amount: { Amount: '15230.50', Currency: 'AED' },
    CreditLine: [{ Included: true, Type: 'Pre-Agreed', Amount: { Amount: '5000', Currency: 'AED' } }],
  });
});

describe('transactions', () => {
  const mapped = () => detailed('transactions', oc.ocTransactions(), `/accounts/${A}/transactions`);

  it('Data {AccountId, Transaction[]} and Meta with the data window', () => {
    const { Data, Meta } = mapped();
    expect(Data.AccountId).toBe(A);
    expect(Data.Transaction).toHaveLength(2);
    expect(Meta).toEqual({ TotalPages: 3, FirstAvailableDateTime: '2024-06-01T00:00:00+04:00', LastAvailableDateTime: '2025-05-31T23:59:59+04:00' });
  });

  it('converts the members whose type or shape differs between the documents', () => {
    const [pos, fx] = mapped().Data.Transaction as Record<string, any>[];
    expect(pos).toMatchObject({
      StatementReference: 'STMT-2025-05',
      TerminalId: 40021877,
      MerchantDetails: { MerchantId: 100200300, MerchantName: 'Carrefour Mall of the Emirates', MerchantCategoryCode: '5411' },
      ChargeAmount: { Amount: '0.00', Currency: 'AED', ChargeIncluded: true },
      Balance: { CreditDebitIndicator: 'Credit', Type: 'InterimBooked', Amount: { Amount: '14734.75', Currency: 'AED' } },
      SupplementaryData: { loyaltyPoints: 24 },
    });
    expect(fx).toMatchObject({
      LocalTimeZone: 'UTC+04:00',
      CurrencyExchange: { ExchangeRate: 3.6725, InstructedAmount: { Amount: '1000.00', Currency: 'USD' } },
      BillDetails: { BillerId: 711, BillNumber: 'INV-2025-05', BillPaymentType: 'Post-Paid' },
      DebtorAccount: { SchemeName: 'AccountNumber', Identification: '000123456789', Name: 'Omar Haddad' },
      Allocations: { BalanceCategory: 'Principal', Amount: { Amount: '3672.50', Currency: 'AED' } },
    });
  });

  it('drops values the standard cannot carry rather than sending them invalid', () => {
    const answer = oc.ocTransactions();
    Object.assign(answer.data[0], { terminalId: 'TERM-0042', statementReference: ['a-statement-reference-longer-than-35-chars'], localTimeZone: 'Asia/Dubai' });
    answer.data[0].merchantDetails.merchantId = 'MRC-7';
    const [pos] = detailed('transactions', answer, `/accounts/${A}/transactions`).Data.Transaction as Record<string, any>[];
    expect(pos).not.toHaveProperty('TerminalId');
    expect(pos).not.toHaveProperty('StatementReference');
    expect(pos).not.toHaveProperty('LocalTimeZone');
    expect(pos.MerchantDetails).not.toHaveProperty('MerchantId');
  });

  it.each([
    ['2025-05-29T10:00:00Z', 'UTC+00:00'],
    ['2025-05-29T10:00:00-0530', 'UTC-05:30'],
    ['UTC+0530', 'UTC+0530'],
  ])('local time zone %s → %s', (given, expected) => {
    const answer = oc.ocTransactions();
    answer.data[1].localTimeZone = given;
    expect((detailed('transactions', answer, `/accounts/${A}/transactions`).Data.Transaction as any[])[1].LocalTimeZone).toBe(expected);
  });
});

it('beneficiaries: servicer → CreditorAgent (OTHER → Other), creditorAccount without names', () => {
  const [first] = detailed('beneficiaries', oc.ocBeneficiaries(), `/accounts/${A}/beneficiaries`).Data.Beneficiary as Record<string, any>[];
  expect(first).toMatchObject({
    BeneficiaryId: 'BEN-0042',
    AddedViaOF: false,
    CreditorAgent: { SchemeName: 'Other', Identification: 'EBILAEADXXX', Name: 'Emirates NBD', PostalAddress: { AddressLine: ['Baniyas Road, Deira'], Country: 'AE' } },
    CreditorAccount: [{ SchemeName: 'IBAN', Identification: 'AE460260001015333439101' }],
  });
  expect(first).not.toHaveProperty('Servicer');
});

it.each([
  ['direct-debits', oc.ocDirectDebits, 'DirectDebit', { DirectDebitId: 'DD-9001', PreviousPaymentAmount: { Amount: '612.40', Currency: 'AED' } }],
  ['scheduled-payments', oc.ocScheduledPayments, 'ScheduledPayment', { ScheduledPaymentId: 'SP-3301', CreditorAgent: { SchemeName: 'Other', Identification: 'ALTAREQ2' } }],
  ['standing-orders', oc.ocStandingOrders, 'StandingOrder', { StandingOrderId: 'SO-1201', Frequency: 'IntervalMonthDay:1:1', FinalPaymentAmount: { Amount: '500.00', Currency: 'AED' } }],
] as const)('%s: Data {AccountId, %s[]}', (resource, answer, member, expected) => {
  const { Data } = detailed(resource, answer(), `/accounts/${A}/${resource}`);
  expect(Object.keys(Data)).toEqual(['AccountId', member]);
  expect((Data[member] as unknown[])[0]).toMatchObject(expected);
});

it('product: Data {AccountId, Product[]}, the items without their AccountId', () => {
  const { Data } = detailed('product', oc.ocProducts(), `/accounts/${A}/product`);
  expect(Data.AccountId).toBe(A);
  expect((Data.Product as Record<string, unknown>[])[0]).not.toHaveProperty('AccountId');
  expect((Data.Product as Record<string, unknown>[])[0]).toMatchObject({ IsSecured: false, Charges: [{ Type: 'MonthlyFees' }] });
});

it('statements: Data is the LFI AEStatements, Meta carries the data window', () => {
  const { Data, Meta } = detailed('statements', oc.ocStatements(), `/accounts/${A}/statements`);
  expect(Data).toEqual(oc.ocStatements().data);
  expect(Meta).toEqual({ TotalPages: 1, FirstAvailableDateTime: '2023-01-01T00:00:00+04:00', LastAvailableDateTime: '2025-05-31T23:59:59+04:00' });
});

describe('parties', () => {
  it('GET /parties: Data.Party is one object; familyName → Surname, birthDate → DateOfBirth, salary → number', () => {
    const { Data } = detailed('parties', oc.ocCustomer(), '/parties');
    const party = Data.Party as Record<string, any>;
    expect(party).toMatchObject({ PartyId: 'CUST-100234', PartyNumber: '100234', PartyCategory: 'Retail' });
    expect(party.VerifiedClaims[0].Claims).toMatchObject({ Surname: 'Al Marzooqi', DateOfBirth: '1990-04-12', Salary: 28000 });
    expect(party.VerifiedClaims[0].Verification.Evidence.DocumentDetails.Issuer.CountryCode).toEqual({ CountryCode: 'AE' });
  });

  it('GET /accounts/{AccountId}/parties: Data {AccountId, Party[]} with PartyType and AccountRole; business claims', () => {
    const { Data } = detailed('account-parties', oc.ocAccountCustomers(), `/accounts/${A}/parties`);
    const [, business] = Data.Party as Record<string, any>[];
    expect(Data.AccountId).toBe(A);
    expect(business).toMatchObject({ PartyId: 'CUST-900001', PartyType: 'Joint', PartyCategory: 'SME', AccountRole: 'SecondaryOwner' });
    expect(business.VerifiedClaims[0].Claims).toMatchObject({ IdentityType: 'Business', BusinessName: 'Marzooqi Trading LLC' });
    expect(business.VerifiedClaims[0].Verification.Evidence).toMatchObject({ Type: 'electronic_record', Record: { Type: 'bank_account' } });
  });
});

describe('envelope rules', () => {
  it('an empty list keeps the AccountId of the TPP path', () => {
    const { Data } = detailed('transactions', { data: [], meta: { totalPages: 0, totalRecords: 0 } }, `/accounts/${A}/transactions?page=1`);
    expect(Data).toEqual({ AccountId: A, Transaction: [] });
  });

  it("leaves out items of an account other than the TPP's", () => {
    const answer = oc.ocDirectDebits();
    answer.data.push({ ...answer.data[0], accountId: oc.OTHER_ACCOUNT_ID, directDebitId: 'DD-LEAK' });
    const { Data } = detailed('direct-debits', answer, `/accounts/${A}/direct-debits`);
    expect((Data.DirectDebit as Record<string, unknown>[]).map((d) => d.DirectDebitId)).toEqual(['DD-9001']);
  });

  it('drops null members and members the standard does not have', () => {
    const answer = oc.ocAccountById();
    Object.assign(answer.data, { maturityDate: null, loyaltyTier: 'gold' });
    const account = detailed('account', answer, `/accounts/${A}`).Data.Account as Record<string, unknown>;
    expect(account).not.toHaveProperty('MaturityDate');
    expect(account).not.toHaveProperty('loyaltyTier');
    expect(account).not.toHaveProperty('Customers');
  });

  it('does not change its input', () => {
    const answer = oc.ocTransactions();
    const before = structuredClone(answer);
    mapBankDataResponse('transactions', answer as never, ctx(`/accounts/${A}/transactions`), { detail: false });
    expect(answer).toEqual(before);
  });

  it('a URL-encoded AccountId is decoded', () => {
    const { Data } = detailed('balances', { data: [] }, `/accounts/${encodeURIComponent('acc/01 x')}/balances`);
    expect(Data.AccountId).toBe('acc/01 x');
  });
});
