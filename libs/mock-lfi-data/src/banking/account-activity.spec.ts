import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { generateLfiData } from '../generator/generate-lfi-data';
import type { LfiTenant } from '../model';
import { MOCK_LFI_DEFAULT_SEED } from '../seed-inputs';
import { generateAccountActivity } from './account-activity';
import { restrictedAccounts } from './account-statuses';
import { accountViewOf } from './account-view';
import { accountCustomersOf, customerOf } from './customer';
import { minorOf } from './money';

const bank: LfiTenant = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' };
const SEED = MOCK_LFI_DEFAULT_SEED;
const data = generateLfiData(bank, SEED);
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-data-sharing-openapi.yaml';
const TZ_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

function signed(amount: string, indicator: string): number {
  return indicator === 'Debit' ? -minorOf(amount) : minorOf(amount);
}

describe('account activity: determinism and volume', () => {
  it('gives deep-equal activity for the same seed and account', () => {
    for (const account of data.accounts) expect(generateAccountActivity(SEED, account)).toEqual(generateAccountActivity(SEED, account));
  });

  it('differs for another seed', () => {
    const [account] = data.accounts;
    expect(generateAccountActivity('another-seed', account).transactions).not.toEqual(generateAccountActivity(SEED, account).transactions);
  });

  it('covers at least 12 months with booked and pending transactions in UAE time', () => {
    for (const account of data.accounts) {
      const { transactions } = generateAccountActivity(SEED, account);
      const months = new Set(transactions.map((t) => t.bookingDateTime.slice(0, 7)));
      expect(months.size).toBeGreaterThanOrEqual(12);
      for (const t of transactions) {
        expect(t.bookingDateTime).toMatch(TZ_DATE_TIME);
        expect(t.amount.currency).toBe(account.currency);
        expect(t.amount.amount).toMatch(/^\d+\.\d{2}$/);
      }
      if (account.accountSubType === 'CurrentAccount') {
        expect(transactions.some((t) => t.status === 'Pending')).toBe(true);
        expect(transactions.some((t) => t.merchantDetails?.merchantCategoryCode)).toBe(true);
      }
    }
  });

  it('gives 1–3 beneficiaries, ≤2 standing orders and direct debits, ≤1 scheduled payment, a statement per month of history and one product', () => {
    for (const account of data.accounts) {
      const a = generateAccountActivity(SEED, account);
      expect(a.beneficiaries.length).toBeGreaterThanOrEqual(1);
      expect(a.beneficiaries.length).toBeLessThanOrEqual(3);
      expect(a.standingOrders.length).toBeLessThanOrEqual(2);
      expect(a.directDebits.length).toBeLessThanOrEqual(2);
      expect(a.scheduledPayments.length).toBeLessThanOrEqual(1);
      expect(a.statements.Statements).toHaveLength(account.historyMonths);
      expect(a.products).toHaveLength(1);
    }
  });
});

describe('account activity: reconciliation', () => {
  it.each(data.accounts.map((a) => [a.accountSubType, a]))('balances of the %s account equal opening + transactions', (_, account) => {
    const a = generateAccountActivity(SEED, account);
    const balance = (type: string) => a.balances.find((b) => b.balanceType === type)!;
    const sum = (status: string) => a.transactions.filter((t) => t.status === status).reduce((s, t) => s + signed(t.amount.amount, t.creditDebitIndicator), 0);
    const opening = balance('OpeningBooked');
    expect(signed(opening.amount.amount, opening.creditDebitIndicator)).toBe(a.openingBalance);
    const closing = signed(balance('ClosingBooked').amount.amount, balance('ClosingBooked').creditDebitIndicator);
    expect(closing).toBe(a.openingBalance + sum('Booked'));
    const available = balance('InterimAvailable');
    expect(signed(available.amount.amount, available.creditDebitIndicator)).toBe(closing + sum('Pending'));
  });

  it('chains statements from the opening to the closing booked balance', () => {
    for (const account of data.accounts) {
      const a = generateAccountActivity(SEED, account);
      const statements = a.statements.Statements;
      expect(signed(statements[0].OpeningBalance.Amount.Amount, statements[0].OpeningBalance.CreditDebitIndicator)).toBe(a.openingBalance);
      for (let i = 1; i < statements.length; i += 1) expect(statements[i].OpeningBalance).toEqual(statements[i - 1].ClosingBalance);
      const closing = a.balances.find((b) => b.balanceType === 'ClosingBooked')!;
      expect(statements[statements.length - 1].ClosingBalance.Amount.Amount).toBe(closing.amount.amount);
    }
  });
});

describe('account statuses', () => {
  it('suspends one account of the second PSU and closes one of the third, never a first account', () => {
    const { suspended, closed } = restrictedAccounts(data);
    expect(suspended.map((a) => a.userId)).toEqual([data.psus[1].userId]);
    expect(closed.map((a) => a.userId)).toEqual([data.psus[2].userId]);
    for (const psu of data.psus) expect(data.accounts.find((a) => a.accountId === psu.accountIds[0])!.status).toBe('Active');
  });
});

