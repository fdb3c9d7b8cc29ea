import { generateAccountActivity, generateLfiData, minorOf, restrictedAccounts, type AccountSeed, type LfiData } from '@hub/mock-lfi-data';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { BankDataHarness } from '../testing/bank-data-harness';

const ALPHA = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' as const };
const SEED = 'bank-data-int-spec';
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-data-sharing-openapi.yaml';

const harness = new BankDataHarness(ALPHA, SEED);
const data: LfiData = generateLfiData(ALPHA, SEED);
const [demo, second, third] = data.psus;
const accountsOf = (userId: string): AccountSeed[] => data.accounts.filter((a) => a.userId === userId);
const primary = accountsOf(demo.userId)[0];
const { suspended, closed } = restrictedAccounts(data);

beforeAll(() => harness.start(), 30_000);
afterAll(() => harness.stop());

describe('mock LFI bank data sharing: accounts', () => {
  it('lists the accounts of accountIds that belong to the PSU, leaving others out', async () => {
    const own = accountsOf(second.userId).map((a) => a.accountId);
    const { status, body } = await harness.get(`/accounts?accountIds=${[...own, primary.accountId, 'acc-unknown'].join(',')}`, second.userId);
    expect(status).toBe(200);
    expect(body.data.map((a: { id: string }) => a.id)).toEqual(own);
    expect(body.meta).toEqual({ totalPages: 1, totalRecords: own.length });
    // The Suspended account is listed like the others, with its status.
    expect(body.data.find((a: { id: string }) => a.id === suspended[0].accountId).status).toBe('Suspended');
  });

  it('refuses /accounts without accountIds (400)', async () => {
    await expect(harness.get('/accounts', demo.userId)).resolves.toMatchObject({ status: 400, body: { errorCode: 'Body.InvalidFormat' } });
  });

  it('answers one account, even a Closed one', async () => {
    await expect(harness.get(`/accounts/${primary.accountId}`, demo.userId)).resolves.toMatchObject({ status: 200, body: { data: { id: primary.accountId, status: 'Active' } } });
    await expect(harness.get(`/accounts/${closed[0].accountId}`, third.userId)).resolves.toMatchObject({ status: 200, body: { data: { status: 'Closed' } } });
  });
});

describe('mock LFI bank data sharing: balances and transactions', () => {
  it('reconciles ClosingBooked and InterimAvailable with the transactions', async () => {
    const balances = (await harness.get(`/accounts/${primary.accountId}/balances`, demo.userId)).body.data;
    const all = (await harness.get(`/accounts/${primary.accountId}/transactions?page-size=100000`, demo.userId)).body.data;
    const signed = (x: { amount: { amount: string }; creditDebitIndicator: string }) => (x.creditDebitIndicator === 'Debit' ? -1 : 1) * minorOf(x.amount.amount);
    const of = (type: string) => signed(balances.find((b: { balanceType: string }) => b.balanceType === type));
    const sum = (status: string) => all.filter((t: { status: string }) => t.status === status).reduce((s: number, t: any) => s + signed(t), 0);
    expect(of('ClosingBooked')).toBe(of('OpeningBooked') + sum('Booked'));
    expect(of('InterimAvailable')).toBe(of('ClosingBooked') + sum('Pending'));
  });

  it('pages transactions: page 2 continues page 1, with totals in meta', async () => {
    const expected = generateAccountActivity(SEED, primary).transactions;
    const first = (await harness.get(`/accounts/${primary.accountId}/transactions?page=1&page-size=50`, demo.userId)).body;
    const secondPage = (await harness.get(`/accounts/${primary.accountId}/transactions?page=2&page-size=50`, demo.userId)).body;
    expect(first.data).toEqual(expected.slice(0, 50));
    expect(secondPage.data).toEqual(expected.slice(50, 100));
    expect(secondPage.meta).toEqual({ paginated: true, totalPages: Math.ceil(expected.length / 50), totalRecords: expected.length });
    const beyond = (await harness.get(`/accounts/${primary.accountId}/transactions?page=999&page-size=50`, demo.userId)).body;
    expect(beyond.data).toEqual([]);
  });

  it('filters on bookingDateTime, both bounds inclusive, across time zones', async () => {
    const from = '2025-03-01T00:00:00+04:00';
    const to = '2025-03-31T19:59:59Z';
    const { body } = await harness.get(`/accounts/${primary.accountId}/transactions?fromBookingDateTime=${encodeURIComponent(from)}&toBookingDateTime=${encodeURIComponent(to)}`, demo.userId);
    const expected = generateAccountActivity(SEED, primary).transactions.filter((t) => t.bookingDateTime.startsWith('2025-03'));
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.map((t: { transactionId: string }) => t.transactionId)).toEqual(expected.map((t) => t.transactionId));
  });

  it('refuses a booking date-time without a time zone (400)', async () => {
    const { status, body } = await harness.get(`/accounts/${primary.accountId}/transactions?fromBookingDateTime=2025-03-01T00:00:00`, demo.userId);
    expect(status).toBe(400);
    expect(body.errorMessage).toContain('fromBookingDateTime');
  });

  it('returns only converted transactions when o3-fx-transactions is true', async () => {
    const { body } = await harness.get(`/accounts/${primary.accountId}/transactions?page-size=1000`, demo.userId, { headers: { 'o3-fx-transactions': 'true' } });
    for (const t of body.data) expect(t.currencyExchange).toBeDefined();
  });
});

