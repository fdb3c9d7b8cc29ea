import { MOCK_LFI_DESK_SETTINGS } from '@hub/mock-lfi-desks';
import { bankCode, generateLfiData, minorOf, restrictedAccounts, uaeIban, type AccountSeed } from '@hub/mock-lfi-data';
import { eventually, readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { createHash, randomUUID } from 'node:crypto';
import { PaymentsHarness, type Creditor, type Reply } from '../testing/payments-harness';

const ALPHA = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' as const };
const GAMMA = { id: 'gamma-insurance', name: 'Gamma Insurance', sector: 'insurance' as const };
const SEED = 'payments-int-spec';
/** Long enough that a test reads a payment's Pending state before it settles, even on a busy machine. */
const SETTLE_AFTER_MS = 1500;

const harness = new PaymentsHarness([ALPHA, GAMMA], SEED, { settleAfterMs: SETTLE_AFTER_MS, pollMs: 20, reportRetryMs: 50 });
const data = generateLfiData(ALPHA, SEED);
const [demo, suspendedPsu, closedPsu, longHistory, sme] = data.psus;
const accountsOf = (userId: string): AccountSeed[] => data.accounts.filter((a) => a.userId === userId);
const { suspended, closed } = restrictedAccounts(data);

/** Each test pays from its own account, so balances never depend on the order tests run in. */
const payerOf = (psu: { userId: string }) => accountsOf(psu.userId)[0];
const payee = accountsOf(longHistory.userId)[0];
const PAYEE: Creditor = { iban: payee.iban, name: payee.accountHolderName };
const OTHER_BANK: Creditor = { iban: uaeIban('033', '1234567890123456'), name: 'Dubai Electricity' };
const UNREACHABLE: Creditor = { iban: uaeIban('000', '0000000000000001'), name: 'Offline Trading LLC' };
/** A valid IBAN with its check digits changed: the right shape, a failing mod-97. */
const BAD_CHECKSUM: Creditor = { iban: `AE${String((Number(OTHER_BANK.iban.slice(2, 4)) + 1) % 100).padStart(2, '0')}${OTHER_BANK.iban.slice(4)}`, name: 'Typo' };

const ocDoc = readOfficialSpec('ozone-connect/v2.1.x/uae-ozone-connect-bank-service-initiation-openapi.yaml');
const dataDoc = readOfficialSpec('ozone-connect/v2.1.x/uae-ozone-connect-bank-data-sharing-openapi.yaml');
const cmDoc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');
const valid = (doc: unknown, component: string, body: unknown) => expect(validateAgainstComponent(doc, component, body).errors).toBe('No errors');

interface Balances {
  closingBooked: number;
  available: number;
}

async function balancesOf(userId: string, accountId: string): Promise<Balances> {
  const { status, body } = await harness.read(ALPHA.id, `/accounts/${accountId}/balances`, userId);
  expect(status).toBe(200);
  valid(dataDoc, 'BalancesResponse', body);
  const signed = (type: string) => {
    const b = body.data.find((x: { balanceType: string }) => x.balanceType === type);
    return (b.creditDebitIndicator === 'Debit' ? -1 : 1) * minorOf(b.amount.amount);
  };
  return { closingBooked: signed('ClosingBooked'), available: signed('InterimAvailable') };
}

async function transactionsOf(userId: string, accountId: string): Promise<any[]> {
  const { status, body } = await harness.read(ALPHA.id, `/accounts/${accountId}/transactions?page-size=5`, userId);
  expect(status).toBe(200);
  valid(dataDoc, 'TransactionsResponse', body);
  return body.data;
}

/** A consent of `psu` paying from `account`, told to the bank as the hub tells it; `creditors` null: its PII names none. */
async function consentFor(psu: { userId: string }, account: AccountSeed, creditors: Creditor[] | null = [PAYEE], extra: Record<string, unknown> = {}): Promise<string> {
  const consentId = `pc-${randomUUID()}`;
  await harness.tellConsent(ALPHA.id, { consentId, userId: psu.userId, accountId: account.accountId, creditors: creditors ?? undefined, ...extra });
  return consentId;
}

const statusOf = async (paymentId: string, consentId: string) => (await harness.get(ALPHA.id, `/payments/${paymentId}`, consentId)).body?.data?.status as string | undefined;
const settled = (paymentId: string, consentId: string, status: string) =>
  eventually(async () => ((await statusOf(paymentId, consentId)) === status && harness.reportsOf(paymentId).length > 0 ? harness.reportsOf(paymentId) : undefined), { what: `${paymentId} ${status} and reported` });

/** The document's error bodies by status (404 has none: the default `{errorCode, errorMessage}`). */
const ERROR_COMPONENT: Record<number, string> = { 400: 'Error400', 403: 'Error403', 409: 'Error409', 500: 'Error500' };

function expectRefused(reply: Reply, status: number, errorCode: string): void {
  expect({ status: reply.status, errorCode: reply.body?.errorCode }).toEqual({ status, errorCode });
  expect(typeof reply.body.errorMessage).toBe('string');
  if (ERROR_COMPONENT[status]) valid(ocDoc, ERROR_COMPONENT[status], reply.body);
}

beforeAll(() => harness.start(), 60_000);
afterAll(() => harness.stop());

describe('mock bank POST /payments: the bank moves money', () => {
  it('pays another account of this bank: Pending holds the money, settlement books both sides and reports AcceptedCreditSettlementCompleted', async () => {
    const payer = payerOf(demo);
    const consentId = await consentFor(demo, payer);
    const [payerBefore, payeeBefore] = [await balancesOf(demo.userId, payer.accountId), await balancesOf(longHistory.userId, payee.accountId)];

    const created = await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '125.50', creditor: PAYEE, debtorReference: 'Rent March', creditorReference: 'INV-2026-03' });
    expect(created.status).toBe(201);
    valid(ocDoc, 'AEPaymentIdResponse', created.body);
    const payment = created.body.data;
    expect(payment).toMatchObject({ consentId, status: 'Pending', instruction: { Amount: { amount: '125.50', currency: 'AED' } }, paymentPurposeCode: 'ACM', debtorReference: 'Rent March', openFinanceBilling: { Type: 'PushP2P' } });
    expect(payment.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(payment.paymentTransactionId).toEqual(expect.any(String));

    // Pending: the money is held (available), not yet booked; the payee sees nothing available yet.
    expect(await balancesOf(demo.userId, payer.accountId)).toEqual({ closingBooked: payerBefore.closingBooked, available: payerBefore.available - 12550 });
    const [pendingDebit] = await transactionsOf(demo.userId, payer.accountId);
    expect(pendingDebit).toMatchObject({ status: 'Pending', creditDebitIndicator: 'Debit', amount: { amount: '125.50', currency: 'AED' }, transactionReference: 'Rent March', transactionType: 'SameBankTransfer' });
    expect(pendingDebit.creditorAccount).toEqual([{ schemeName: 'IBAN', identification: payee.iban, name: payee.accountHolderName }]);

    const reports = await settled(payment.id, consentId, 'AcceptedCreditSettlementCompleted');
    expect(reports.map((r) => r.body)).toEqual([{ 'paymentResponse.status': 'AcceptedCreditSettlementCompleted', 'paymentResponse.paymentTransactionId': payment.paymentTransactionId }]);
    valid(cmDoc, 'CbuaePatchPaymentRecordBody', reports[0].body);
    expect(reports[0].clientCn).toBe(harness.lfiClientId(ALPHA.id));

    expect(await balancesOf(demo.userId, payer.accountId)).toEqual({ closingBooked: payerBefore.closingBooked - 12550, available: payerBefore.available - 12550 });
    expect(await balancesOf(longHistory.userId, payee.accountId)).toEqual({ closingBooked: payeeBefore.closingBooked + 12550, available: payeeBefore.available + 12550 });
    const [booked] = await transactionsOf(demo.userId, payer.accountId);
    expect(booked).toMatchObject({ transactionId: pendingDebit.transactionId, status: 'Booked', transactionMutability: 'Immutable' });
    const [credit] = await transactionsOf(longHistory.userId, payee.accountId);
    expect(credit).toMatchObject({ status: 'Booked', creditDebitIndicator: 'Credit', amount: { amount: '125.50', currency: 'AED' }, transactionReference: 'INV-2026-03', debtorAccount: { schemeName: 'IBAN', identification: payer.iban } });
    expect(credit.transactionInformation).toContain('INV-2026-03');
  });

  it('pays another UAE bank over the rail: AcceptedWithoutPosting, the debit booked, nothing credited here', async () => {
    const payer = payerOf(suspendedPsu);
    const consentId = await consentFor(suspendedPsu, payer, [OTHER_BANK]);
    const before = await balancesOf(suspendedPsu.userId, payer.accountId);
    // No PII in the payment: the consent's only creditor is paid.
    const created = await harness.pay(ALPHA.id, { consentId, userId: suspendedPsu.userId, amount: '40.00' });
    expect(created.status).toBe(201);
    const reports = await settled(created.body.data.id, consentId, 'AcceptedWithoutPosting');
    expect(reports[0].body['paymentResponse.status']).toBe('AcceptedWithoutPosting');
    expect(await balancesOf(suspendedPsu.userId, payer.accountId)).toEqual({ closingBooked: before.closingBooked - 4000, available: before.available - 4000 });
    const [debit] = await transactionsOf(suspendedPsu.userId, payer.accountId);
    expect(debit).toMatchObject({ status: 'Booked', transactionType: 'LocalBankTransfer', creditorAccount: [{ identification: OTHER_BANK.iban }] });
  });

  it('answers GET /payments/{paymentId} for the TPP that made it only', async () => {
    const consentId = await consentFor(closedPsu, payerOf(closedPsu), [OTHER_BANK]);
    const { body } = await harness.pay(ALPHA.id, { consentId, userId: closedPsu.userId, amount: '1.00' });
    const read = await harness.get(ALPHA.id, `/payments/${body.data.id}`, consentId);
    expect(read.status).toBe(200);
    valid(ocDoc, 'AEPaymentIdResponse', read.body);
    expect(read.body.data.id).toBe(body.data.id);
    expectRefused(await harness.get(ALPHA.id, `/payments/${body.data.id}`, consentId, null, 'another-tpp'), 404, 'Resource.NotFound');
    expectRefused(await harness.get(ALPHA.id, `/payments/${randomUUID()}`, consentId), 404, 'Resource.NotFound');
  });

  it('is idempotent on the TPP and its x-idempotency-key: the same payment again, one debit; another message with the key is 409', async () => {
    const payer = payerOf(closedPsu);
    const consentId = await consentFor(closedPsu, payer, [OTHER_BANK]);
    const before = await balancesOf(closedPsu.userId, payer.accountId);
    const key = randomUUID();
    const first = await harness.pay(ALPHA.id, { consentId, userId: closedPsu.userId, key, amount: '7.25' });
    const again = await harness.pay(ALPHA.id, { consentId, userId: closedPsu.userId, key, amount: '7.25' });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.data.id).toBe(first.body.data.id);
    expect((await balancesOf(closedPsu.userId, payer.accountId)).available).toBe(before.available - 725);
    expectRefused(await harness.pay(ALPHA.id, { consentId, userId: closedPsu.userId, key, amount: '8.00' }), 409, 'GenericError');
    // Another TPP's key of the same value is its own.
    const otherConsent = await consentFor(closedPsu, payer, [OTHER_BANK], { clientId: 'tpp-other' });
    const other = await harness.pay(ALPHA.id, { consentId: otherConsent, userId: closedPsu.userId, key, amount: '7.25', clientId: 'tpp-other' });
    expect(other.status).toBe(201);
    expect(other.body.data.id).not.toBe(first.body.data.id);
  });

  it('makes one payment of requests racing with the same key', async () => {
    const payer = payerOf(closedPsu);
    const consentId = await consentFor(closedPsu, payer, [OTHER_BANK]);
    const before = await balancesOf(closedPsu.userId, payer.accountId);
    const key = randomUUID();
    const replies = await Promise.all([1, 2, 3].map(() => harness.pay(ALPHA.id, { consentId, userId: closedPsu.userId, key, amount: '4.10' })));
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(replies.map((r) => r.body.data.id)).size).toBe(1);
    expect((await balancesOf(closedPsu.userId, payer.accountId)).available).toBe(before.available - 410);
  });

  it('never lets payments racing on one account overdraw it (available plus the overdraft)', async () => {
    const payer = payerOf(sme);
    const consentId = await consentFor(sme, payer, [OTHER_BANK]);
    const { available } = await balancesOf(sme.userId, payer.accountId);
    // An SME current account may go 25,000.00 below zero; three of these would take it further.
    const capacity = available + 25_000_00;
    const each = Math.floor(capacity / 3) + 1;
    const amount = `${Math.floor(each / 100)}.${String(each % 100).padStart(2, '0')}`;
    const replies = await Promise.all(Array.from({ length: 6 }, () => harness.pay(ALPHA.id, { consentId, userId: sme.userId, amount })));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 201, 400, 400, 400, 400]);
    for (const refused of replies.filter((r) => r.status === 400)) expect(refused.body.errorCode).toBe('AANI.AM04');
    const after = await balancesOf(sme.userId, payer.accountId);
    expect(after.available).toBe(available - 2 * each);
    expect(after.available).toBeGreaterThanOrEqual(-25_000_00);
  });
});

