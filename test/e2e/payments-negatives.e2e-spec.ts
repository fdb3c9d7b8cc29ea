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
  type HubReply,
  type PaymentMessage,
  type SandboxManifest,
  type SandboxProcess,
  type WebhookTpp,
} from '@hub/testing';
import { CompactEncrypt, generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import { FAST_BANK } from './payments-fast-bank';

const TENANT = 'falcon-bank';
const AED = (Amount: string) => ({ Amount, Currency: 'AED' });
const today = () => uaeDate(0);
const vrp = (controls: Record<string, unknown>, overall: Record<string, unknown> = {}) => ({
  MultiPayment: { ...overall, PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Day', PeriodStartDate: today(), Controls: controls } },
});

/** What one row may use: both TPPs, the debtor's books, consents authorized on the debtor account. */
interface Ctx {
  tpp: PaymentsTpp;
  other: PaymentsTpp;
  debtor: AccountView;
  creditor: Creditor;
  authorize(schedule: Record<string, unknown>, creditors?: Creditor[]): Promise<AuthorizedPaymentConsent>;
  message(consent: { consentId: string }, amount: string, o?: { currency?: string; creditor?: Creditor }): Promise<PaymentMessage>;
  /** A payment that must succeed (setup): 201, then its final status. */
  paid(consent: AuthorizedPaymentConsent, amount: string, idempotencyKey?: string): Promise<string>;
  /** Consents prepared in beforeAll because they take time (one that expires). */
  expiring: AuthorizedPaymentConsent;
  /** Sets the bank's fault knobs (PUT /admin/faults as the LFI operator); [] clears them. */
  faults(rules: unknown[]): Promise<void>;
}

interface Row {
  name: string;
  /** Runs the row's setup; answers the one request under test (sent after the balance was read). */
  setup(ctx: Ctx): Promise<{ send: () => Promise<HubReply>; consentId?: string }>;
  /** The document's status and Errors[0].Code (none: the document declares no body, e.g. 401, 404, 415). */
  status: number;
  code?: string;
  /** false: the debtor account's books cannot be read (a Suspended or Closed account); the payment log alone shows nothing was paid. */
  books?: false;
}

const pay = (ctx: Ctx, consent: AuthorizedPaymentConsent, amount: string, o: Parameters<Ctx['message']>[2] = {}) => async () =>
  ctx.tpp.pay(await ctx.message(consent, amount, o), { token: consent.token });

/** After one accepted payment of `amount` on the consent, another of `next` is refused. */
const afterOne = (schedule: () => Record<string, unknown>, amount: string, next: string): Row['setup'] => async (ctx) => {
  const consent = await ctx.authorize(schedule());
  await ctx.paid(consent, amount);
  return { send: pay(ctx, consent, next), consentId: consent.consentId };
};

/** The first payment on a fresh consent is the refused one. */
const first = (schedule: () => Record<string, unknown>, amount: string, o: Parameters<Ctx['message']>[2] = {}): Row['setup'] => async (ctx) => {
  const consent = await ctx.authorize(schedule());
  return { send: pay(ctx, consent, amount, o), consentId: consent.consentId };
};

/**
 * Every refusal a TPP can meet on POST /payments (and the reads), one row each: the setup, the
 * request, the status and Errors[].Code of the bank-initiation document (signed application/jwt
 * errors; 401, 404 and 415 have no body there). For every row nothing moves at the bank: the
 * debtor's available balance is the same before and after, and the consent's payment log holds
 * no new payment.
 */
const ROWS: Row[] = [
  // --- ControlParameters, enforced by the hub before anything reaches the bank
  { name: 'above MaximumIndividualAmount', status: 400, code: 'Consent.FailsControlParameters', setup: first(() => vrp({ MaximumIndividualAmount: AED('20.00') }), '20.01') },
  { name: 'above MaximumCumulativeValueOfPaymentsPerPeriod', status: 400, code: 'Consent.FailsControlParameters', setup: afterOne(() => vrp({ MaximumCumulativeValueOfPaymentsPerPeriod: AED('30.00') }), '20.00', '10.01') },
  {
    name: 'above MaximumCumulativeNumberOfPaymentsPerPeriod',
    status: 400,
    code: 'Consent.FailsControlParameters',
    setup: afterOne(() => ({ MultiPayment: { PeriodicSchedule: { Type: 'FixedOnDemand', PeriodType: 'Day', PeriodStartDate: today(), Amount: AED('5.00'), Controls: { MaximumCumulativeNumberOfPaymentsPerPeriod: 1 } } } }), '5.00', '5.00'),
  },
  { name: 'above MaximumCumulativeValueOfPayments (whole consent)', status: 400, code: 'Consent.FailsControlParameters', setup: afterOne(() => vrp({ MaximumIndividualAmount: AED('20.00') }, { MaximumCumulativeValueOfPayments: AED('25.00') }), '20.00', '5.01') },
  {
    // The last payment the consent allows uses it up: Consumed, and its tokens end with it.
    name: 'MaximumCumulativeNumberOfPayments reached (whole consent): the consent is Consumed',
    status: 401,
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }, { MaximumCumulativeNumberOfPayments: 1 }));
      await ctx.paid(consent, '3.00');
      expect((await ctx.tpp.readConsent(consent.consentId)).Data).toMatchObject({ Status: 'Consumed', PaymentConsumption: { CumulativeNumberOfPayments: 1 } });
      return { send: pay(ctx, consent, '3.00'), consentId: consent.consentId };
    },
  },
  { name: 'FixedPeriodicSchedule: not the fixed Amount', status: 400, code: 'Consent.FailsControlParameters', setup: first(() => ({ MultiPayment: { PeriodicSchedule: { Type: 'FixedPeriodicSchedule', PeriodType: 'Month', PeriodStartDate: today(), Amount: AED('30.00') } } }), '29.99') },
  { name: 'SinglePayment: not the consented Amount', status: 400, code: 'Consent.FailsControlParameters', setup: first(() => ({ SinglePayment: { Type: 'SingleInstantPayment', Amount: AED('40.00') } }), '39.00') },
  {
    name: 'FixedDefinedSchedule: no entry on today\'s date',
    status: 400,
    code: 'Consent.FailsControlParameters',
    setup: first(() => ({ MultiPayment: { PeriodicSchedule: { Type: 'FixedDefinedSchedule', Schedule: [{ PaymentExecutionDate: uaeDate(1), Amount: AED('10.00') }, { PaymentExecutionDate: uaeDate(8), Amount: AED('10.00') }] } } }), '10.00'),
  },
  {
    name: 'VariableDefinedSchedule: today\'s entry already paid',
    status: 400,
    code: 'Consent.FailsControlParameters',
    setup: afterOne(() => ({ MultiPayment: { PeriodicSchedule: { Type: 'VariableDefinedSchedule', Schedule: [{ PaymentExecutionDate: today(), MaximumIndividualAmount: AED('10.00') }, { PaymentExecutionDate: uaeDate(8), MaximumIndividualAmount: AED('10.00') }] } } }), '4.00', '4.00'),
  },
  { name: 'another currency than the consent\'s', status: 400, code: 'Consent.FailsControlParameters', setup: first(() => vrp({ MaximumIndividualAmount: AED('20.00') }), '10.00', { currency: 'USD' }) },
  {
    name: 'a creditor the consent does not name (checked by the bank, PII is the bank\'s to read)',
    status: 400,
    code: 'Consent.FailsControlParameters',
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }), [ctx.creditor]);
      return { send: pay(ctx, consent, '10.00', { creditor: { iban: ibanAtBankOf('oasis-bank', '9000000000000777'), name: 'Someone Else' } }), consentId: consent.consentId };
    },
  },
  // --- the bank's failure table (docs/payments-failures.md): refused at once, 4xx, no payment made
  { name: 'the bank: insufficient funds (amount above available balance and overdraft)', status: 400, code: 'AANI.AM04', setup: first(() => vrp({ MaximumIndividualAmount: AED('9000000.00') }), '8999999.00') },
  {
    name: 'the bank: a creditor IBAN with bad check digits',
    status: 400,
    code: 'AANI.AC03',
    setup: async (ctx) => {
      const valid = ibanAtBankOf('oasis-bank', '9000000000000999');
      const bad: Creditor = { iban: `AE${String((Number(valid.slice(2, 4)) + 1) % 100).padStart(2, '0')}${valid.slice(4)}`, name: 'Typo Trading' };
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }), [bad]);
      return { send: pay(ctx, consent, '10.00', { creditor: bad }), consentId: consent.consentId };
    },
  },
  { name: 'the bank: a currency that is not the debtor account\'s (a USD consent on an AED account)', status: 400, code: 'AANI.AM03', setup: first(() => vrp({ MaximumIndividualAmount: { Amount: '20.00', Currency: 'USD' } }), '10.00', { currency: 'USD' }) },
  {
    name: 'the bank: no creditor anywhere (neither the consent nor the payment names one)',
    status: 400,
    code: 'Consent.BusinessRuleViolation',
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }), []);
      return { send: async () => ctx.tpp.pay(await ctx.tpp.paymentMessage(consent.consentId, '5.00'), { token: consent.token }), consentId: consent.consentId };
    },
  },
  {
    name: 'the bank: PII encrypted to a key that is not the bank\'s',
    status: 400,
    code: 'JWE.DecryptionError',
    setup: withConsent(async (ctx, consent, message) => {
      const { publicKey } = await generateKeyPair('RSA-OAEP-256');
      const pii = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ Initiation: { CreditorAccount: { SchemeName: 'IBAN', Identification: ctx.creditor.iban, Name: { en: 'X' } } } })))
        .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'not-the-banks' })
        .encrypt(publicKey);
      const withForeignPii: PaymentMessage = { Data: { ...message.Data, PersonalIdentifiableInformation: pii } };
      return ctx.tpp.pay(withForeignPii, { token: consent.token });
    }),
  },
  { name: 'the bank: the debtor account is Suspended', status: 403, code: 'Consent.AccountTemporarilyBlocked', books: false, setup: onRestrictedAccount(1) },
  { name: 'the bank: the debtor account is Closed', status: 403, code: 'Consent.PermanentAccountAccessFailure', books: false, setup: onRestrictedAccount(2) },
  {
    name: 'the bank answers 500 (fault knob): retryable, nothing paid',
    status: 500,
    code: 'GenericRecoverableError',
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }));
      const message = await ctx.message(consent, '5.00');
      return {
        consentId: consent.consentId,
        send: async () => {
          await ctx.faults([{ path: '/payments', status: 500, errorCode: 'Internal.Down', errorMessage: 'core banking offline' }]);
          try {
            return await ctx.tpp.pay(message, { token: consent.token });
          } finally {
            await ctx.faults([]);
          }
        },
      };
    },
  },
  // --- the consent's state and the token
  {
    name: 'a Consumed single-payment consent (its tokens ended with it)',
    status: 401,
    setup: async (ctx) => {
      const consent = await ctx.authorize({ SinglePayment: { Type: 'SingleInstantPayment', Amount: AED('6.00') } });
      await ctx.paid(consent, '6.00');
      await eventually(async () => (await ctx.tpp.readConsent(consent.consentId)).Data.Status === 'Consumed', { what: 'the consent Consumed' });
      return { send: pay(ctx, consent, '6.00'), consentId: consent.consentId };
    },
  },
  {
    name: 'a consent the TPP revoked',
    status: 401,
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }));
      const revoke = await ctx.tpp.send('PATCH', `/payment-consents/${consent.consentId}`, {
        headers: { authorization: `Bearer ${await ctx.tpp.clientToken()}`, 'content-type': 'application/jwt' },
        body: await ctx.tpp.sign({ Data: { Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' } }),
      });
      expect(revoke.status).toBe(204);
      return { send: pay(ctx, consent, '5.00'), consentId: consent.consentId };
    },
  },
  {
    name: 'the token of another consent of the same TPP (Data.ConsentId is not the token\'s consent)',
    status: 400,
    code: 'Consent.Invalid',
    setup: async (ctx) => {
      const [a, b] = [await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') })), await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }))];
      return { send: async () => ctx.tpp.pay(await ctx.message(a, '5.00'), { token: b.token, consentIdHeader: null }), consentId: a.consentId };
    },
  },
  { name: 'an x-consent-id other than the token\'s consent', status: 400, code: 'Consent.Invalid', setup: withConsent((ctx, consent, message) => ctx.tpp.pay(message, { token: consent.token, consentIdHeader: randomUUID() })) },
  {
    name: 'the token of a data-sharing consent',
    status: 403,
    code: 'AccessToken.InvalidScope',
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }));
      return { send: async () => ctx.tpp.pay(await ctx.message(consent, '5.00'), { token: ctx.debtor.accessToken }), consentId: consent.consentId };
    },
  },
  {
    name: 'no access token at all',
    status: 401,
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }));
      return { send: async () => ctx.tpp.pay(await ctx.message(consent, '5.00'), {}), consentId: consent.consentId };
    },
  },
  {
    name: 'another TPP reads the consent (GET /payment-consents/{id})',
    status: 404,
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }));
      return { send: () => ctx.other.read(`/payment-consents/${consent.consentId}`), consentId: consent.consentId };
    },
  },
  {
    name: 'another TPP reads the payment (GET /payments/{id})',
    status: 404,
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }));
      const paymentId = await ctx.paid(consent, '2.00');
      return { send: () => ctx.other.read(`/payments/${paymentId}`), consentId: consent.consentId };
    },
  },
  // --- idempotency
  {
    name: 'the same x-idempotency-key with another body',
    status: 409,
    code: 'GenericError',
    setup: async (ctx) => {
      const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }));
      const key = randomUUID().replace(/-/g, '');
      await ctx.paid(consent, '5.00', key);
      return { send: async () => ctx.tpp.pay(await ctx.message(consent, '6.00'), { token: consent.token, idempotencyKey: key }), consentId: consent.consentId };
    },
  },
  { name: 'no x-idempotency-key', status: 400, code: 'Resource.InvalidFormat', setup: withConsent((ctx, consent, message) => ctx.tpp.pay(message, { token: consent.token, idempotencyKey: null })) },
  { name: 'an x-idempotency-key longer than 40 characters', status: 400, code: 'Resource.InvalidFormat', setup: withConsent((ctx, consent, message) => ctx.tpp.pay(message, { token: consent.token, idempotencyKey: 'k'.repeat(41) })) },
  // --- headers and body
  { name: 'a malformed x-fapi-interaction-id', status: 400, code: 'Resource.InvalidFormat', setup: withConsent((ctx, consent, message) => ctx.tpp.pay(message, { token: consent.token, headers: { 'x-fapi-interaction-id': 'not-a-uuid' } })) },
  { name: 'a malformed x-fapi-auth-date', status: 400, code: 'Resource.InvalidFormat', setup: withConsent((ctx, consent, message) => ctx.tpp.pay(message, { token: consent.token, headers: { 'x-fapi-auth-date': 'yesterday' } })) },
  {
    name: 'a body signed with another key',
    status: 400,
    code: 'JWS.InvalidSignature',
    setup: withConsent(async (ctx, consent, message) => ctx.tpp.pay(message, { token: consent.token, signingKey: (await generateKeyPair('PS256')).privateKey })),
  },
  { name: 'a body that is no JWS', status: 400, code: 'JWS.Malformed', setup: withConsent((ctx, consent, message) => ctx.tpp.pay(message, { token: consent.token, rawBody: { contentType: 'application/jwt', body: 'not.a-jws' } })) },
  {
    name: 'a message without Instruction (AEPaymentRequest)',
    status: 400,
    code: 'Body.InvalidFormat',
    setup: withConsent((ctx, consent, message) => ctx.tpp.pay({ Data: { ...message.Data, Instruction: undefined } } as never, { token: consent.token })),
  },
  {
    name: 'a message with a member the document does not have',
    status: 400,
    code: 'Body.InvalidFormat',
    setup: withConsent((ctx, consent, message) => ctx.tpp.pay({ Data: { ...message.Data, Tip: '1.00' } } as never, { token: consent.token })),
  },
  { name: 'JSON instead of a signed JWT', status: 415, setup: withConsent((ctx, consent, message) => ctx.tpp.pay(message, { token: consent.token, rawBody: { contentType: 'application/json', body: JSON.stringify(message) } })) },
  // Placed last: the consent prepared in beforeAll has expired by now.
  {
    name: 'an expired consent (its tokens ended with it)',
    status: 401,
    setup: async (ctx) => {
      await eventually(async () => (await ctx.tpp.readConsent(ctx.expiring.consentId)).Data.Status === 'Expired', { timeoutMs: 60_000, intervalMs: 500, what: 'the consent Expired' });
      return { send: pay(ctx, ctx.expiring, '5.00'), consentId: ctx.expiring.consentId };
    },
  },
];

