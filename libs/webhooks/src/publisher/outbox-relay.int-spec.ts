import { consentPersistence, ConsentOutbox, ConsentRevocationHooks, ConsentService, ConsentStatus, type ConsentCaller } from '@hub/consent';
import { ConsentOutboxPaymentChanges, ConsentOutboxResourceChanges, ConsentServicePaymentConsents } from '@hub/consent-manager';
import { PaymentLog, paymentsPersistence, type PaymentChanged, type PaymentLogEntry } from '@hub/payments';
import { resourceLogsPersistence, ResourceLogStore, type ResourceWebhook } from '@hub/resource-logs';
import { findRootDir, loadConfig, SystemClock, tenantUrls, type SandboxConfig } from '@hub/kernel';
import type { AuthorizationDetail, TppRecord } from '@hub/ozone-connect';
import { readOfficialSpec, testDatabases, validateAgainstComponent } from '@hub/testing';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { DeliveryStore } from '../delivery/delivery-store';
import { WebhookDeliveryEntity } from '../store/webhook-delivery.entity';
import { webhooksPersistence } from '../store/webhooks-persistence';
import { OutboxRelay } from './outbox-relay';

/**
 * The hub's transactional outbox (`tpp.consent-changed`, written by ConsentService with each
 * status change) → webhook deliveries, on one database holding both libraries' tables.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const WEBHOOK_URL = 'https://tpp.example/webhooks';
const hub = (): ConsentCaller => ({ actor: 'Hub', interactionId: randomUUID() });
const lfi = (): ConsentCaller => ({ actor: 'LFI', interactionId: randomUUID(), orgId: 'lfi-org', clientId: 'lfi-client', softwareStatementId: 'lfi-ss' });

describe.each(testDatabases('webhook-relay'))('the outbox relay on $engine', ({ settings }) => {
  let ds: DataSource;
  const baseConfig: SandboxConfig = loadConfig({ LOG_LEVEL: 'silent' }, findRootDir());
  let config: SandboxConfig;
  let clock: SystemClock;
  let outbox: ConsentOutbox;
  let service: ConsentService;
  let store: DeliveryStore;
  let relay: OutboxRelay;
  /** A tenant of its own per test (messages of every tenant share the outbox). */
  let tenant: string;
  let tpp: TppRecord;

  beforeAll(async () => {
    ds = await openDatabase(settings, {
      entities: [...consentPersistence.entities, ...resourceLogsPersistence.entities, ...webhooksPersistence.entities, ...paymentsPersistence.entities],
      migrations: [...consentPersistence.migrations, ...resourceLogsPersistence.migrations, ...webhooksPersistence.migrations, ...paymentsPersistence.migrations],
    });
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });
  beforeEach(async () => {
    tenant = `bank-${randomUUID().slice(0, 8)}`;
    config = { ...baseConfig, tenants: [...baseConfig.tenants, { id: tenant, name: 'Relay Bank', sector: 'banking' }] };
    clock = new SystemClock();
    outbox = new ConsentOutbox(ds, clock);
    service = new ConsentService(ds, clock, outbox, new ConsentRevocationHooks());
    store = new DeliveryStore(ds);
    relay = new OutboxRelay(outbox, store, config, clock, service);
    tpp = { clientId: randomUUID(), tppId: 'tpp-1', tppName: 'Relay TPP', softwareStatementId: 'ss-1', orgId: randomUUID(), decodedSsa: { client_name: 'Relay TPP', roles: ['BDSP', 'BSIP'] } };
    // Earlier tests' leftovers (none expected) must not count against this one.
    while ((await relay.relayOnce()) > 0);
  });
  afterEach(() => jest.restoreAllMocks());

  const accountAccess = (consentId: string, webhook?: { Url?: string; IsActive?: boolean }): AuthorizationDetail => ({
    type: 'urn:openfinanceuae:account-access-consent:v2.1',
    consent: {
      ConsentId: consentId,
      Permissions: ['ReadAccountsBasic', 'ReadBalances'],
      ExpirationDateTime: new Date(clock.now().getTime() + 30 * DAY_MS).toISOString(),
      OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' },
    },
    ...(webhook ? { subscription: { Webhook: webhook } } : {}),
  });
  const create = (detail: AuthorizationDetail) =>
    service.create({ tenantId: tenant, authorizationDetail: detail, tpp, parId: `urn:ietf:params:oauth:request_uri:${randomUUID()}`, interactionId: randomUUID(), requestHeaders: {} }, hub());
  const authorize = (consentId: string, accountIds = ['acc-1']) => service.patch(tenant, consentId, { status: ConsentStatus.Authorized, psuIdentifiers: { userId: 'psu-1' }, accountIds }, lfi());
  const setStatus = (consentId: string, status: ConsentStatus) => service.patch(tenant, consentId, { status }, lfi());
  const deliveries = () => ds.getRepository(WebhookDeliveryEntity).find({ where: { tenantId: tenant }, order: { sequence: 'ASC' } });
  const pendingTppEvents = async () => (await outbox.claimDue('tpp.consent-changed', new Date(clock.now().getTime() + 10 * 60_000), 1_000, 1)).filter((m) => m.tenantId === tenant);
  const relayAll = async () => {
    let total = 0;
    for (let n = await relay.relayOnce(); n > 0; n = await relay.relayOnce()) total += n;
    return total;
  };

  it('turns the status change of a subscribed consent into one waiting delivery to its TPP', async () => {
    const consentId = randomUUID();
    await create(accountAccess(consentId, { Url: WEBHOOK_URL, IsActive: true }));
    const authorized = await authorize(consentId);
    expect(await relay.relayOnce()).toBe(1);

    const [d] = await deliveries();
    const urls = tenantUrls(config, config.tenants.find((t) => t.id === tenant)!);
    expect(d).toMatchObject({ tenantId: tenant, clientId: tpp.clientId, resourceId: consentId, sequence: 2, eventType: 'Resource.Updated', url: WEBHOOK_URL, status: 'waiting', generation: 0, attempts: 0 });
    expect(d.claims).toMatchObject({
      iss: urls.issuer,
      aud: [tpp.clientId],
      jti: d.id,
      message: {
        Data: { ConsentId: consentId, Status: 'Authorized' },
        Meta: { EventType: 'Resource.Updated', ConsentId: consentId, EventResource: `${urls.resourceServerUrl}/open-finance/account-information/v2.1/account-access-consents/${consentId}` },
      },
    });
    expect(d.claims.message.Data.StatusUpdateDateTime).toBe(authorized.ozoneSupplementaryInformation?.statusUpdateDateTime);
    // The message is settled: nothing more to relay, nothing left in the outbox for the TPP topic.
    expect(await relay.relayOnce()).toBe(0);
    expect(await pendingTppEvents()).toEqual([]);
  });

  it('settles the change of a consent without an active subscription, recording no delivery', async () => {
    const inactive = randomUUID();
    const none = randomUUID();
    await create(accountAccess(inactive, { Url: WEBHOOK_URL, IsActive: false }));
    await create(accountAccess(none));
    await authorize(inactive);
    await authorize(none);
    expect(await relayAll()).toBe(2);
    expect(await deliveries()).toEqual([]);
    expect(await pendingTppEvents()).toEqual([]);
  });

  it("relays a consent's changes in order, one per pass, and only the first is a head", async () => {
    const consentId = randomUUID();
    await create(accountAccess(consentId, { Url: WEBHOOK_URL, IsActive: true }));
    await authorize(consentId);
    await setStatus(consentId, ConsentStatus.Suspended);
    await setStatus(consentId, ConsentStatus.Authorized);
    // The outbox hands out only the earliest open message of a consent: one per pass.
    expect(await relay.relayOnce()).toBe(1);
    expect(await relay.relayOnce()).toBe(1);
    expect(await relay.relayOnce()).toBe(1);
    expect(await relay.relayOnce()).toBe(0);
    const ds_ = await deliveries();
    expect(ds_.map((d) => [d.sequence, d.claims.message.Data.Status])).toEqual([
      [2, 'Authorized'],
      [3, 'Suspended'],
      [4, 'Authorized'],
    ]);
    expect((await store.heads(10_000)).filter((h) => h.tenantId === tenant).map((h) => h.sequence)).toEqual([2]);
  });

  it('records once when a relay dies between recording and settling, and the message comes round again', async () => {
    const consentId = randomUUID();
    await create(accountAccess(consentId, { Url: WEBHOOK_URL, IsActive: true }));
    await authorize(consentId);
    jest.spyOn(outbox, 'markDelivered').mockRejectedValueOnce(new Error('relay crashed'));
    await expect(relay.relayOnce()).rejects.toThrow('relay crashed');
    expect(await deliveries()).toHaveLength(1);
    // Hidden for the claim's lease, then offered again.
    expect(await relay.relayOnce()).toBe(0);
    clock.advance(31_000);
    expect(await relay.relayOnce()).toBe(1);
    expect(await deliveries()).toHaveLength(1);
    expect(await relay.relayOnce()).toBe(0);
  });

  it('never hands one message to two relays running at once', async () => {
    const consentId = randomUUID();
    await create(accountAccess(consentId, { Url: WEBHOOK_URL, IsActive: true }));
    await authorize(consentId);
    const counts = await Promise.all([relay.relayOnce(), new OutboxRelay(outbox, store, config, clock, service).relayOnce()]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await deliveries()).toHaveLength(1);
  });

  it('follows the subscription as the TPP last patched it: switched on with a new URL, or switched off', async () => {
    const tppCaller = (): ConsentCaller => ({ actor: 'TPP', interactionId: randomUUID(), orgId: tpp.orgId, clientId: tpp.clientId, softwareStatementId: tpp.softwareStatementId });
    const on = randomUUID();
    const off = randomUUID();
    await create(accountAccess(on, { Url: WEBHOOK_URL, IsActive: false }));
    await create(accountAccess(off, { Url: WEBHOOK_URL, IsActive: true }));
    await service.patch(tenant, on, { subscription: { Webhook: { Url: 'https://tpp.example/new-hook', IsActive: true } } }, tppCaller());
    await service.patch(tenant, off, { subscription: { Webhook: { IsActive: false } } }, tppCaller());
    // A subscription change is not a status change: no event of its own.
    expect(await relayAll()).toBe(0);
    await authorize(on);
    await authorize(off);
    await relayAll();
    expect((await deliveries()).map((d) => [d.resourceId, d.url])).toEqual([[on, 'https://tpp.example/new-hook']]);
  });

  it('keeps the PII of a payment consent out of the claims', async () => {
    const consentId = randomUUID();
    await create({
      type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
      consent: {
        ConsentId: consentId,
        ExpirationDateTime: new Date(clock.now().getTime() + 30 * DAY_MS).toISOString(),
        ControlParameters: {
          IsDelegatedAuthentication: false,
          ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '100.00', Currency: 'AED' } } },
        },
        PersonalIdentifiableInformation: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.secret.pii.jwe.parts',
        PaymentPurposeCode: 'ACM',
      },
      subscription: { Webhook: { Url: WEBHOOK_URL, IsActive: true } },
    });
    await authorize(consentId, ['acc-1']);
    await relayAll();
    const [d] = await deliveries();
    expect(d.claims.message.Meta.EventResource).toMatch(/\/open-finance\/payment\/v2\.1\/payment-consents\//);
    expect(JSON.stringify(d.claims)).not.toContain('secret.pii');
    expect(JSON.stringify(d.claims)).not.toContain('PersonalIdentifiableInformation');
  });

  describe('status changes of FX quotes and account openings (tpp.resource-changed)', () => {
    let logs: ResourceLogStore;
    beforeEach(() => {
      logs = new ResourceLogStore(new ConsentOutboxResourceChanges(outbox), clock);
    });
    const openFxQuote = async (webhook?: ResourceWebhook) => {
      const logId = randomUUID();
      await logs.open({
        tenantId: tenant,
        kind: 'fx-quote',
        logId,
        clientId: tpp.clientId,
        organisationId: tpp.orgId,
        softwareStatementId: tpp.softwareStatementId,
        status: 'Available',
        resourcePath: `/open-finance/fx/v2.1/fx-quotes/${logId}`,
        ...(webhook ? { webhook } : {}),
      });
      return logId;
    };
    const pendingResourceEvents = async () => (await outbox.claimDue('tpp.resource-changed', new Date(clock.now().getTime() + 10 * 60_000), 1_000, 1)).filter((m) => m.tenantId === tenant);

    it('turns the change of a subscribed FX quote into exactly one waiting delivery to its TPP', async () => {
      const logId = await openFxQuote({ Url: WEBHOOK_URL, IsActive: true });
      await logs.recordStatus(tenant, 'fx-quote', logId, { status: 'Funded', details: { AdditionalStatusInformation: 'Funds received' } });
      expect(await relayAll()).toBe(1);

      const all = await deliveries();
      expect(all).toHaveLength(1);
      const [d] = all;
      const urls = tenantUrls(config, config.tenants.find((t) => t.id === tenant)!);
      expect(d).toMatchObject({ tenantId: tenant, clientId: tpp.clientId, resourceId: logId, sequence: 2, eventType: 'Resource.Updated', url: WEBHOOK_URL, status: 'waiting', attempts: 0 });
      expect(d.claims).toEqual({
        iss: urls.issuer,
        aud: [tpp.clientId],
        jti: d.id,
        message: {
          Data: { FxQuoteId: logId, QuoteStatus: 'Funded', AdditionalStatusInformation: 'Funds received' },
          Meta: { EventDateTime: expect.any(String), EventResource: `${urls.resourceServerUrl}/open-finance/fx/v2.1/fx-quotes/${logId}`, EventType: 'Resource.Updated', FxQuoteId: logId },
        },
      });
      expect(await relay.relayOnce()).toBe(0);
      expect(await pendingResourceEvents()).toEqual([]);
    });

    it('settles the change of a quote without an active subscription, recording no delivery', async () => {
      const inactive = await openFxQuote({ Url: WEBHOOK_URL, IsActive: false });
      const none = await openFxQuote();
      await logs.recordStatus(tenant, 'fx-quote', inactive, { status: 'Funded' });
      await logs.recordStatus(tenant, 'fx-quote', none, { status: 'Expired' });
      expect(await relayAll()).toBe(2);
      expect(await deliveries()).toEqual([]);
      expect(await pendingResourceEvents()).toEqual([]);
    });

    it('delivers an account opening by AccountId, and a quote’s changes in order after the TPP subscribed', async () => {
      const logId = await openFxQuote();
      await logs.setWebhook(tenant, 'fx-quote', logId, tpp.clientId, { Url: WEBHOOK_URL, IsActive: true });
      await logs.recordStatus(tenant, 'fx-quote', logId, { status: 'Accepted' });
      await logs.recordStatus(tenant, 'fx-quote', logId, { status: 'Funded' });
      await logs.recordStatus(tenant, 'fx-quote', logId, { status: 'Funded' }); // a retried patch: no event
      await logs.recordStatus(tenant, 'fx-quote', logId, { status: 'Cancelled' });
      const accountId = `acc-${randomUUID().slice(0, 8)}`;
      await logs.open({ tenantId: tenant, kind: 'account-opening', logId: accountId, clientId: tpp.clientId, organisationId: tpp.orgId, softwareStatementId: tpp.softwareStatementId, status: 'Pending', resourcePath: `/open-finance/account-opening/v2.1/accounts/${accountId}`, webhook: { Url: WEBHOOK_URL, IsActive: true }, facts: { LinkedOperations: { FxQuoteId: logId } } });
      await logs.recordStatus(tenant, 'account-opening', accountId, { status: 'Completed' });

      expect(await relayAll()).toBe(4);
      const quote = (await deliveries()).filter((d) => d.resourceId === logId);
      expect(quote.map((d) => [d.sequence, d.claims.message.Data.QuoteStatus])).toEqual([
        [3, 'Accepted'],
        [4, 'Funded'],
        [5, 'Cancelled'],
      ]);
      const [opening, ...more] = (await deliveries()).filter((d) => d.resourceId === accountId);
      expect(more).toEqual([]);
      expect(opening.claims.message.Meta).toMatchObject({ AccountId: accountId, EventType: 'Resource.Updated' });
      expect(opening.claims.message.Meta).not.toHaveProperty('FxQuoteId');
      expect(opening.claims.message.Data).toMatchObject({ AccountId: accountId, OpeningStatus: 'Completed', LinkedOperations: { FxQuoteId: logId } });
      // Only the earliest waiting delivery of each resource is a head.
      expect((await store.heads(10_000)).filter((h) => h.tenantId === tenant).map((h) => [h.resourceId, h.sequence]).sort()).toEqual([[accountId, 2], [logId, 3]].sort());
    });

    it('relays consent and resource changes in the same pass', async () => {
      const consentId = randomUUID();
      await create(accountAccess(consentId, { Url: WEBHOOK_URL, IsActive: true }));
      await authorize(consentId);
      const logId = await openFxQuote({ Url: WEBHOOK_URL, IsActive: true });
      await logs.recordStatus(tenant, 'fx-quote', logId, { status: 'Rejected' });
      expect(await relay.relayOnce()).toBe(2);
      expect((await deliveries()).map((d) => d.resourceId).sort()).toEqual([consentId, logId].sort());
    });
  });

  describe('payments created and changed (tpp.payment-changed)', () => {
    let changes: ConsentOutboxPaymentChanges;
    beforeEach(() => {
      changes = new ConsentOutboxPaymentChanges(outbox);
    });
    const paymentConsent = async (webhook?: { Url?: string; IsActive?: boolean }) => {
      const consentId = randomUUID();
      await create({
        type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
        consent: {
          ConsentId: consentId,
          ExpirationDateTime: new Date(clock.now().getTime() + 30 * DAY_MS).toISOString(),
          ControlParameters: { IsDelegatedAuthentication: false, ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '100.00', Currency: 'AED' } } } },
          PaymentPurposeCode: 'ACM',
        },
        ...(webhook ? { subscription: { Webhook: webhook } } : {}),
      });
      await authorize(consentId, ['acc-1']);
      return consentId;
    };
    const entryOf = (consentId: string, o: Partial<PaymentLogEntry> = {}): PaymentLogEntry => ({
      tenantId: tenant,
      paymentId: `pay-${randomUUID().slice(0, 12)}`,
      reservationId: randomUUID(),
      consentId,
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
      request: { Data: { ConsentId: consentId } },
      createdAt: clock.now().toISOString(),
      statusUpdatedAt: clock.now().toISOString(),
      version: 2,
      ...o,
    });
    /** Writes the change's message as the payment log does: in a transaction of the outbox port. */
    const publish = (entry: PaymentLogEntry, eventType: PaymentChanged['eventType'] = 'Resource.Updated') =>
      changes.transaction((m) => changes.enqueue(m, { entry, eventType, data: { PaymentId: entry.paymentId, ConsentId: entry.consentId, Status: entry.status } }, clock.now()));
    const paymentDeliveries = async (paymentId: string) => (await deliveries()).filter((d) => d.resourceId === paymentId);
    const pendingPaymentEvents = async () => (await outbox.claimDue('tpp.payment-changed', new Date(clock.now().getTime() + 10 * 60_000), 1_000, 1)).filter((m) => m.tenantId === tenant);

    it('turns a payment’s creation and status changes on a subscribed consent into deliveries to its TPP, in order', async () => {
      const consentId = await paymentConsent({ Url: WEBHOOK_URL, IsActive: true });
      const created = entryOf(consentId);
      await publish(created, 'Resource.Created');
      await publish({ ...created, status: 'AcceptedSettlementCompleted', version: 3 });
      await relayAll();

      const urls = tenantUrls(config, config.tenants.find((t) => t.id === tenant)!);
      const [first, second, ...more] = await paymentDeliveries(created.paymentId!);
      expect(more).toEqual([]);
      expect(first).toMatchObject({ tenantId: tenant, clientId: tpp.clientId, sequence: 2, eventType: 'Resource.Created', url: WEBHOOK_URL, status: 'waiting' });
      expect(first.claims).toEqual({
        iss: urls.issuer,
        aud: [tpp.clientId],
        jti: first.id,
        message: {
          Data: { PaymentId: created.paymentId, ConsentId: consentId, Status: 'Pending' },
          Meta: {
            EventDateTime: expect.any(String),
            EventResource: `${urls.resourceServerUrl}/open-finance/payment/v2.1/payments/${created.paymentId}`,
            EventType: 'Resource.Created',
            ConsentId: consentId,
            PaymentId: created.paymentId,
          },
        },
      });
      expect(second).toMatchObject({ sequence: 3, eventType: 'Resource.Updated', claims: { message: { Data: { Status: 'AcceptedSettlementCompleted' } } } });
      // Only the earliest waiting delivery of a payment is a head; the consent's own event is another resource.
      expect((await store.heads(10_000)).filter((h) => h.resourceId === created.paymentId).map((h) => h.sequence)).toEqual([2]);
      expect(await pendingPaymentEvents()).toEqual([]);
    });

    it('points a file payment’s events at /file-payments', async () => {
      const consentId = await paymentConsent({ Url: WEBHOOK_URL, IsActive: true });
      const file = entryOf(consentId, { paymentType: 'cbuae-file-payment' });
      await publish(file, 'Resource.Created');
      await relayAll();
      const [d] = await paymentDeliveries(file.paymentId!);
      expect(d.claims.message.Meta.EventResource).toMatch(new RegExp(`/open-finance/payment/v2\\.1/file-payments/${file.paymentId}$`));
    });

    it('settles, without a delivery, the events of a payment whose consent has no active subscription', async () => {
      const inactive = entryOf(await paymentConsent({ Url: WEBHOOK_URL, IsActive: false }));
      const none = entryOf(await paymentConsent());
      await publish(inactive, 'Resource.Created');
      await publish(none, 'Resource.Created');
      await relayAll();
      expect(await paymentDeliveries(inactive.paymentId!)).toEqual([]);
      expect(await paymentDeliveries(none.paymentId!)).toEqual([]);
      expect(await pendingPaymentEvents()).toEqual([]);
    });

    it('follows the consent’s subscription as it is when the event is relayed: switched off, then on with a new URL', async () => {
      const tppCaller = (): ConsentCaller => ({ actor: 'TPP', interactionId: randomUUID(), orgId: tpp.orgId, clientId: tpp.clientId, softwareStatementId: tpp.softwareStatementId });
      const consentId = await paymentConsent({ Url: WEBHOOK_URL, IsActive: true });
      const payment = entryOf(consentId);
      await relayAll();
      await service.patch(tenant, consentId, { subscription: { Webhook: { IsActive: false } } }, tppCaller());
      await publish(payment, 'Resource.Created');
      await relayAll();
      expect(await paymentDeliveries(payment.paymentId!)).toEqual([]);

      await service.patch(tenant, consentId, { subscription: { Webhook: { Url: 'https://tpp.example/new-hook', IsActive: true } } }, tppCaller());
      await publish({ ...payment, status: 'Rejected', version: 3 });
      await relayAll();
      expect((await paymentDeliveries(payment.paymentId!)).map((d) => [d.sequence, d.url, d.claims.message.Data.Status])).toEqual([[3, 'https://tpp.example/new-hook', 'Rejected']]);
    });

    it('delivers what the payment log writes: created, then each status the LFI reports, as the webhook template’s payment events', async () => {
      const consentId = await paymentConsent({ Url: WEBHOOK_URL, IsActive: true });
      const log = new PaymentLog(changes, new ConsentServicePaymentConsents(service), clock);
      const request = { Data: { ConsentId: consentId, Instruction: { Amount: { Amount: '100.00', Currency: 'AED' } }, PaymentPurposeCode: 'ACM', OpenFinanceBilling: { Type: 'PushP2P' } } };
      const begun = await log.begin({ tenantId: tenant, consentId, paymentType: 'cbuae-payment', clientId: tpp.clientId, organisationId: tpp.orgId, softwareStatementId: tpp.softwareStatementId, idempotencyKey: randomUUID(), requestHash: 'h', amount: '100.00', currency: 'AED', request });
      const paymentId = `pay-${randomUUID().slice(0, 12)}`;
      await log.created(tenant, begun.entry.reservationId, { paymentId, status: 'Pending', data: { id: paymentId, status: 'Pending', creationDateTime: clock.now().toISOString() } });
      await log.recordStatus(tenant, paymentId, { status: 'Rejected', rejectReasonCode: [{ code: 'AANI.AM04', message: 'Insufficient funds' }] });
      await relayAll();

      const template = readOfficialSpec('standards/v2.1-errata2/uae-webhook-template-openapi.yaml');
      const sent = await paymentDeliveries(paymentId);
      expect(sent.map((d) => [d.sequence, d.eventType, d.claims.message.Data.Status])).toEqual([
        [2, 'Resource.Created', 'Pending'],
        [3, 'Resource.Updated', 'Rejected'],
      ]);
      for (const d of sent) {
        expect(d.claims.message.Meta).toMatchObject({ ConsentId: consentId, PaymentId: paymentId });
        expect(validateAgainstComponent(template, 'AEWebhookPaymentInitiationEventProperties', d.claims.message).errors).toBe('No errors');
      }
    });

    it('relays consent, resource and payment changes in the same pass', async () => {
      const consentId = await paymentConsent({ Url: WEBHOOK_URL, IsActive: true });
      const payment = entryOf(consentId);
      await publish(payment, 'Resource.Created');
      expect(await relay.relayOnce()).toBe(2);
      expect((await deliveries()).map((d) => d.resourceId).sort()).toEqual([consentId, payment.paymentId].sort());
    });
  });

  it('settles, without a delivery, a message of a tenant the configuration no longer has', async () => {
    const consentId = randomUUID();
    await create(accountAccess(consentId, { Url: WEBHOOK_URL, IsActive: true }));
    await authorize(consentId);
    expect(await new OutboxRelay(outbox, store, baseConfig, clock, service).relayOnce()).toBeGreaterThanOrEqual(1);
    expect(await deliveries()).toEqual([]);
    expect(await pendingTppEvents()).toEqual([]);
  });
});