describe('mock bank POST /payments: the failure table (docs/payments-failures.md)', () => {
  const demoPayer = () => payerOf(demo);

  it('refuses an amount above the available balance plus the overdraft (400 AANI.AM04) and moves nothing', async () => {
    const consentId = await consentFor(demo, demoPayer());
    const before = await balancesOf(demo.userId, demoPayer().accountId);
    expectRefused(await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '9999999.00', creditor: PAYEE }), 400, 'AANI.AM04');
    expect(await balancesOf(demo.userId, demoPayer().accountId)).toEqual(before);
  });

  it('refuses a Suspended debtor account (403 Consent.AccountTemporarilyBlocked) and a Closed one (403 Consent.PermanentAccountAccessFailure)', async () => {
    const blocked = await consentFor(suspendedPsu, suspended[0]);
    expectRefused(await harness.pay(ALPHA.id, { consentId: blocked, userId: suspendedPsu.userId, amount: '1.00', creditor: PAYEE }), 403, 'Consent.AccountTemporarilyBlocked');
    const gone = await consentFor(closedPsu, closed[0]);
    expectRefused(await harness.pay(ALPHA.id, { consentId: gone, userId: closedPsu.userId, amount: '1.00', creditor: PAYEE }), 403, 'Consent.PermanentAccountAccessFailure');
  });

  it('refuses a creditor IBAN failing its mod-97 check (400 AANI.AC03), an unknown account of this bank too', async () => {
    const consentId = await consentFor(demo, demoPayer(), null);
    expectRefused(await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '1.00', creditor: BAD_CHECKSUM }), 400, 'AANI.AC03');
    const unknownHere = { iban: uaeIban(bankCode(ALPHA), '9999999999999999'), name: 'Nobody' };
    expectRefused(await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '1.00', creditor: unknownHere }), 400, 'AANI.AC03');
  });

  it('takes a payment to the unreachable bank (000) as Pending, then rejects it (AANI.AB08) and releases the money', async () => {
    const payer = demoPayer();
    const consentId = await consentFor(demo, payer, [UNREACHABLE]);
    const before = await balancesOf(demo.userId, payer.accountId);
    const created = await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '300.00', creditor: UNREACHABLE });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ status: 'Pending' });
    expect(created.body.data).not.toHaveProperty('rejectReasonCode');
    expect((await balancesOf(demo.userId, payer.accountId)).available).toBe(before.available - 30000);

    const [report] = await settled(created.body.data.id, consentId, 'Rejected');
    expect(report.body['paymentResponse.rejectReasonCode']).toEqual([{ code: 'AANI.AB08', message: expect.any(String) }]);
    valid(cmDoc, 'CbuaePatchPaymentRecordBody', report.body);
    const read = await harness.get(ALPHA.id, `/payments/${created.body.data.id}`, consentId);
    valid(ocDoc, 'AEPaymentIdResponse', read.body);
    expect(read.body.data.rejectReasonCode).toEqual([{ code: 'AANI.AB08', message: expect.any(String) }]);
    expect(await balancesOf(demo.userId, payer.accountId)).toEqual(before);
    const [released] = await transactionsOf(demo.userId, payer.accountId);
    expect(released).toMatchObject({ status: 'Rejected', amount: { amount: '300.00' } });
  });

  it('answers 500 when the fault knobs say so, and makes no payment', async () => {
    const consentId = await consentFor(demo, demoPayer());
    const before = await balancesOf(demo.userId, demoPayer().accountId);
    expect((await harness.faults(ALPHA.id, [{ path: '/payments', status: 500 }])).status).toBe(200);
    try {
      expectRefused(await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '1.00', creditor: PAYEE }), 500, 'GenericRecoverableError');
    } finally {
      await harness.faults(ALPHA.id, []);
    }
    expect(await balancesOf(demo.userId, demoPayer().accountId)).toEqual(before);
  });

  it.each([
    ['a currency other than the account\'s', null, { amount: '1.00', currency: 'USD', creditor: PAYEE }, 400, 'AANI.AM03'],
    ['a creditor the consent does not name', [PAYEE], { amount: '1.00', creditor: OTHER_BANK }, 400, 'Consent.FailsControlParameters'],
    ['no creditor when the consent names two', [PAYEE, OTHER_BANK], { amount: '1.00' }, 400, 'Consent.BusinessRuleViolation'],
    ['PII not encrypted to this bank', null, { amount: '1.00', rawPii: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a.b.c.d' }, 400, 'JWE.DecryptionError'],
    ['a creditor outside the UAE', null, { amount: '1.00', creditor: { iban: 'GB82WEST12345698765432', name: 'London Ltd' } }, 400, 'Consent.BusinessRuleViolation'],
  ])('refuses %s', async (_, consented: Creditor[] | null, payment: { amount: string; currency?: string; creditor?: Creditor; rawPii?: string }, status, code) => {
    const consentId = await consentFor(demo, demoPayer(), consented);
    expectRefused(await harness.pay(ALPHA.id, { consentId, userId: demo.userId, ...payment }), status, code);
  });

  it('holds the payment to its consent: Authorized, of this TPP, for the user the hub names', async () => {
    const consentId = await consentFor(demo, demoPayer());
    expectRefused(await harness.pay(ALPHA.id, { consentId, userId: null, amount: '1.00', creditor: PAYEE }), 400, 'Body.InvalidFormat');
    expectRefused(await harness.pay(ALPHA.id, { consentId, userId: sme.userId, amount: '1.00', creditor: PAYEE }), 400, 'Consent.InvalidUserIdentifier');
    expectRefused(await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '1.00', creditor: PAYEE, clientId: 'tpp-other' }), 400, 'Consent.Invalid');
    const revoked = await consentFor(demo, demoPayer(), [PAYEE], { status: 'Revoked' });
    expectRefused(await harness.pay(ALPHA.id, { consentId: revoked, userId: demo.userId, amount: '1.00', creditor: PAYEE }), 400, 'Consent.Invalid');
    expectRefused(await harness.pay(ALPHA.id, { consentId: `pc-unknown-${randomUUID()}`, userId: demo.userId, amount: '1.00', creditor: PAYEE }), 400, 'Consent.Invalid');
  });

  it('reads a consent the events have not brought yet from the hub\'s Consent Manager', async () => {
    const consentId = `pc-${randomUUID()}`;
    harness.consentRecords.set(`${ALPHA.id}/${consentId}`, await harness.consentRecord(ALPHA.id, { consentId, userId: demo.userId, accountId: demoPayer().accountId, creditors: [OTHER_BANK] }));
    const created = await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '2.00' });
    expect(created.status).toBe(201);
  });

  it('has no payments at an insurer (404)', async () => {
    const reply = await harness.asHub(GAMMA.id, 'POST', '/payments', { context: harness.context('pc-1', 'POST', '/payments', demo.userId), body: {} });
    expectRefused(reply, 404, 'Resource.NotFound');
  });

  it('refuses a body that is not a PaymentPostRequest (400 Body.InvalidFormat)', async () => {
    const reply = await harness.asHub(ALPHA.id, 'POST', '/payments', { context: harness.context('pc-1', 'POST', '/payments', demo.userId), body: { paymentType: 'cbuae-payment', request: { Data: {} }, requestHeaders: {}, tpp: {} } });
    expectRefused(reply, 400, 'Body.InvalidFormat');
  });
});