describe('mock LFI bank data sharing: refusals', () => {
  it.each([
    ['balances'], ['transactions'], ['statements'], ['products'], ['beneficiaries'], ['direct-debits'], ['scheduled-payments'], ['standing-orders'], ['customer'],
  ])('refuses %s of a Suspended account with 403 Consent.AccountTemporarilyBlocked', async (resource) => {
    const { status, body } = await harness.get(`/accounts/${suspended[0].accountId}/${resource}`, second.userId);
    expect(status).toBe(403);
    expect(body).toEqual({ errorCode: 'Consent.AccountTemporarilyBlocked', errorMessage: expect.any(String) });
  });

  it('refuses sub-resources of a Closed account with 403 Consent.PermanentAccountAccessFailure', async () => {
    const { status, body } = await harness.get(`/accounts/${closed[0].accountId}/transactions`, third.userId);
    expect(status).toBe(403);
    expect(body.errorCode).toBe('Consent.PermanentAccountAccessFailure');
  });

  it("refuses another PSU's account and an unknown account alike (400 Consent.Invalid)", async () => {
    for (const path of [`/accounts/${primary.accountId}`, `/accounts/${primary.accountId}/balances`, '/accounts/acc-unknown/transactions']) {
      await expect(harness.get(path, second.userId)).resolves.toMatchObject({ status: 400, body: { errorCode: 'Consent.Invalid' } });
    }
  });

  it('refuses a call without o3-psu-identifier (400) or naming an unknown PSU (400 Consent.InvalidUserIdentifier)', async () => {
    await expect(harness.get(`/accounts/${primary.accountId}`, null)).resolves.toMatchObject({ status: 400, body: { errorMessage: 'o3-psu-identifier is required' } });
    await expect(harness.get('/customer', 'psu-nobody')).resolves.toMatchObject({ status: 400, body: { errorCode: 'Consent.InvalidUserIdentifier' } });
  });

  it('refuses a call without JWT auth (401) and one without o3-consent-id (400)', async () => {
    await expect(harness.get(`/accounts/${primary.accountId}`, demo.userId, { token: null })).resolves.toMatchObject({ status: 401, body: { errorCode: 'GenericError' } });
    await expect(harness.get(`/accounts/${primary.accountId}`, demo.userId, { headers: { 'o3-consent-id': undefined } })).resolves.toMatchObject({ status: 400, body: { errorMessage: 'o3-consent-id is required' } });
  });

  it('refuses a page that is not a positive integer (400)', async () => {
    await expect(harness.get(`/accounts/${primary.accountId}/transactions?page=0`, demo.userId)).resolves.toMatchObject({ status: 400 });
  });

  it('answers an empty list with 200 and data: []', async () => {
    const withoutOrders = data.accounts.find((a) => a.status === 'Active' && a.userId === demo.userId && generateAccountActivity(SEED, a).standingOrders.length === 0)!;
    await expect(harness.get(`/accounts/${withoutOrders.accountId}/standing-orders`, demo.userId)).resolves.toEqual({ status: 200, body: { data: [], meta: { totalPages: 1, totalRecords: 0 } } });
  });
});

describe('mock LFI bank data sharing answers validate against the official Ozone Connect schemas', () => {
  let doc: any;
  beforeAll(() => {
    doc = readOfficialSpec(OC_DOC);
    // The statements 200 response is declared inline; give it a name so it validates like the others.
    doc.components.schemas.StatementsResponseOfOperation = doc.paths['/accounts/{accountId}/statements'].get.responses['200'].content['application/json'].schema;
  });
  const account = (): AccountSeed => accountsOf(demo.userId).find((a) => generateAccountActivity(SEED, a).standingOrders.length > 0) ?? primary;

  it.each([
    ['AccountsResponse', () => `/accounts?accountIds=${accountsOf(demo.userId).map((a) => a.accountId).join(',')}`],
    ['AccountResponse', () => `/accounts/${primary.accountId}`],
    ['BalancesResponse', () => `/accounts/${primary.accountId}/balances`],
    ['TransactionsResponse', () => `/accounts/${primary.accountId}/transactions?page-size=100000`],
    ['DirectDebitsResponse', () => `/accounts/${account().accountId}/direct-debits`],
    ['ScheduledPaymentsResponse', () => `/accounts/${account().accountId}/scheduled-payments`],
    ['StandingOrdersResponse', () => `/accounts/${account().accountId}/standing-orders`],
    ['BeneficiariesResponse', () => `/accounts/${primary.accountId}/beneficiaries`],
    ['ProductsResponse', () => `/accounts/${primary.accountId}/products`],
    ['StatementsResponseOfOperation', () => `/accounts/${primary.accountId}/statements`],
    ['CustomerResponse', () => '/customer'],
    ['CustomersResponse', () => `/accounts/${primary.accountId}/customer`],
  ])('%s', async (component, path) => {
    const { status, body } = await harness.get(path(), demo.userId);
    expect(status).toBe(200);
    expect(validateAgainstComponent(doc, component, body).errors).toBe('No errors');
  });

  it('validates the error body of a refused account as Error403', async () => {
    const { body } = await harness.get(`/accounts/${suspended[0].accountId}/balances`, second.userId);
    expect(validateAgainstComponent(doc, 'Error403', body).errors).toBe('No errors');
  });
});