describe('account activity against the official Ozone Connect schemas', () => {
  const doc = readOfficialSpec(OC_DOC);
  const psu = data.psus[0];

  it.each(data.accounts.map((a) => [a.accountId, a]))('account %s validates in every view', (_, account) => {
    const a = generateAccountActivity(SEED, account);
    const owner = data.psus.find((p) => p.userId === account.userId)!;
    const checks: [string, unknown][] = [
      ['AccountResponse', { data: accountViewOf(SEED, account, owner), meta: {} }],
      ['BalancesResponse', { data: a.balances, meta: {} }],
      ['TransactionsResponse', { data: a.transactions, meta: { paginated: false, totalPages: 1, totalRecords: a.transactions.length } }],
      ['BeneficiariesResponse', { data: a.beneficiaries }],
      ['StandingOrdersResponse', { data: a.standingOrders }],
      ['DirectDebitsResponse', { data: a.directDebits }],
      ['ScheduledPaymentsResponse', { data: a.scheduledPayments }],
      ['ProductsResponse', { data: a.products }],
      ['AEStatements', a.statements],
      ['CustomersResponse', { data: accountCustomersOf(SEED, owner, account) }],
    ];
    for (const [component, value] of checks) expect(`${component}: ${validateAgainstComponent(doc, component, value).errors}`).toBe(`${component}: No errors`);
  });

  it('is not vacuous: a number amount, a bad enum or a member a closed schema lacks fails', () => {
    const [t] = generateAccountActivity(SEED, data.accounts[0]).transactions;
    expect(validateAgainstComponent(doc, 'TransactionsResponse', { data: [{ ...t, amount: { amount: 12.5, currency: 'AED' } }] }).valid).toBe(false);
    expect(validateAgainstComponent(doc, 'TransactionsResponse', { data: [{ ...t, status: 'Settled' }] }).valid).toBe(false);
    const account = accountViewOf(SEED, data.accounts[0], psu);
    expect(validateAgainstComponent(doc, 'AccountResponse', { data: { ...account, surprise: true } }).valid).toBe(false);
  });

  it('writes standing order frequencies in the form the document describes (its regular expression is only in the description, so the schema check cannot see it)', () => {
    const documented = /^(NotKnown)$|^(EveryDay)$|^(EveryWorkingDay)$|^(IntervalDay:(([2-9])|([1-2][0-9])|3[0-1]))$|^(IntervalWeekDay:[1-51]:[1-7])$|^(WeekInMonthDay:[1-5]:[1-7])$|^(IntervalMonthDay:([1-6]|12|24):(-[1-5]|[1-9]|[12][0-9]|3[01]))$|^(QuarterDay:(RECEIVED))$/;
    const frequencies = data.accounts.flatMap((account) => generateAccountActivity(SEED, account).standingOrders.map((so) => so.frequency));
    expect(frequencies.length).toBeGreaterThan(0);
    expect(frequencies.filter((f) => !documented.test(f))).toEqual([]);
  });

  it('validates the customer of a PSU, a person or a business', () => {
    expect(validateAgainstComponent(doc, 'CustomerResponse', { data: customerOf(SEED, psu) }).errors).toBe('No errors');
    const sme = data.psus.find((p) => p.customerCategory === 'SME')!;
    expect(validateAgainstComponent(doc, 'CustomerResponse', { data: customerOf(SEED, sme) }).errors).toBe('No errors');
  });
});

describe('PSU profiles of the default data', () => {
  const byProfile = (key: string) => data.psus.find((p) => p.profile === key)!;
  const accountsOf = (userId: string) => data.accounts.filter((a) => a.userId === userId);

  it('has the documented mix in fixed places', () => {
    expect(data.psus.map((p) => p.profile)).toEqual(['everyday', 'suspended-account', 'closed-account', 'long-history', 'sme-owner', 'sme-co-signer']);
  });

  it('gives the long-history customer six accounts of every sub-type with 36 months of transactions', () => {
    const accounts = accountsOf(byProfile('long-history').userId);
    expect(accounts.map((a) => a.accountSubType).sort()).toEqual(['CreditCard', 'CurrentAccount', 'Finance', 'Mortgage', 'Savings', 'Savings']);
    expect(accounts.some((a) => a.currency === 'USD')).toBe(true);
    const current = generateAccountActivity(SEED, accounts[0]);
    const months = new Set(current.transactions.map((t) => t.bookingDateTime.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(36);
    expect(current.statements.Statements).toHaveLength(36);
    for (const account of accounts) expect(account.openingDate < current.statements.Statements[0].OpeningDate).toBe(true);
  });

  it('makes the SME owner a business customer with a trade licence and SME accounts only', () => {
    const sme = byProfile('sme-owner');
    expect(sme.customerCategory).toBe('SME');
    expect(accountsOf(sme.userId).map((a) => a.accountType)).toEqual(['SME', 'SME', 'SME']);
    const customer = customerOf(SEED, sme);
    expect(customer.customerCategory).toBe('SME');
    expect(customer.verifiedClaims[0].claims).toMatchObject({ identityType: 'Business', tradeLicenceNumber: expect.stringMatching(/^CN-\d{7}$/) });
    expect(customerOf(SEED, data.psus[0]).verifiedClaims[0].claims).toMatchObject({ identityType: 'Person' });
  });
});