describe('mock bank status reports to the hub', () => {
  it('keeps sending a status the hub did not take (404: payment not recorded yet, 5xx) until it is recorded', async () => {
    const consentId = await consentFor(demo, payerOf(demo), [OTHER_BANK]);
    const refused: number[] = [];
    const target = new Set<string>();
    // The payment's first report is refused as the hub would before it recorded the payment, the second as a hub in trouble.
    harness.answerLog = (patch) => {
      if (!target.has(patch.logId) || refused.length >= 2) return 204;
      refused.push(refused.length === 0 ? 404 : 503);
      return refused.at(-1)!;
    };
    try {
      const created = await harness.pay(ALPHA.id, { consentId, userId: demo.userId, amount: '3.00' });
      target.add(created.body.data.id);
      await settled(created.body.data.id, consentId, 'AcceptedWithoutPosting');
      const attempts = harness.attempts.filter((a) => a.logId === created.body.data.id);
      expect(attempts.length).toBe(3);
      expect(new Set(attempts.map((a) => JSON.stringify(a.body))).size).toBe(1);
    } finally {
      harness.answerLog = () => 204;
    }
  });
});

describe('mock bank GET /payment-consents/{consentId}/refund', () => {
  it('answers the debtor account of the consent (RefundGetResponse)', async () => {
    const payer = payerOf(demo);
    const consentId = await consentFor(demo, payer);
    const reply = await harness.get(ALPHA.id, `/payment-consents/${consentId}/refund`, consentId);
    expect(reply.status).toBe(200);
    valid(ocDoc, 'RefundGetResponse', reply.body);
    expect(reply.body).toEqual({ data: { consentId, refundAccount: { schemeName: 'IBAN', identification: payer.iban, name: { en: payer.accountHolderName.slice(0, 70) } } }, meta: {} });
    expectRefused(await harness.get(ALPHA.id, `/payment-consents/${consentId}/refund`, consentId, null, 'another-tpp'), 400, 'Consent.Invalid');
  });
});

