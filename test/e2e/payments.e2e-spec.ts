import {
  AccountView,
  BANK_INITIATION_DOC,
  decimalAmount,
  disposeSandbox,
  eventually,
  hubOzoneConnect,
  ibanAtBankOf,
  minorUnits,
  webhookInbox,
  paymentLogOf,
  PaymentsTpp,
  publicLinks,
  readOfficialSpec,
  sandboxConfigFile,
  startSandbox,
  startWebhookReceiver,
  uaeDate,
  validateAgainstComponent,
  validateOperationBody,
  WEBHOOK_TEMPLATE_DOC,
  type Creditor,
  type OpenedWebhook,
  type SandboxManifest,
  type SandboxProcess,
  type WebhookReceiver,
  type WebhookTpp,
} from '@hub/testing';
import { uaeIban } from '@hub/mock-lfi-data';
import { randomUUID } from 'node:crypto';
import { FAST_BANK } from './payments-fast-bank';

const TENANT = 'falcon-bank';
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-service-initiation-openapi.yaml';
const CM_DOC = 'api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml';
const ACCEPTED = ['AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted', 'AcceptedWithoutPosting'];

/**
 * The two documents disagree: the standard (v2.1-errata2) requires Data.OpenFinanceBilling in
 * every AEPaymentRequest, while the Consent Manager document's copy of AEPaymentRequest (the
 * payment log's requestBody, "as received") has no such member. The log keeps the TPP's request as
 * received; it is checked against the Consent Manager document without that one member.
 */
function withoutBilling(log: any): any {
  const withoutIt = ({ OpenFinanceBilling: _billing, ...data }: Record<string, unknown>) => data;
  return { ...log, data: log.data.map((r: any) => ({ ...r, requestBody: { ...r.requestBody, Data: withoutIt(r.requestBody.Data) } })) };
}

/**
 * Bank Service Initiation end to end, as an outside TPP (openid-client, mTLS, signed bodies):
 * for each consent shape of the v2.1 document a payment goes through the hub to the mock bank,
 * reaches a final status, is visible in the bank's books through data sharing, reaches the TPP
 * by webhook at every status, and counts in the consent's PaymentConsumption. (v2.1 has no
 * future-dated single payment: SinglePayment is SingleInstantPayment only.)
 */
