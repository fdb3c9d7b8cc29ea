import { createHash, randomUUID } from 'node:crypto';
import { ConsentError, ConsentStatus } from '@hub/consent';
import type { TppRecord } from '@hub/ozone-connect';
import { testDatabases } from '@hub/testing';
import type { DataSource, EntityManager } from 'typeorm';
import { paymentConsumption } from './controls/payment-consumption';
import { countsAgainstConsent, type PaymentAttempt, type PaymentBegin, type PaymentChanged, type PaymentCreated } from './payment-log-entry';
import { PaymentLog } from './payment-log';
import {
  authorizedPaymentConsent,
  ConsentOutboxPaymentChanges,
  ConsentServicePayments,
  closePaymentsDatabase,
  openPaymentsDatabase,
  PAYMENT_TOPIC,
  paymentsTestBed,
  tppRecord,
  type PaymentsTestBed,
} from './testing/payments-test-bed';

/** 12:00 UAE time on Tuesday 2026-03-10. */
const NOW = new Date('2026-03-10T08:00:00Z');
const DAY_MS = 86_400_000;
const aed = (Amount: string) => ({ Amount, Currency: 'AED' });

/** What the consent's logged payments consumed, as the TPP's consent resource counts it (paymentConsentResource). */
async function consumption(bed: PaymentsTestBed, tenant: string, consentId: string, controlParameters: unknown, now = bed.clock.now()) {
  return paymentConsumption(controlParameters, (await bed.log.listForConsent(tenant, consentId)).filter(countsAgainstConsent), now);
}
const SINGLE = { ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('100.00') } } };
/** A variable recurring payment consent: at most 3 payments, up to 50.00 each, 100.00 a day. */
const VRP = {
  ConsentSchedule: {
    MultiPayment: {
      MaximumCumulativeNumberOfPayments: 3,
      PeriodicSchedule: {
        Type: 'VariableOnDemand',
        PeriodType: 'Day',
        PeriodStartDate: '2026-03-01',
        Controls: { MaximumIndividualAmount: aed('50.00'), MaximumCumulativeValueOfPaymentsPerPeriod: aed('100.00') },
      },
    },
  },
};
const uniqueTenant = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

