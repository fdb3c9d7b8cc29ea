import {
  AccountView,
  disposeSandbox,
  eventually,
  httpsCall,
  ibanAtBankOf,
  paymentLogOf,
  PaymentsTpp,
  sandboxConfigFile,
  startSandbox,
  uaeDate,
  type AuthorizedPaymentConsent,
  type Creditor,
  type PaymentMessage,
  type SandboxManifest,
  type SandboxProcess,
} from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { FAST_BANK } from './payments-fast-bank';

const TENANT = 'falcon-bank';
const AED = (Amount: string) => ({ Amount, Currency: 'AED' });

/** A port free right now (the sandbox keeps its ports across the restart, so the issuer and tokens stay valid). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Payments when things happen at once or break: parallel payments on one consent at its limit,
 * two copies of one request racing, and the hub stopped between its reservation and the bank's
 * answer. Runs on SQLite, and on PostgreSQL when DATABASE_URL is set (CI runs the e2e project
 * on both).
 */
describe('payments under concurrency and restarts: limits hold, nothing is paid twice', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: PaymentsTpp;
  let debtor: AccountView;
  let env: NodeJS.ProcessEnv;
  const creditor: Creditor = { iban: ibanAtBankOf('oasis-bank'), name: 'Oasis Grocers LLC' };
  const account = () => debtor.accountIds[0];

  const authorize = (controls: Record<string, unknown>): Promise<AuthorizedPaymentConsent> =>
    tpp.authorizeConsent(
      { schedule: { MultiPayment: { PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Day', PeriodStartDate: uaeDate(0), Controls: controls } } }, creditors: [creditor] },
      { userId: debtor.userId, accountId: account() },
    );
  const paymentIdOf = async (reply: Awaited<ReturnType<PaymentsTpp['pay']>>) => (await tpp.conformant(reply, 'AEPaymentIdResponseSigned')).Data.PaymentId as string;

  beforeAll(async () => {
    env = { SANDBOX_CONFIG: sandboxConfigFile(FAST_BANK), HUB_PORT: String(await freePort()), MOCK_LFI_PORT: String(await freePort()), WEBHOOK_WORKER_PORT: String(await freePort()) };
    sp = await startSandbox({ fresh: true, env });
    m = sp.manifest();
    tpp = await PaymentsTpp.connect(m, TENANT);
    const payer = m.psus.find((p) => p.tenantId === TENANT)!;
    debtor = await AccountView.open(m, tpp.client, TENANT, payer.userId, [payer.accountIds![0]]);
  }, 120_000);

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('8 payments in parallel on a consent with room for 3: exactly 3 × 201, 5 × 400 Consent.FailsControlParameters, 3 debits', async () => {
    const consent = await authorize({ MaximumIndividualAmount: AED('10.00'), MaximumCumulativeValueOfPaymentsPerPeriod: AED('30.00') });
    const before = await debtor.available(account());
    const messages = await Promise.all(Array.from({ length: 8 }, () => tpp.paymentMessage(consent.consentId, '10.00', { creditor })));
    const replies = await Promise.all(messages.map((message) => tpp.pay(message, { token: consent.token })));
    const outcomes = await Promise.all(replies.map(async (r) => (r.status === 201 ? { status: 201, code: undefined } : tpp.refusal(r))));
    expect(outcomes.filter((o) => o.status === 201)).toHaveLength(3);
    expect(outcomes.filter((o) => o.status !== 201)).toEqual(Array.from({ length: 5 }, () => expect.objectContaining({ status: 400, code: 'Consent.FailsControlParameters' })));

    const paid = await Promise.all(replies.filter((r) => r.status === 201).map(paymentIdOf));
    for (const id of paid) await tpp.untilFinal(id);
    expect(before - (await debtor.available(account()))).toBe(3000);
    expect((await paymentLogOf(m, TENANT, consent.consentId)).body.data.map((p: { paymentId: string }) => p.paymentId).sort()).toEqual([...paid].sort());
    expect((await tpp.readConsent(consent.consentId)).Data.PaymentConsumption).toMatchObject({ CumulativeNumberOfPayments: 3, CumulativeValueOfPayments: AED('30.00') });
  });

  let raced: { key: string; paymentId: string; message: PaymentMessage; token: string };

  it('two identical requests racing (same key, same body): both answered with one payment, one debit', async () => {
    const consent = await authorize({ MaximumIndividualAmount: AED('10.00') });
    const before = await debtor.available(account());
    const key = randomUUID().replace(/-/g, '');
    const message = await tpp.paymentMessage(consent.consentId, '7.00', { creditor });
    const jws = await tpp.sign(message);
    const replies = await Promise.all([0, 1].map(() => tpp.pay(message, { token: consent.token, idempotencyKey: key, jws })));
    expect(replies.map((r) => r.status)).toEqual([201, 201]);
    const [a, b] = await Promise.all(replies.map(paymentIdOf));
    expect(b).toBe(a);
    await tpp.untilFinal(a);
    expect(before - (await debtor.available(account()))).toBe(700);
    expect((await paymentLogOf(m, TENANT, consent.consentId)).body.data).toHaveLength(1);
    raced = { key, paymentId: a, message, token: consent.token };
  });

  it('the hub stopped between its reservation and the bank\'s answer: after a restart, the retry with the same key pays exactly once', async () => {
    const consent = await authorize({ MaximumIndividualAmount: AED('10.00') });
    const tenant = m.tenants.find((t) => t.id === TENANT)!;
    const lfi = m.lfiClients.find((c) => c.tenantId === TENANT)!;
    const faults = (method: string, body?: unknown) =>
      httpsCall(tenant.ozoneConnectUrl.replace(/\/ozone-connect\/?$/, '/admin/faults'), { method, caFile: m.caCertFile, client: lfi, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
    // The bank takes 3 s to answer POST /payments (the hub waits 5 s): time to stop the hub in between.
    expect((await faults('PUT', { rules: [{ path: '/payments', latencyMs: 3000 }] })).status).toBe(200);
    const before = await debtor.available(account());
    const key = randomUUID().replace(/-/g, '');
    const message = await tpp.paymentMessage(consent.consentId, '9.00', { creditor });
    const jws = await tpp.sign(message);
    const interrupted = tpp.pay(message, { token: consent.token, idempotencyKey: key, jws }).then((r) => r.status, (e: Error) => e.message);
    await eventually(async () => (await faults('GET')).json().rules[0]?.matched >= 1, { what: 'the hub calling the bank' });

    process.kill(m.pids.hub, 'SIGKILL');
    await sp.stop(); // the launcher stops the other apps when one of them dies
    expect(await interrupted).not.toBe(201);
    sp = await startSandbox({ dataDir: sp.dataDir, env });
    m = sp.manifest();
    await faults('DELETE');

    const retry = await tpp.pay(message, { token: consent.token, idempotencyKey: key, jws });
    expect({ status: retry.status, text: retry.status === 201 ? '' : retry.text }).toEqual({ status: 201, text: '' });
    const paymentId = await paymentIdOf(retry);
    await tpp.untilFinal(paymentId);
    expect(before - (await debtor.available(account()))).toBe(900);
    expect((await paymentLogOf(m, TENANT, consent.consentId)).body.data.map((p: { paymentId: string }) => p.paymentId)).toEqual([paymentId]);
    expect(await paymentIdOf(await tpp.pay(message, { token: consent.token, idempotencyKey: key }))).toBe(paymentId);

    // An answer given before the restart is still the answer to its key (the message signed again).
    expect(await paymentIdOf(await tpp.pay(raced.message, { token: raced.token, idempotencyKey: raced.key }))).toBe(raced.paymentId);
  }, 120_000);
});