describe('mock bank file payments (sandbox.payroll.csv.v1)', () => {
  const payer = () => payerOf(longHistory);
  const line = (c: Creditor, amount: string, reference: string) => `${c.iban},"${c.name}",${amount},AED,${reference}`;
  const intraPayee = payerOf(suspendedPsu);
  const file = Buffer.from(
    [
      'CreditorIBAN,CreditorName,Amount,Currency,Reference',
      line({ iban: intraPayee.iban, name: intraPayee.accountHolderName }, '1000.00', 'Salary March'),
      line(OTHER_BANK, '250.50', 'Salary March'),
      line(UNREACHABLE, '99.50', 'Salary March'),
      line(BAD_CHECKSUM, '10.00', 'Salary March'),
    ].join('\r\n') + '\r\n',
  );
  const terms = { FileType: 'sandbox.payroll.csv.v1', FileHash: createHash('sha256').update(file).digest('base64'), NumberOfTransactions: 4, ControlSum: '1360.00' };

  async function fileConsent(overrides: Record<string, unknown> = {}): Promise<string> {
    const consentId = `fc-${randomUUID()}`;
    await harness.tellConsent(ALPHA.id, { consentId, userId: longHistory.userId, accountId: payer().accountId, controlParameters: { ConsentSchedule: { FilePayment: { ...terms, ...overrides } } } });
    return consentId;
  }

  it('creates the file payment consent at the bank (201) and refuses a file type it does not take', async () => {
    const consentId = `fc-${randomUUID()}`;
    const create = (request: unknown) => harness.asHub(ALPHA.id, 'POST', '/payment-consents', { context: harness.context(consentId, 'POST', '/payment-consents', null), body: { consentId, request } });
    expect((await create(terms)).status).toBe(201);
    expect((await create(terms)).status).toBe(201);
    expectRefused(await create({ ...terms, ControlSum: '1.00' }), 400, 'Consent.Invalid');
    const other = `fc-${randomUUID()}`;
    const otherType = await harness.asHub(ALPHA.id, 'POST', '/payment-consents', { context: harness.context(other, 'POST', '/payment-consents', null), body: { consentId: other, request: { ...terms, FileType: 'pain.001' } } });
    expectRefused(otherType, 400, 'Consent.BusinessRuleViolation');
  });

  it.each([
    ['another NumberOfTransactions', { NumberOfTransactions: 5 }, 'Consent.FailsControlParameters'],
    ['another ControlSum', { ControlSum: '1360.01' }, 'Consent.FailsControlParameters'],
    ['another FileHash', { FileHash: createHash('sha256').update('other').digest('base64') }, 'Consent.FailsControlParameters'],
  ])('refuses a file whose consent says %s (400)', async (_, overrides, code) => {
    expectRefused(await harness.uploadFile(ALPHA.id, await fileConsent(overrides), file), 400, code);
  });

  it('refuses a file that is not the bank\'s CSV (400 Body.InvalidFormat)', async () => {
    const broken = Buffer.from('IBAN;Name;Amount\nAE07;x;1\n');
    const consentId = await fileConsent({ FileHash: createHash('sha256').update(broken).digest('base64') });
    expectRefused(await harness.uploadFile(ALPHA.id, consentId, broken), 400, 'Body.InvalidFormat');
  });

  it('pays every line of the file: Received, then AcceptedSettlementCompleted with the lines paid, and a report line by line', async () => {
    const consentId = await fileConsent();
    const before = await balancesOf(longHistory.userId, payer().accountId);
    const payeeBefore = await balancesOf(suspendedPsu.userId, intraPayee.accountId);
    expectRefused(await harness.payFile(ALPHA.id, { consentId, userId: longHistory.userId }), 400, 'Consent.BusinessRuleViolation');
    expect((await harness.uploadFile(ALPHA.id, consentId, file)).status).toBe(204);
    expect((await harness.uploadFile(ALPHA.id, consentId, file)).status).toBe(204);

    expectRefused(await harness.payFile(ALPHA.id, { consentId, userId: longHistory.userId, instruction: { ...terms, ControlSum: '1.00' } }), 400, 'Consent.FailsControlParameters');
    const created = await harness.payFile(ALPHA.id, { consentId, userId: longHistory.userId, instruction: terms });
    expect(created.status).toBe(201);
    valid(ocDoc, 'AEPaymentIdResponse', created.body);
    expect(created.body.data).toMatchObject({ status: 'Received', instruction: { Amount: { amount: '1360.00', currency: 'AED' } }, paymentPurposeCode: 'SAL' });
    const pending = await harness.reportFile(ALPHA.id, created.body.data.id, consentId);
    expect(pending.text.split('\r\n')[1]).toMatch(/,Pending,,$/);

    const [report] = await settled(created.body.data.id, consentId, 'AcceptedSettlementCompleted');
    expect(report.body).toEqual({ 'paymentResponse.status': 'AcceptedSettlementCompleted', 'paymentResponse.OpenFinanceBilling': { NumberOfSuccessfulTransactions: 2 } });
    valid(cmDoc, 'CbuaePatchPaymentRecordBody', report.body);

    const { status, contentType, text } = await harness.reportFile(ALPHA.id, created.body.data.id, consentId);
    expect(status).toBe(200);
    expect(contentType).toContain('text/csv');
    const rows = text.trim().split('\r\n');
    expect(rows[0]).toBe('Line,CreditorIBAN,CreditorName,Amount,Currency,Reference,Status,ReasonCode,ReasonMessage');
    expect(rows.slice(1).map((row) => row.split(',').slice(6, 8))).toEqual([
      ['AcceptedCreditSettlementCompleted', ''],
      ['AcceptedWithoutPosting', ''],
      ['Rejected', 'AANI.AB08'],
      ['Rejected', 'AANI.AC03'],
    ]);
    // Only the paid lines moved money: 1000.00 credited here, 250.50 sent out.
    expect(await balancesOf(longHistory.userId, payer().accountId)).toEqual({ closingBooked: before.closingBooked - 125050, available: before.available - 125050 });
    expect(await balancesOf(suspendedPsu.userId, intraPayee.accountId)).toEqual({ closingBooked: payeeBefore.closingBooked + 100000, available: payeeBefore.available + 100000 });
    const [credit] = await transactionsOf(suspendedPsu.userId, intraPayee.accountId);
    expect(credit).toMatchObject({ creditDebitIndicator: 'Credit', transactionReference: 'Salary March', amount: { amount: '1000.00' } });
  });
});

describe('mock bank restart', () => {
  it('settles and reports a payment taken before a restart, once', async () => {
    await harness.restart((config) => (MOCK_LFI_DESK_SETTINGS.of(config).payments.settleAfterMs = 3000));
    const payer = payerOf(sme);
    const consentId = await consentFor(sme, payer, [PAYEE]);
    const before = await balancesOf(sme.userId, payer.accountId);
    const created = await harness.pay(ALPHA.id, { consentId, userId: sme.userId, amount: '11.00', creditor: PAYEE });
    expect(created.status).toBe(201);
    await harness.restart();
    expect(harness.reportsOf(created.body.data.id)).toEqual([]);
    await settled(created.body.data.id, consentId, 'AcceptedCreditSettlementCompleted');
    expect(await balancesOf(sme.userId, payer.accountId)).toEqual({ closingBooked: before.closingBooked - 1100, available: before.available - 1100 });
    expect(harness.reportsOf(created.body.data.id)).toHaveLength(1);
  });
});