describe.each(testDatabases('payments'))('the payment log on $engine', ({ engine, settings }) => {
  let ds: DataSource;
  let bed: PaymentsTestBed;
  let tenant: string;
  let tpp: TppRecord;

  beforeAll(async () => {
    ds = await openPaymentsDatabase(settings);
  });
  afterAll(() => closePaymentsDatabase(ds, settings));
  beforeEach(() => {
    bed = paymentsTestBed(ds, NOW);
    tenant = uniqueTenant('bank');
    tpp = tppRecord();
  });

  const request = (consentId: string, amount: string) => ({
    Data: { ConsentId: consentId, Instruction: { Amount: aed(amount) }, PaymentPurposeCode: 'ACM', OpenFinanceBilling: { Type: 'PushP2P' } },
  });
  const attempt = (consentId: string, amount: string, o: Partial<PaymentAttempt> = {}): PaymentAttempt => {
    const body = request(consentId, amount);
    return {
      tenantId: tenant,
      consentId,
      paymentType: 'cbuae-payment',
      clientId: tpp.clientId,
      organisationId: tpp.orgId,
      softwareStatementId: tpp.softwareStatementId,
      idempotencyKey: randomUUID().replace(/-/g, ''),
      requestHash: createHash('sha256').update(JSON.stringify(body)).digest('base64url'),
      amount,
      currency: 'AED',
      request: body,
      interactionId: randomUUID(),
      ...o,
    };
  };
  const lfiCreated = (status: PaymentCreated['status'] = 'Pending', paymentId = randomUUID()): PaymentCreated => ({
    paymentId,
    status,
    data: { id: paymentId, status, creationDateTime: NOW.toISOString(), statusUpdateDateTime: NOW.toISOString(), paymentPurposeCode: 'ACM' },
    accountId: 'acc-1',
    psuIdentifiers: { userId: 'psu-1' },
  });
  /** Reserves and has the LFI create a payment; the entry as created. */
  const pay = async (consentId: string, amount: string, status: PaymentCreated['status'] = 'Pending') => {
    const begun = await bed.log.begin(attempt(consentId, amount));
    expect(begun.kind).toBe('reserved');
    return bed.log.created(tenant, begun.entry.reservationId, lfiCreated(status));
  };
  const messagesOf = (key: string) => ds.getRepository('ConsentOutboxEntity').find({ where: { tenantId: tenant, consentId: key, topic: PAYMENT_TOPIC }, order: { auditSeq: 'ASC' } });
  const rowsOf = (consentId: string) => ds.getRepository('PaymentLogEntity').countBy({ tenantId: tenant, consentId });
  const consentStatus = async (consentId: string) => (await bed.consents.get(tenant, consentId)).status;

  describe('begin, created, refused', () => {
    it('reserves an InFlight entry, then records the LFI’s payment with a Resource.Created message', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const a = attempt(consentId, '20.00');
      const begun = await bed.log.begin(a);
      expect(begun).toEqual<PaymentBegin>({
        kind: 'reserved',
        entry: {
          tenantId: tenant,
          reservationId: expect.any(String),
          consentId,
          paymentType: 'cbuae-payment',
          clientId: tpp.clientId,
          organisationId: tpp.orgId,
          softwareStatementId: tpp.softwareStatementId,
          idempotencyKey: a.idempotencyKey,
          requestHash: a.requestHash,
          state: 'InFlight',
          amount: '20.00',
          currency: 'AED',
          request: a.request,
          interactionId: a.interactionId,
          createdAt: NOW.toISOString(),
          statusUpdatedAt: NOW.toISOString(),
          version: 1,
        },
      });
      expect(await messagesOf(begun.entry.reservationId)).toEqual([]);

      bed.clock.advance(1_500);
      const lfi = lfiCreated();
      const created = await bed.log.created(tenant, begun.entry.reservationId, lfi);
      expect(created).toMatchObject({ state: 'Created', paymentId: lfi.paymentId, status: 'Pending', response: lfi.data, accountId: 'acc-1', psuIdentifiers: { userId: 'psu-1' }, version: 2 });
      expect(created.statusUpdatedAt).toBe(new Date(NOW.getTime() + 1_500).toISOString());
      expect(await bed.log.own(tenant, lfi.paymentId, tpp.clientId)).toEqual(created);
      expect(await bed.log.findByIdempotencyKey(tenant, tpp.clientId, 'cbuae-payment', a.idempotencyKey)).toEqual(created);

      const [message] = await messagesOf(lfi.paymentId);
      expect(message.auditSeq).toBe(2);
      expect(message.payload).toEqual<PaymentChanged>({
        entry: created,
        eventType: 'Resource.Created',
        data: expect.objectContaining({ PaymentId: lfi.paymentId, ConsentId: consentId, Status: 'Pending', Instruction: { Amount: aed('20.00') }, PaymentPurposeCode: 'ACM' }),
      });

      // Idempotent: the same answer again changes nothing and sends nothing.
      expect(await bed.log.created(tenant, begun.entry.reservationId, lfiCreated())).toEqual(created);
      expect(await messagesOf(lfi.paymentId)).toHaveLength(1);
    });

    it('hides a payment from another TPP and another tenant (not found, no leak)', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const { paymentId } = await pay(consentId, '10.00');
      expect(await bed.log.find(tenant, paymentId!, 'other-client')).toBeUndefined();
      expect(await bed.log.find(uniqueTenant('other'), paymentId!)).toBeUndefined();
      await expect(bed.log.own(tenant, paymentId!, 'other-client')).rejects.toMatchObject({ name: 'ConsentError', kind: 'not-found', code: 'Resource.NotFound' });
      await expect(bed.log.own(tenant, 'no-such-payment', tpp.clientId)).rejects.toMatchObject({ kind: 'not-found' });
    });

    it('refuses a consent that is not this TPP’s (not found), not Authorized or not a payment consent (Consent.Invalid)', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const stranger = tppRecord();
      await expect(bed.log.begin(attempt(consentId, '10.00', { clientId: stranger.clientId }))).rejects.toMatchObject({ kind: 'not-found', code: 'Resource.NotFound' });
      await expect(bed.log.begin(attempt('no-such-consent', '10.00'))).rejects.toMatchObject({ kind: 'not-found' });

      const waiting = await authorizedPaymentConsent(bed, tenant, tpp, VRP, { authorize: false });
      await expect(bed.log.begin(attempt(waiting, '10.00'))).rejects.toMatchObject({ kind: 'invalid', code: 'Consent.Invalid', message: `Consent ${waiting} is AwaitingAuthorization, not Authorized` });

      await bed.consents.patch(tenant, consentId, { status: ConsentStatus.Suspended }, { actor: 'LFI', interactionId: randomUUID() });
      await expect(bed.log.begin(attempt(consentId, '10.00'))).rejects.toMatchObject({ code: 'Consent.Invalid', message: `Consent ${consentId} is Suspended, not Authorized` });

      // Expired: the consent store expires it on read, so the payment meets an Expired consent.
      const shortLived = await authorizedPaymentConsent(bed, tenant, tpp, VRP, { expires: new Date(NOW.getTime() + 60_000) });
      bed.clock.advance(60_000);
      await expect(bed.log.begin(attempt(shortLived, '10.00'))).rejects.toMatchObject({ code: 'Consent.Invalid', message: `Consent ${shortLived} is Expired, not Authorized` });
      expect(await ds.getRepository('PaymentLogEntity').countBy({ tenantId: tenant })).toBe(0);
    });

    it('refuses a payment outside the ControlParameters with the standard code, storing nothing', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const attemptTooLarge = bed.log.begin(attempt(consentId, '50.01'));
      await expect(attemptTooLarge).rejects.toBeInstanceOf(ConsentError);
      await expect(bed.log.begin(attempt(consentId, '50.01'))).rejects.toMatchObject({
        name: 'ConsentError',
        kind: 'invalid',
        code: 'Consent.FailsControlParameters',
        path: 'Data.Instruction.Amount.Amount',
        message: 'Amount 50.01 AED exceeds the consented MultiPayment.PeriodicSchedule.Controls.MaximumIndividualAmount 50.00 AED',
      });
      await expect(bed.log.begin(attempt(consentId, '10.00', { paymentType: 'cbuae-file-payment' }))).rejects.toMatchObject({ code: 'Consent.BusinessRuleViolation' });
      expect(await rowsOf(consentId)).toBe(0);
    });

    it('keeps a refusal for replay and stops counting it, so the consent can still be used', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, SINGLE);
      const a = attempt(consentId, '100.00');
      const begun = await bed.log.begin(a);
      const refusal = { status: 400, code: 'Consent.BusinessRuleViolation', message: 'Insufficient funds' };
      const refused = await bed.log.refused(tenant, begun.entry.reservationId, refusal);
      expect(refused).toMatchObject({ state: 'Refused', refusal, version: 2 });
      expect(refused).not.toHaveProperty('paymentId');
      expect(await bed.log.begin(a)).toEqual({ kind: 'replay', entry: refused });
      expect(await bed.log.refused(tenant, begun.entry.reservationId, { ...refusal, message: 'again' })).toEqual(refused);

      // The single payment was not made: another attempt may make it.
      const second = await pay(consentId, '100.00');
      expect(second.state).toBe('Created');
      expect(await consentStatus(consentId)).toBe(ConsentStatus.Consumed);
      expect(await consumption(bed, tenant, consentId, SINGLE)).toEqual({ CumulativeNumberOfPayments: 1, CumulativeValueOfPayments: aed('100.00') });
      expect(await messagesOf(begun.entry.reservationId)).toEqual([]);
    });

    it('marks a single payment consent Consumed once the LFI created its payment; the next payment meets a Consumed consent', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, SINGLE);
      const begun = await bed.log.begin(attempt(consentId, '100.00'));
      // While it is in flight the single payment already counts.
      await expect(bed.log.begin(attempt(consentId, '100.00'))).rejects.toMatchObject({ code: 'Consent.BusinessRuleViolation', message: 'The SinglePayment of this consent has already been made' });
      expect(await consentStatus(consentId)).toBe(ConsentStatus.Authorized);
      await bed.log.created(tenant, begun.entry.reservationId, lfiCreated());
      expect(await consentStatus(consentId)).toBe(ConsentStatus.Consumed);
      await expect(bed.log.begin(attempt(consentId, '100.00'))).rejects.toMatchObject({ code: 'Consent.Invalid', message: `Consent ${consentId} is Consumed, not Authorized` });
    });

    it('leaves a multi-payment consent Authorized until it is used up', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      await pay(consentId, '10.00');
      await pay(consentId, '10.00');
      expect(await consentStatus(consentId)).toBe(ConsentStatus.Authorized);
      await pay(consentId, '10.00');
      expect(await consentStatus(consentId)).toBe(ConsentStatus.Consumed);
    });
  });

  describe('idempotency', () => {
    it('answers the same key and body with the first attempt (in flight, then finished), also from a new log instance', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const a = attempt(consentId, '10.00');
      const first = await bed.log.begin(a);
      expect(await bed.log.begin(a)).toEqual({ kind: 'in-flight', entry: first.entry });
      const created = await bed.log.created(tenant, first.entry.reservationId, lfiCreated());
      // A restarted hub: a new log on the same database.
      const restarted = paymentsTestBed(ds, NOW);
      expect(await restarted.log.begin(a)).toEqual({ kind: 'replay', entry: created });
      expect(await rowsOf(consentId)).toBe(1);
    });

    it('refuses the same key with another body (409 GenericError), per TPP and payment type', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const a = attempt(consentId, '10.00');
      await bed.log.begin(a);
      const other = attempt(consentId, '11.00', { idempotencyKey: a.idempotencyKey });
      await expect(bed.log.begin(other)).rejects.toMatchObject({ kind: 'conflict', code: 'GenericError', message: 'The x-idempotency-key was already used with a different request body' });
      // Another TPP may use the same key on its own consent.
      const otherTpp = tppRecord();
      const theirs = await authorizedPaymentConsent(bed, tenant, otherTpp, VRP);
      const theirAttempt = attempt(theirs, '10.00', { idempotencyKey: a.idempotencyKey, clientId: otherTpp.clientId });
      expect((await bed.log.begin(theirAttempt)).kind).toBe('reserved');
    });

    it('makes one reservation of two racing begins with one key', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const a = attempt(consentId, '10.00');
      const results = await Promise.all([bed.log.begin(a), bed.log.begin(a), bed.log.begin(a)]);
      expect(results.map((r) => r.kind).sort()).toEqual(['in-flight', 'in-flight', 'reserved']);
      expect(new Set(results.map((r) => r.entry.reservationId)).size).toBe(1);
      expect(await rowsOf(consentId)).toBe(1);
    });

    it('records the LFI’s one payment once when a racing attempt of its key commits in between (no Resource.Conflict)', async () => {
      // Regression (PostgreSQL, read committed): a created() that read the row as InFlight, then
      // (after another created() of the same reservation committed) found the row itself by the
      // payment id, answered 409 Resource.Conflict. The gate puts that commit exactly there.
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const begun = await bed.log.begin(attempt(consentId, '10.00'));
      const lfi = lfiCreated();
      let first: Promise<unknown> | undefined;
      const changes = new ConsentOutboxPaymentChanges(bed.outbox);
      const gated = new PaymentLog(
        Object.assign(Object.create(changes) as ConsentOutboxPaymentChanges, {
          transaction: <T,>(work: (m: EntityManager) => Promise<T>) =>
            changes.transaction((m) =>
              work(
                new Proxy(m, {
                  get: (target, name, receiver) =>
                    name !== 'findOne'
                      ? Reflect.get(target, name, receiver)
                      : async (...args: Parameters<EntityManager['findOne']>) => {
                          const byPaymentId = 'paymentId' in ((args[1] as { where: object }).where ?? {});
                          // Concurrent transactions only: on SQLite they take turns, and waiting would deadlock.
                          if (byPaymentId && !first && engine === 'postgres') await (first = bed.log.created(tenant, begun.entry.reservationId, lfi));
                          return target.findOne(...args);
                        },
                }),
              ),
            ),
        }),
        new ConsentServicePayments(bed.consents),
        bed.clock,
      );
      const second = await gated.created(tenant, begun.entry.reservationId, lfi);
      expect(first === undefined).toBe(engine === 'sqlite');
      expect(await (first ?? bed.log.created(tenant, begun.entry.reservationId, lfi))).toEqual(second);
      expect(second).toMatchObject({ state: 'Created', paymentId: lfi.paymentId, version: 2 });
      expect(await messagesOf(lfi.paymentId)).toHaveLength(1);
    });

    it('makes one reservation of racing begins with one key on two consents (the unique index decides)', async () => {
      const one = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const two = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const key = randomUUID().replace(/-/g, '');
      const outcomes = await Promise.allSettled([bed.log.begin(attempt(one, '10.00', { idempotencyKey: key })), bed.log.begin(attempt(two, '10.00', { idempotencyKey: key }))]);
      const reserved = outcomes.filter((o) => o.status === 'fulfilled' && o.value.kind === 'reserved');
      expect(reserved).toHaveLength(1);
      // The other has another body (another ConsentId): a conflict.
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason)).toEqual([expect.objectContaining({ code: 'GenericError', kind: 'conflict' })]);
      expect((await rowsOf(one)) + (await rowsOf(two))).toBe(1);
    });
  });

  describe('limits under parallel payments', () => {
    it('never reserves more than a VRP consent allows: 10 parallel begins, 3 allowed → exactly 3', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => bed.log.begin(attempt(consentId, '10.00'))));
      const reserved = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(reserved).toHaveLength(3);
      expect(refused.map((o) => o.reason.code)).toEqual(Array(7).fill('Consent.FailsControlParameters'));
      expect(await rowsOf(consentId)).toBe(3);
    });

    it('never exceeds the value per period under parallel payments: 30.00 each against 100.00 a day → exactly 3', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, { ConsentSchedule: { MultiPayment: { ...VRP.ConsentSchedule.MultiPayment, MaximumCumulativeNumberOfPayments: 50 } } });
      const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => bed.log.begin(attempt(consentId, '30.00'))));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
      expect(await consumption(bed, tenant, consentId, VRP)).toMatchObject({ CumulativeNumberOfPayments: 3, CumulativeValueOfPaymentsInCurrentPeriod: aed('90.00') });
    });
  });

  describe('recordStatus', () => {
    it('moves the status, writing one Resource.Updated message per real change with the previous status', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const created = await pay(consentId, '10.00');
      const id = created.paymentId!;
      bed.clock.advance(1_000);
      const settled = await bed.log.recordStatus(tenant, id, { status: 'AcceptedSettlementCompleted' });
      bed.clock.advance(1_000);
      const credited = await bed.log.recordStatus(tenant, id, { status: 'AcceptedCreditSettlementCompleted', paymentTransactionId: 'AANI-123' });
      expect(credited).toMatchObject({ status: 'AcceptedCreditSettlementCompleted', paymentTransactionId: 'AANI-123', version: 4, statusUpdatedAt: bed.clock.now().toISOString() });
      expect(await bed.log.find(tenant, id)).toEqual(credited);

      const messages = await messagesOf(id);
      expect(messages.map((m) => [m.auditSeq, (m.payload as PaymentChanged).eventType, (m.payload as PaymentChanged).previousStatus])).toEqual([
        [2, 'Resource.Created', undefined],
        [3, 'Resource.Updated', 'Pending'],
        [4, 'Resource.Updated', 'AcceptedSettlementCompleted'],
      ]);
      expect((messages[2].payload as PaymentChanged).entry).toEqual(credited);
      expect((messages[1].payload as PaymentChanged).data).toMatchObject({ Status: 'AcceptedSettlementCompleted', PaymentId: id });
      expect(settled.version).toBe(3);
      expect((messages[2].payload as PaymentChanged).data).toMatchObject({ Status: 'AcceptedCreditSettlementCompleted', PaymentTransactionId: 'AANI-123' });
    });

    it('accepts the same status again as done and refuses any move out of a final status, changing nothing', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const { paymentId } = await pay(consentId, '10.00');
      const pendingAgain = await bed.log.recordStatus(tenant, paymentId!, { status: 'Pending' });
      expect(pendingAgain.version).toBe(2);
      const done = await bed.log.recordStatus(tenant, paymentId!, { status: 'AcceptedCreditSettlementCompleted' });
      for (const status of ['Pending', 'Rejected', 'AcceptedWithoutPosting'] as const) {
        await expect(bed.log.recordStatus(tenant, paymentId!, { status })).rejects.toMatchObject({
          kind: 'transition',
          message: `The payment is AcceptedCreditSettlementCompleted, a final status: it cannot become ${status}`,
        });
      }
      expect(await bed.log.recordStatus(tenant, paymentId!, { status: 'AcceptedCreditSettlementCompleted' })).toEqual(done);
      expect(await bed.log.find(tenant, paymentId!)).toEqual(done);
      expect(await messagesOf(paymentId!)).toHaveLength(2);
    });

    it('answers not found for an unknown id, another tenant, or a payment still in flight', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const { paymentId } = await pay(consentId, '10.00');
      await expect(bed.log.recordStatus(tenant, 'no-such-payment', { status: 'Rejected' })).rejects.toMatchObject({ kind: 'not-found', code: 'Resource.NotFound' });
      await expect(bed.log.recordStatus(uniqueTenant('other'), paymentId!, { status: 'Rejected' })).rejects.toMatchObject({ kind: 'not-found' });
      const inFlight = await bed.log.begin(attempt(consentId, '10.00'));
      await expect(bed.log.recordStatus(tenant, inFlight.entry.reservationId, { status: 'Rejected' })).rejects.toMatchObject({ kind: 'not-found' });
    });

    it('stops counting a Rejected payment: its consumption is free again', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, VRP);
      const first = await pay(consentId, '50.00');
      await pay(consentId, '50.00');
      await expect(bed.log.begin(attempt(consentId, '0.01'))).rejects.toMatchObject({ code: 'Consent.FailsControlParameters' });
      const rejected = await bed.log.recordStatus(tenant, first.paymentId!, { status: 'Rejected', rejectReasonCode: [{ code: 'AANI.AM04', message: 'Insufficient funds' }] });
      expect(rejected.rejectReasonCode).toEqual([{ code: 'AANI.AM04', message: 'Insufficient funds' }]);
      expect((await messagesOf(first.paymentId!)).at(-1)!.payload).toMatchObject({ data: { Status: 'Rejected', RejectReasonCode: [{ Code: 'AANI.AM04', Message: 'Insufficient funds' }] } });
      expect(await consumption(bed, tenant, consentId, VRP)).toMatchObject({ CumulativeNumberOfPayments: 1, CumulativeValueOfPayments: aed('50.00') });
      expect((await bed.log.begin(attempt(consentId, '50.00'))).kind).toBe('reserved');
    });
  });

  describe('consumption', () => {
    it('counts the consent’s payments overall and in the current UAE day', async () => {
      const consentId = await authorizedPaymentConsent(bed, tenant, tpp, { ConsentSchedule: { MultiPayment: { ...VRP.ConsentSchedule.MultiPayment, MaximumCumulativeNumberOfPayments: 10 } } });
      expect(await consumption(bed, tenant, consentId, VRP)).toEqual({
        CumulativeNumberOfPayments: 0,
        CumulativeValueOfPayments: aed('0.00'),
        CumulativeNumberOfPaymentsInCurrentPeriod: 0,
        CumulativeValueOfPaymentsInCurrentPeriod: aed('0.00'),
      });
      await pay(consentId, '40.10');
      bed.clock.advance(1_000);
      await pay(consentId, '9.95');
      // 20:00Z is midnight in the UAE: a new Day.
      bed.clock.set(new Date('2026-03-10T20:00:00Z'));
      await pay(consentId, '0.05');
      expect(await consumption(bed, tenant, consentId, VRP)).toEqual({
        CumulativeNumberOfPayments: 3,
        CumulativeValueOfPayments: aed('50.10'),
        CumulativeNumberOfPaymentsInCurrentPeriod: 1,
        CumulativeValueOfPaymentsInCurrentPeriod: aed('0.05'),
      });
      expect(await consumption(bed, tenant, consentId, VRP, new Date(NOW.getTime() + 2 * DAY_MS))).toMatchObject({ CumulativeNumberOfPaymentsInCurrentPeriod: 0 });
      const listed = await bed.log.listForConsent(tenant, consentId);
      expect(listed.map((e) => e.amount)).toEqual(['40.10', '9.95', '0.05']);
    });
  });
});