describe('payments: a TPP pays through the hub and the money moves at the bank', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: PaymentsTpp;
  let receiver: WebhookReceiver;
  let debtor: AccountView;
  let creditorView: AccountView;
  let debtorAccount: string;
  let creditorAccount: string;
  let sameBankCreditor: Creditor;
  const otherBankCreditor: Creditor = { iban: ibanAtBankOf('oasis-bank'), name: 'Oasis Grocers LLC' };
  const app = () => m.tpps[0] as WebhookTpp;
  const webhook = () => ({ Url: receiver.url, IsActive: true });
  const psus = () => m.psus.filter((p) => p.tenantId === TENANT);

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: sandboxConfigFile(FAST_BANK) } });
    m = sp.manifest();
    tpp = await PaymentsTpp.connect(m, TENANT);
    receiver = await startWebhookReceiver({ certFile: app().webhookServerCertFile, keyFile: app().webhookServerKeyFile });
    inbox = webhookInbox(receiver, m, TENANT, app());
    // The debtor: the everyday customer's AED current account; the creditor: another customer of the same bank.
    const [payer, , , payee] = psus();
    debtorAccount = payer.accountIds![0];
    creditorAccount = payee.accountIds![0];
    debtor = await AccountView.open(m, tpp.client, TENANT, payer.userId, [debtorAccount]);
    creditorView = await AccountView.open(m, tpp.client, TENANT, payee.userId, [creditorAccount]);
    sameBankCreditor = { iban: await creditorView.iban(creditorAccount), name: payee.name };
  }, 120_000);

  afterAll(async () => {
    await receiver?.close();
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  /** Every webhook of one payment, opened and verified as the TPP must, in arrival order. */
  let inbox: () => Promise<OpenedWebhook[]>;
  const webhooksOf = async (paymentId: string): Promise<OpenedWebhook[]> => (await inbox()).filter((o) => o.claims.message.Meta.PaymentId === paymentId);

  /** Waits until the TPP was told the payment's final status, then checks every event of it. */
  async function expectWebhooks(paymentId: string, consentId: string, finalStatus: string, resource = 'payments'): Promise<void> {
    const events = await eventually(() => webhooksOf(paymentId), (list) => list.some((o) => o.claims.message.Data?.Status === finalStatus), {
      timeoutMs: 20_000,
      intervalMs: 200,
      what: `the ${finalStatus} webhook of ${paymentId}`,
    });
    expect(events[0].claims.message.Meta.EventType).toBe('Resource.Created');
    for (const o of events) {
      expect(o.claims.message.Meta).toMatchObject({ ConsentId: consentId, PaymentId: paymentId, EventResource: tpp.url(`/${resource}/${paymentId}`) });
      expect(o.claims.message.Data).toMatchObject({ PaymentId: paymentId, ConsentId: consentId });
      expect(validateAgainstComponent(readOfficialSpec(WEBHOOK_TEMPLATE_DOC), 'AEWebhookEventSigned', o.claims).errors).toBe('No errors');
    }
    // Statuses only move forward: one event per change, the final one last.
    const statuses = events.map((o) => o.claims.message.Data.Status);
    expect(new Set(statuses).size).toBe(statuses.length);
    expect(statuses.at(-1)).toBe(finalStatus);
  }

  /** POST /payments with a fresh idempotency key; the 201 checked against the document and its headers. */
  async function pay(consentId: string, token: string, amount: string, creditor?: Creditor) {
    const message = await tpp.paymentMessage(consentId, amount, { creditor });
    const idempotencyKey = randomUUID().replace(/-/g, '');
    const interactionId = randomUUID();
    const reply = await tpp.pay(message, { token, idempotencyKey, headers: { 'x-fapi-interaction-id': interactionId } });
    expect({ status: reply.status, text: reply.status === 201 ? '' : reply.text }).toEqual({ status: 201, text: '' });
    const created = await tpp.conformant(reply, 'AEPaymentIdResponseSigned');
    const paymentId: string = created.Data.PaymentId;
    expect(created.Data).toMatchObject({
      ConsentId: consentId,
      Instruction: message.Data.Instruction,
      PaymentPurposeCode: message.Data.PaymentPurposeCode,
      DebtorReference: message.Data.DebtorReference,
      OpenFinanceBilling: { Type: 'PushP2P' },
    });
    expect(['Pending', ...ACCEPTED]).toContain(created.Data.Status);
    expect(created.Links).toEqual({ Self: tpp.url(`/payments/${paymentId}`), Related: tpp.url(`/payment-consents/${consentId}`) });
    expect(reply.headers.get('x-idempotency-key')).toBe(idempotencyKey);
    expect(reply.headers.get('x-fapi-interaction-id')).toBe(interactionId);
    expect(reply.headers.get('location')).toContain(paymentId);
    return { paymentId, message, idempotencyKey, created };
  }

  /** The payment shows in the debtor's books: the balance moved by `minor` and a debit carrying its reference. */
  async function expectDebited(before: number, minor: number, reference: string): Promise<void> {
    expect(before - (await debtor.available(debtorAccount))).toBe(minor);
    const booked = await debtor.transactionsMentioning(debtorAccount, reference);
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({ CreditDebitIndicator: 'Debit', Amount: { Amount: decimalAmount(minor), Currency: 'AED' } });
  }

  it('single instant payment to a customer of the same bank: 201 Pending, then AcceptedCreditSettlementCompleted; debtor debited, creditor credited; consent Consumed', async () => {
    const amount = '125.50';
    const consent = await tpp.authorizeConsent(
      { schedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: amount, Currency: 'AED' } } }, creditors: [sameBankCreditor], permissions: ['ReadRefundAccount'], webhook: webhook() },
      { userId: debtor.userId, accountId: debtorAccount },
    );
    const [debtorBefore, creditorBefore] = [await debtor.available(debtorAccount), await creditorView.available(creditorAccount)];
    const { paymentId, message, idempotencyKey } = await pay(consent.consentId, consent.token, amount, sameBankCreditor);

    const final = await tpp.untilFinal(paymentId);
    expect(final.Data).toMatchObject({ PaymentId: paymentId, Status: 'AcceptedCreditSettlementCompleted', PaymentTransactionId: expect.any(String) });
    await expectDebited(debtorBefore, minorUnits(amount), message.Data.DebtorReference!);
    expect((await creditorView.available(creditorAccount)) - creditorBefore).toBe(minorUnits(amount));
    const credited = await creditorView.transactionsMentioning(creditorAccount, message.Data.CreditorReference!);
    expect(credited).toEqual([expect.objectContaining({ CreditDebitIndicator: 'Credit', Amount: { Amount: amount, Currency: 'AED' } })]);
    await expectWebhooks(paymentId, consent.consentId, 'AcceptedCreditSettlementCompleted');

    const read = await tpp.readConsent(consent.consentId);
    expect(read.Data).toMatchObject({ Status: 'Consumed', PaymentConsumption: { CumulativeNumberOfPayments: 1, CumulativeValueOfPayments: { Amount: amount, Currency: 'AED' } } });
    expect(read.Links.Related).toEqual([tpp.url(`/payments/${paymentId}`)]);

    // A TPP that lost its 201 retries with the same key and message (signed again): the payment
    // that used the consent up comes back; any other payment on the Consumed consent is 401.
    const retry = await tpp.pay(message, { token: consent.token, idempotencyKey });
    expect(retry.status).toBe(201);
    expect((await tpp.conformant(retry, 'AEPaymentIdResponseSigned')).Data.PaymentId).toBe(paymentId);
    expect((await tpp.pay(message, { token: consent.token, idempotencyKey: randomUUID().replace(/-/g, '') })).status).toBe(401);
    await expectDebited(debtorBefore, minorUnits(amount), message.Data.DebtorReference!);

    // The payment found again by its idempotency key (GET /payments, AEIdempotencyKeyQuery).
    const byKey = await tpp.read('/payments', { 'x-idempotency-key': idempotencyKey });
    expect(byKey.status).toBe(200);
    const { claims, message: query } = await tpp.opened(byKey);
    expect(validateAgainstComponent(readOfficialSpec(BANK_INITIATION_DOC), 'AEJwt', claims).errors).toBe('No errors');
    expect(validateAgainstComponent(readOfficialSpec(BANK_INITIATION_DOC), 'AEIdempotencyKeyQuery', publicLinks(query)).errors).toBe('No errors');
    expect(query).toEqual({ Data: {}, Links: { Self: tpp.url(`/payments/${paymentId}`) } });

    // Refund details: the debtor account, as the bank gives it (ReadRefundAccount was granted).
    const refund = await tpp.conformant(await tpp.read(`/payment-consents/${consent.consentId}/refund`), 'AEPaymentConsentRefundResponseSigned');
    expect(refund.Data).toMatchObject({ ConsentId: consent.consentId, RefundAccount: { SchemeName: 'IBAN', Identification: await debtor.iban(debtorAccount) } });
  });

  it('records the payment in the Consent Manager payment log and the bank answers the hub as the Ozone Connect document says', async () => {
    const consent = await tpp.authorizeConsent(
      { schedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '10.00', Currency: 'AED' } } }, creditors: [otherBankCreditor] },
      { userId: debtor.userId, accountId: debtorAccount },
    );
    const { paymentId, idempotencyKey } = await pay(consent.consentId, consent.token, '10.00', otherBankCreditor);
    const final = await tpp.untilFinal(paymentId);

    const log = await paymentLogOf(m, TENANT, consent.consentId);
    expect(log.status).toBe(200);
    expect(validateOperationBody(readOfficialSpec(CM_DOC), '/payment-log', 'get', '200', withoutBilling(log.body)).errors).toBe('No errors');
    expect(log.body.data).toEqual([
      expect.objectContaining({ consentId: consent.consentId, paymentType: 'cbuae-payment', paymentId, idempotencyKey, accountId: debtorAccount, paymentResponse: expect.objectContaining({ status: final.Data.Status }) }),
    ]);

    const oc = await hubOzoneConnect(m, sp.env.SANDBOX_CERTS_DIR!, TENANT);
    try {
      const ctx = { apiUri: '/open-finance/payment/v2.1/payments/{PaymentId}', apiOperation: 'GET', consentId: consent.consentId, psuIdentifiers: { userId: debtor.userId } };
      const read = await oc.call('GET', `/payments/${paymentId}`, ctx);
      expect(read.status).toBe(200);
      expect(validateOperationBody(readOfficialSpec(OC_DOC), '/payments/{paymentId}', 'get', '200', read.body).errors).toBe('No errors');
      expect(read.body.data).toMatchObject({ id: paymentId, consentId: consent.consentId, status: final.Data.Status });

      // The bank's answer to POST /payments, sent as the hub sends it (PaymentPostRequest) on a consent of its own.
      const vrp = await tpp.authorizeConsent(
        { schedule: { MultiPayment: { PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Day', PeriodStartDate: today(), Controls: { MaximumIndividualAmount: { Amount: '5.00', Currency: 'AED' } } } } }, creditors: [otherBankCreditor] },
        { userId: debtor.userId, accountId: debtorAccount },
      );
      const record = (await tpp.lfiCall('GET', `${tpp.tenant.consentManagerUrl}/consents/${vrp.consentId}`)).json().data;
      const body = {
        requestUrl: tpp.url('/payments'),
        paymentType: 'cbuae-payment',
        request: await tpp.paymentMessage(vrp.consentId, '1.00', { creditor: otherBankCreditor }),
        requestHeaders: { 'content-type': 'application/jwt', 'x-idempotency-key': randomUUID().replace(/-/g, ''), 'x-consent-id': vrp.consentId },
        tpp: record.tpp,
      };
      expect(validateOperationBody(readOfficialSpec(OC_DOC), '/payments', 'post', 'request', body).errors).toBe('No errors');
      const created = await oc.call('POST', '/payments', { ...ctx, apiUri: '/open-finance/payment/v2.1/payments', apiOperation: 'POST', consentId: vrp.consentId }, body);
      expect(created.status).toBe(201);
      expect(validateOperationBody(readOfficialSpec(OC_DOC), '/payments', 'post', '201', created.body).errors).toBe('No errors');
      expect(created.body.data).toMatchObject({ consentId: vrp.consentId, status: 'Pending', instruction: { Amount: { amount: '1.00', currency: 'AED' } } });
    } finally {
      await oc.close();
    }
  });

  /** One row per MultiPayment schedule type of the document: the schedule, and the payments made under it. */
  const today = () => uaeDate(0);
  const MULTI: { type: string; periodic: boolean; schedule: () => Record<string, unknown>; amounts: string[]; creditor: 'same' | 'other' }[] = [
    { type: 'FixedDefinedSchedule', periodic: false, creditor: 'other', amounts: ['40.00'], schedule: () => ({ Type: 'FixedDefinedSchedule', Schedule: [{ PaymentExecutionDate: today(), Amount: { Amount: '40.00', Currency: 'AED' } }, { PaymentExecutionDate: uaeDate(30), Amount: { Amount: '40.00', Currency: 'AED' } }] }) },
    { type: 'VariableDefinedSchedule', periodic: false, creditor: 'same', amounts: ['55.25'], schedule: () => ({ Type: 'VariableDefinedSchedule', Schedule: [{ PaymentExecutionDate: today(), MaximumIndividualAmount: { Amount: '80.00', Currency: 'AED' } }, { PaymentExecutionDate: uaeDate(7), MaximumIndividualAmount: { Amount: '80.00', Currency: 'AED' } }] }) },
    { type: 'FixedPeriodicSchedule', periodic: true, creditor: 'other', amounts: ['30.00'], schedule: () => ({ Type: 'FixedPeriodicSchedule', PeriodType: 'Month', PeriodStartDate: today(), Amount: { Amount: '30.00', Currency: 'AED' } }) },
    { type: 'VariablePeriodicSchedule', periodic: true, creditor: 'same', amounts: ['61.10'], schedule: () => ({ Type: 'VariablePeriodicSchedule', PeriodType: 'Week', PeriodStartDate: today(), MaximumIndividualAmount: { Amount: '70.00', Currency: 'AED' } }) },
    { type: 'FixedOnDemand', periodic: true, creditor: 'other', amounts: ['15.00', '15.00'], schedule: () => ({ Type: 'FixedOnDemand', PeriodType: 'Day', PeriodStartDate: today(), Amount: { Amount: '15.00', Currency: 'AED' }, Controls: { MaximumCumulativeNumberOfPaymentsPerPeriod: 5 } }) },
    { type: 'VariableOnDemand', periodic: true, creditor: 'same', amounts: ['20.00', '7.35'], schedule: () => ({ Type: 'VariableOnDemand', PeriodType: 'Year', PeriodStartDate: today(), Controls: { MaximumIndividualAmount: { Amount: '100.00', Currency: 'AED' }, MaximumCumulativeValueOfPaymentsPerPeriod: { Amount: '500.00', Currency: 'AED' } } }) },
  ];

  it.each(MULTI)('multi-payment $type: every payment reaches a final accepted status, moves the money and counts in PaymentConsumption', async (row) => {
    const creditor = row.creditor === 'same' ? sameBankCreditor : otherBankCreditor;
    const consent = await tpp.authorizeConsent(
      { schedule: { MultiPayment: { MaximumCumulativeNumberOfPayments: 10, MaximumCumulativeValueOfPayments: { Amount: '1000.00', Currency: 'AED' }, PeriodicSchedule: row.schedule() } }, creditors: [creditor], webhook: webhook() },
      { userId: debtor.userId, accountId: debtorAccount },
    );
    let total = 0;
    for (const amount of row.amounts) {
      const before = await debtor.available(debtorAccount);
      const { paymentId, message } = await pay(consent.consentId, consent.token, amount, creditor);
      const final = await tpp.untilFinal(paymentId);
      expect(row.creditor === 'same' ? ['AcceptedCreditSettlementCompleted'] : ACCEPTED).toContain(final.Data.Status);
      await expectDebited(before, minorUnits(amount), message.Data.DebtorReference!);
      await expectWebhooks(paymentId, consent.consentId, final.Data.Status);
      total += minorUnits(amount);
    }
    const read = await tpp.readConsent(consent.consentId);
    expect(read.Data.Status).toBe('Authorized');
    expect(read.Data.PaymentConsumption).toMatchObject({ CumulativeNumberOfPayments: row.amounts.length, CumulativeValueOfPayments: { Amount: decimalAmount(total), Currency: 'AED' } });
    if (row.periodic) {
      expect(read.Data.PaymentConsumption).toMatchObject({ CumulativeNumberOfPaymentsInCurrentPeriod: row.amounts.length, CumulativeValueOfPaymentsInCurrentPeriod: { Amount: decimalAmount(total), Currency: 'AED' } });
    }
    expect(read.Links.Related).toHaveLength(row.amounts.length);
  });

  it('a creditor bank that does not answer (bank code 000): 201 Pending, later Rejected AANI.AB08; the money comes back and the payment does not count', async () => {
    const unreachable: Creditor = { iban: uaeIban('000', '0000000000000001'), name: 'Offline Bank Customer' };
    const consent = await tpp.authorizeConsent(
      { schedule: { MultiPayment: { PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Day', PeriodStartDate: today(), Controls: { MaximumIndividualAmount: { Amount: '50.00', Currency: 'AED' } } } } }, creditors: [unreachable], webhook: webhook() },
      { userId: debtor.userId, accountId: debtorAccount },
    );
    const before = await debtor.available(debtorAccount);
    const { paymentId, created } = await pay(consent.consentId, consent.token, '33.00', unreachable);
    expect(created.Data.Status).toBe('Pending');
    const final = await tpp.untilFinal(paymentId);
    expect(final.Data).toMatchObject({ Status: 'Rejected', RejectReasonCode: [{ Code: 'AANI.AB08', Message: expect.any(String) }] });
    expect(await debtor.available(debtorAccount)).toBe(before);
    await expectWebhooks(paymentId, consent.consentId, 'Rejected');
    expect((await tpp.readConsent(consent.consentId)).Data).toMatchObject({ Status: 'Authorized', PaymentConsumption: { CumulativeNumberOfPayments: 0, CumulativeValueOfPayments: { Amount: '0.00', Currency: 'AED' } } });
  });

  it('replays an idempotent retry (same key, same message signed again): the first answer, no second payment', async () => {
    const consent = await tpp.authorizeConsent(
      { schedule: { MultiPayment: { PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Day', PeriodStartDate: today(), Controls: { MaximumIndividualAmount: { Amount: '50.00', Currency: 'AED' } } } } }, creditors: [otherBankCreditor] },
      { userId: debtor.userId, accountId: debtorAccount },
    );
    const before = await debtor.available(debtorAccount);
    const first = await pay(consent.consentId, consent.token, '12.00', otherBankCreditor);
    const retry = await tpp.pay(first.message, { token: consent.token, idempotencyKey: first.idempotencyKey });
    expect(retry.status).toBe(201);
    expect((await tpp.conformant(retry, 'AEPaymentIdResponseSigned')).Data.PaymentId).toBe(first.paymentId);
    await tpp.untilFinal(first.paymentId);
    await expectDebited(before, 1200, first.message.Data.DebtorReference!);
    expect((await paymentLogOf(m, TENANT, consent.consentId)).body.data).toHaveLength(1);
    expect((await tpp.readConsent(consent.consentId)).Data.PaymentConsumption).toMatchObject({ CumulativeNumberOfPayments: 1 });
  });

  it('Combined consent (one single, one multi): the single amount counts once as the single, the rest must fit the multi-payment', async () => {
    const consent = await tpp.authorizeConsent(
      {
        schedule: {
          SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '50.00', Currency: 'AED' } },
          MultiPayment: { PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Day', PeriodStartDate: today(), Controls: { MaximumIndividualAmount: { Amount: '30.00', Currency: 'AED' } } } },
        },
        creditors: [sameBankCreditor],
        webhook: webhook(),
      },
      { userId: debtor.userId, accountId: debtorAccount },
    );
    const before = await debtor.available(debtorAccount);
    const single = await pay(consent.consentId, consent.token, '50.00', sameBankCreditor);
    const multi = await pay(consent.consentId, consent.token, '20.00', sameBankCreditor);
    for (const p of [single, multi]) expect((await tpp.untilFinal(p.paymentId)).Data.Status).toBe('AcceptedCreditSettlementCompleted');
    // The single is used and 50.00 is above the multi-payment's individual maximum: refused, nothing sent.
    const again = await tpp.pay(await tpp.paymentMessage(consent.consentId, '50.00', { creditor: sameBankCreditor }), { token: consent.token });
    expect(await tpp.refusal(again)).toMatchObject({ status: 400, code: 'Consent.FailsControlParameters' });
    expect(before - (await debtor.available(debtorAccount))).toBe(7000);
    await expectWebhooks(multi.paymentId, consent.consentId, 'AcceptedCreditSettlementCompleted');
    const read = await tpp.readConsent(consent.consentId);
    expect(read.Data).toMatchObject({ Status: 'Authorized', PaymentConsumption: { CumulativeNumberOfPayments: 2, CumulativeValueOfPayments: { Amount: '70.00', Currency: 'AED' } } });
  });

  it('links consents by BaseConsentId: GET /payment-consents?baseConsentId= lists the group, base included', async () => {
    const schedule = { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '5.00', Currency: 'AED' } } };
    const base = await tpp.pushConsent({ schedule, creditors: [otherBankCreditor] });
    const linked = [await tpp.pushConsent({ schedule, creditors: [otherBankCreditor], baseConsentId: base }), await tpp.pushConsent({ schedule, creditors: [otherBankCreditor], baseConsentId: base })];
    const reply = await tpp.read(`/payment-consents?baseConsentId=${base}`);
    expect(reply.status).toBe(200);
    const listed = await tpp.conformant(reply, 'AEPaymentConsentsByBaseConsentIdResponseSigned');
    expect(listed.map((c: any) => c.Data.ConsentId).sort()).toEqual([base, ...linked].sort());
    expect(listed.filter((c: any) => c.Data.BaseConsentId === base).map((c: any) => c.Data.ConsentId).sort()).toEqual([...linked].sort());
  });
});