/** A consent on the last account of the `psuIndex`-th customer, which the seed makes Suspended (1) or Closed (2). */
function onRestrictedAccount(psuIndex: number): Row['setup'] {
  return async (ctx) => {
    const user = ctx.tpp.m.psus.filter((p) => p.tenantId === TENANT)[psuIndex];
    const consent = await ctx.tpp.authorizeConsent({ schedule: vrp({ MaximumIndividualAmount: AED('20.00') }), creditors: [ctx.creditor] }, { userId: user.userId, accountId: user.accountIds!.at(-1) });
    return { send: pay(ctx, consent, '5.00'), consentId: consent.consentId };
  };
}

/** A fresh VRP consent and a valid message on it; the row bends one thing of the request. */
function withConsent(send: (ctx: Ctx, consent: AuthorizedPaymentConsent, message: PaymentMessage) => Promise<HubReply>): Row['setup'] {
  return async (ctx) => {
    const consent = await ctx.authorize(vrp({ MaximumIndividualAmount: AED('20.00') }));
    const message = await ctx.message(consent, '5.00');
    return { send: () => send(ctx, consent, message), consentId: consent.consentId };
  };
}

describe('payments refused: the document\'s status and code, and nothing moves at the bank', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let ctx: Ctx;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: sandboxConfigFile(FAST_BANK) } });
    m = sp.manifest();
    const tpp = await PaymentsTpp.connect(m, TENANT);
    const other = await PaymentsTpp.connect(m, TENANT, m.tpps[2] as WebhookTpp);
    const payer = m.psus.find((p) => p.tenantId === TENANT)!;
    const debtorAccount = payer.accountIds![0];
    const debtor = await AccountView.open(m, tpp.client, TENANT, payer.userId, [debtorAccount]);
    const creditor: Creditor = { iban: ibanAtBankOf('oasis-bank'), name: 'Oasis Grocers LLC' };
    const authorize = (schedule: Record<string, unknown>, creditors = [creditor], expiresAt?: string) =>
      tpp.authorizeConsent({ schedule, creditors, expiresAt }, { userId: payer.userId, accountId: debtorAccount });
    const tenant = m.tenants.find((t) => t.id === TENANT)!;
    const lfi = m.lfiClients.find((c) => c.tenantId === TENANT)!;
    const faults = async (rules: unknown[]) => {
      const url = tenant.ozoneConnectUrl.replace(/\/ozone-connect\/?$/, '/admin/faults');
      const res = await httpsCall(url, { method: 'PUT', caFile: m.caCertFile, client: lfi, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules }) });
      if (res.status !== 200) throw new Error(`the fault knobs answered ${res.status}: ${res.text}`);
    };
    const expiring = await authorize(vrp({ MaximumIndividualAmount: AED('20.00') }), [creditor], new Date(Date.now() + 20_000).toISOString());
    ctx = {
      tpp,
      other,
      debtor,
      creditor,
      expiring,
      faults,
      authorize,
      message: (consent, amount, o = {}) => tpp.paymentMessage(consent.consentId, amount, { creditor, ...o }),
      async paid(consent, amount, idempotencyKey) {
        const reply = await tpp.pay(await tpp.paymentMessage(consent.consentId, amount, { creditor }), { token: consent.token, idempotencyKey });
        if (reply.status !== 201) throw new Error(`setup payment answered ${reply.status}: ${JSON.stringify(await tpp.refusal(reply))}`);
        const paymentId = (await tpp.opened(reply)).message.Data.PaymentId;
        await tpp.untilFinal(paymentId);
        return paymentId;
      },
    };
  }, 120_000);

  afterAll(async () => {
    await ctx?.tpp.close();
    await ctx?.other.close();
    if (sp) await disposeSandbox(sp);
  });

  it.each(ROWS.map((row) => ({ ...row, expected: `${row.status} ${row.code ?? '(no body)'}` })))('$name → $expected', async (row) => {
    const { send, consentId } = await row.setup(ctx);
    const account = ctx.debtor.accountIds[0];
    const balanceBefore = await ctx.debtor.available(account);
    const logBefore = consentId ? (await paymentLogOf(m, TENANT, consentId)).body?.data?.length ?? 0 : 0;

    const reply = await send();
    const refusal = await ctx.tpp.refusal(reply);
    expect({ status: refusal.status, code: refusal.code }).toEqual({ status: row.status, code: row.code });
    if (!row.code) expect(reply.text).toBe('');

    if (row.books !== false) expect(await ctx.debtor.available(account)).toBe(balanceBefore);
    if (consentId) expect((await paymentLogOf(m, TENANT, consentId)).body?.data?.length ?? 0).toBe(logBefore);
  });
});
