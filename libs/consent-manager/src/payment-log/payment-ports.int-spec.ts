import { ConsentError, ConsentOutbox, consentPersistence, ConsentRevocationHooks, ConsentService, ConsentStatus, type ConsentCaller } from '@hub/consent';
import { SystemClock } from '@hub/kernel';
import type { AuthorizationDetail, TppRecord } from '@hub/ozone-connect';
import type { PaymentChanged, PaymentLogEntry } from '@hub/payments';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { testDatabases } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { ConsentOutboxPaymentChanges } from './consent-outbox-payment-changes';
import { ConsentServicePaymentConsents } from './consent-service-payment-consents';

/**
 * The hub's bindings of the payment log's two ports, on a real database (SQLite always,
 * PostgreSQL with DATABASE_URL / TEST_POSTGRES_URL): the consent port reads a payment consent and
 * marks it Consumed through the consent store, the outbox port writes `tpp.payment-changed` in
 * the transaction of the change.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const TOPIC = 'tpp.payment-changed';
const lfi = (): ConsentCaller => ({ actor: 'LFI', interactionId: randomUUID(), orgId: 'lfi-org', clientId: 'lfi-client', softwareStatementId: 'lfi-ss' });

describe.each(testDatabases('payment-ports'))('the payment log ports on $engine', ({ settings }) => {
  let ds: DataSource;
  let clock: SystemClock;
  let outbox: ConsentOutbox;
  let service: ConsentService;
  let tenant: string;
  let tpp: TppRecord;

  beforeAll(async () => {
    ds = await openDatabase(settings, { entities: consentPersistence.entities, migrations: consentPersistence.migrations, migrationsTableName: 'payment_ports_test_migrations' });
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });
  beforeEach(() => {
    clock = new SystemClock();
    outbox = new ConsentOutbox(ds, clock);
    service = new ConsentService(ds, clock, outbox, new ConsentRevocationHooks());
    tenant = `bank-${randomUUID().slice(0, 8)}`;
    tpp = { clientId: randomUUID(), tppId: 'tpp-1', tppName: 'Payments TPP', softwareStatementId: 'ss-1', orgId: randomUUID(), decodedSsa: { client_name: 'Payments TPP', roles: ['BSIP'] } };
  });

  const paymentConsent = (consentId: string): AuthorizationDetail => ({
    type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
    consent: {
      ConsentId: consentId,
      ExpirationDateTime: new Date(clock.now().getTime() + 30 * DAY_MS).toISOString(),
      ControlParameters: { IsDelegatedAuthentication: false, ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '100.00', Currency: 'AED' } } } },
      PaymentPurposeCode: 'ACM',
    },
  });
  const create = async (status?: ConsentStatus) => {
    const consentId = randomUUID();
    await service.create({ tenantId: tenant, authorizationDetail: paymentConsent(consentId), tpp, interactionId: randomUUID(), requestHeaders: {} }, { actor: 'Hub', interactionId: randomUUID() });
    if (status) await service.patch(tenant, consentId, { status: ConsentStatus.Authorized, psuIdentifiers: { userId: 'psu-1' }, accountIds: ['acc-1'] }, lfi());
    if (status && status !== ConsentStatus.Authorized) await service.patch(tenant, consentId, { status }, lfi());
    return consentId;
  };

  describe('ConsentServicePaymentConsents', () => {
    let consents: ConsentServicePaymentConsents;
    beforeEach(() => {
      consents = new ConsentServicePaymentConsents(service);
    });

    it('reads the consent of this tenant, and not-found for another tenant’s or an unknown one', async () => {
      const consentId = await create(ConsentStatus.Authorized);
      await expect(consents.get(tenant, consentId)).resolves.toMatchObject({ id: consentId, status: 'Authorized', tpp: { clientId: tpp.clientId } });
      await expect(consents.get(`other-${tenant}`, consentId)).rejects.toMatchObject({ name: 'ConsentError', kind: 'not-found' });
      await expect(consents.get(tenant, randomUUID())).rejects.toBeInstanceOf(ConsentError);
    });

    it.each([ConsentStatus.Authorized, ConsentStatus.Suspended])('marks the %s consent Consumed, as the hub, with its audit row and TPP event', async (from) => {
      const consentId = await create(from);
      await consents.markConsumed(tenant, consentId);
      expect((await service.get(tenant, consentId)).status).toBe('Consumed');
      const last = (await service.audit(tenant, consentId)).at(-1)!;
      expect(last).toMatchObject({ operation: 'patch' });
      const events = await ds.getRepository('ConsentOutboxEntity').find({ where: { tenantId: tenant, consentId, topic: 'tpp.consent-changed' }, order: { auditSeq: 'ASC' } });
      expect((events.at(-1)!.payload as { consent: { status: string }; previousStatus: string })).toMatchObject({ consent: { status: 'Consumed' }, previousStatus: from });
    });

    it('leaves a consent already final as it is: consumed again, revoked or expired', async () => {
      const consumed = await create(ConsentStatus.Authorized);
      await consents.markConsumed(tenant, consumed);
      const audit = (await service.audit(tenant, consumed)).length;
      await consents.markConsumed(tenant, consumed);
      expect((await service.audit(tenant, consumed)).length).toBe(audit);
      for (const final of [ConsentStatus.Revoked, ConsentStatus.Expired]) {
        const consentId = await create(final);
        await expect(consents.markConsumed(tenant, consentId)).resolves.toBeUndefined();
        expect((await service.get(tenant, consentId)).status).toBe(final);
      }
    });

    it('refuses a consent never authorized (the state machine has no AwaitingAuthorization → Consumed)', async () => {
      const consentId = await create();
      await expect(consents.markConsumed(tenant, consentId)).rejects.toMatchObject({ name: 'ConsentError', kind: 'transition' });
      expect((await service.get(tenant, consentId)).status).toBe('AwaitingAuthorization');
    });
  });

  describe('ConsentOutboxPaymentChanges', () => {
    let changes: ConsentOutboxPaymentChanges;
    beforeEach(() => {
      changes = new ConsentOutboxPaymentChanges(outbox);
    });

    const entry = (o: Partial<PaymentLogEntry> = {}): PaymentLogEntry => ({
      tenantId: tenant,
      paymentId: `pay-${randomUUID().slice(0, 12)}`,
      reservationId: randomUUID(),
      consentId: randomUUID(),
      paymentType: 'cbuae-payment',
      clientId: tpp.clientId,
      organisationId: tpp.orgId,
      softwareStatementId: tpp.softwareStatementId,
      idempotencyKey: randomUUID(),
      requestHash: 'hash',
      state: 'Created',
      amount: '100.00',
      currency: 'AED',
      status: 'Pending',
      request: { Data: {} },
      createdAt: clock.now().toISOString(),
      statusUpdatedAt: clock.now().toISOString(),
      version: 2,
      ...o,
    });
    const changeOf = (e: PaymentLogEntry): PaymentChanged => ({ entry: e, eventType: 'Resource.Created', data: { PaymentId: e.paymentId, Status: e.status } });
    const messages = (key: string) => ds.getRepository('ConsentOutboxEntity').find({ where: { tenantId: tenant, consentId: key, topic: TOPIC }, order: { auditSeq: 'ASC' } });

    it('writes the change as a tpp.payment-changed message keyed by the payment id, ordered by the entry’s version, payload as given', async () => {
      const e = entry();
      await changes.transaction((m) => changes.enqueue(m, changeOf(e), clock.now()));
      await changes.transaction((m) => changes.enqueue(m, { ...changeOf({ ...e, status: 'Rejected', version: 3 }), eventType: 'Resource.Updated', previousStatus: 'Pending' }, clock.now()));
      const written = await messages(e.paymentId!);
      expect(written.map((w) => [w.auditSeq, w.topic])).toEqual([
        [2, TOPIC],
        [3, TOPIC],
      ]);
      expect(written[0].payload).toEqual(JSON.parse(JSON.stringify(changeOf(e))));
      expect(written[1].payload).toMatchObject({ entry: { status: 'Rejected' }, previousStatus: 'Pending', eventType: 'Resource.Updated' });
    });

    it('keys an entry the LFI gave no id yet by its reservation id', async () => {
      const e = entry({ paymentId: undefined, state: 'InFlight', status: undefined });
      await changes.transaction((m) => changes.enqueue(m, changeOf(e), clock.now()));
      expect(await messages(e.reservationId)).toHaveLength(1);
    });

    it('writes nothing when the change’s transaction fails', async () => {
      const e = entry();
      await expect(
        changes.transaction(async (m) => {
          await changes.enqueue(m, changeOf(e), clock.now());
          throw new Error('the payment log refused');
        }),
      ).rejects.toThrow('the payment log refused');
      expect(await messages(e.paymentId!)).toEqual([]);
    });

    it('reads in turn with the writers', async () => {
      const e = entry();
      await changes.transaction((m) => changes.enqueue(m, changeOf(e), clock.now()));
      await expect(changes.read((m) => m.getRepository('ConsentOutboxEntity').countBy({ tenantId: tenant, topic: TOPIC }))).resolves.toBe(1);
    });
  });
});
