import { ConsentError, ConsentOutbox, consentPersistence } from '@hub/consent';
import { Clock } from '@hub/kernel';
import { dropDatabase, openDatabase, type DatabaseSettings } from '@hub/persistence';
import { testDatabases } from '@hub/testing';
import { resourceLogsPersistence, ResourceLogStore, type NewResourceLog, type ResourceChanged, type ResourceLogKind } from '@hub/resource-logs';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { ConsentOutboxResourceChanges } from './consent-outbox-resource-changes';

/** The hub's tables of both stores, as the hub registers them (consents, then resource logs). */
function openHubStores(settings: DatabaseSettings): Promise<DataSource> {
  return openDatabase(settings, {
    entities: [...consentPersistence.entities, ...resourceLogsPersistence.entities],
    migrations: [...consentPersistence.migrations, ...resourceLogsPersistence.migrations],
    migrationsTableName: 'resource_log_test_migrations',
  });
}

async function closeHubStores(ds: DataSource | undefined, settings: DatabaseSettings): Promise<void> {
  if (ds?.isInitialized) await ds.destroy();
  await dropDatabase(settings);
  rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
}

const uniqueTenant = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

/**
 * The resource logs on the consent store's outbox (the hub's wiring of the outbox port), on a real database (SQLite always, PostgreSQL with
 * DATABASE_URL / TEST_POSTGRES_URL): ownership, the status rules, and the `tpp.resource-changed`
 * outbox message written with each status change in the same transaction.
 */
const TOPIC = 'tpp.resource-changed';
const TRADE = { SellAmount: { Currency: 'AED', Amount: '3672.50' }, BuyAmount: { Currency: 'USD', Amount: '1000.00' } };
const COMMISSION = { CommissionAmount: { Currency: 'AED', Amount: '1.25' } };

/** Time stands still unless the test moves it, so every instant a change records is known. */
class TestClock extends Clock {
  private ms = Date.now();
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

describe.each(testDatabases('resource-logs'))('the resource log store on $engine', ({ engine, settings }) => {
  let ds: DataSource;
  let clock: TestClock;
  let outbox: ConsentOutbox;
  let store: ResourceLogStore;
  let tenant: string;
  let clientId: string;

  beforeAll(async () => {
    ds = await openHubStores(settings);
  });
  afterAll(() => closeHubStores(ds, settings));
  beforeEach(() => {
    clock = new TestClock();
    outbox = new ConsentOutbox(ds, clock);
    store = new ResourceLogStore(new ConsentOutboxResourceChanges(outbox), clock);
    tenant = uniqueTenant('bank');
    clientId = `client-${randomUUID()}`;
  });
  afterEach(() => jest.restoreAllMocks());

  const fxQuote = (o: Partial<NewResourceLog> = {}): NewResourceLog => {
    const logId = o.logId ?? randomUUID();
    return {
      tenantId: tenant,
      kind: 'fx-quote',
      logId,
      clientId,
      organisationId: 'org-1',
      softwareStatementId: 'ss-1',
      status: 'Available',
      resourcePath: `/open-finance/fx/v2.1/fx-quotes/${logId}`,
      ...o,
    };
  };
  const opening = (o: Partial<NewResourceLog> = {}): NewResourceLog => {
    const logId = o.logId ?? `acc-${randomUUID().slice(0, 12)}`;
    return fxQuote({ kind: 'account-opening', logId, status: 'Pending', resourcePath: `/open-finance/account-opening/v2.1/accounts/${logId}`, ...o });
  };
  const lfi = (status: string, details?: Record<string, unknown>) => ({ status, details });
  /** Outbox messages of one resource, in the order they were written. */
  const messagesOf = (logId: string) => ds.getRepository('ConsentOutboxEntity').find({ where: { tenantId: tenant, consentId: logId, topic: TOPIC }, order: { auditSeq: 'ASC' } });
  const rowOf = (kind: ResourceLogKind, logId: string) => ds.getRepository('ResourceLogEntity').findOneBy({ tenantId: tenant, kind, logId });
  /** Claims of this test's tenant only: other tests' messages share the table. */
  const claimOwn = async (now = new Date(clock.now().getTime() + 1_000)) => (await outbox.claimDue(TOPIC, now, 1_000, 1)).filter((m) => m.tenantId === tenant);

  describe('open, find and own', () => {
    it('stores a new log as given, at version 1, and its TPP owns it', async () => {
      const expiresAt = new Date(clock.now().getTime() + 30_000);
      const entry = fxQuote({ webhook: { Url: 'https://tpp.example/hook', IsActive: true }, facts: { Rate: { Value: '3.6725' } }, expiresAt });
      const opened = await store.open(entry);
      expect(opened).toEqual({
        tenantId: tenant,
        kind: 'fx-quote',
        logId: entry.logId,
        clientId,
        organisationId: 'org-1',
        softwareStatementId: 'ss-1',
        status: 'Available',
        resourcePath: entry.resourcePath,
        statusDetails: {},
        facts: { Rate: { Value: '3.6725' } },
        webhook: { Url: 'https://tpp.example/hook', IsActive: true },
        expiresAt: expiresAt.toISOString(),
        createdAt: expect.any(String),
        statusUpdatedAt: expect.any(String),
        version: 1,
      });
      expect(opened.statusUpdatedAt).toBe(opened.createdAt);
      // Read back from the database, JSON and instants come back identical on both engines.
      expect(await store.own(tenant, 'fx-quote', entry.logId, clientId)).toEqual(opened);
      expect(await store.find(tenant, 'fx-quote', entry.logId)).toEqual(opened);
      expect(await store.find(tenant, 'fx-quote', entry.logId, clientId)).toEqual(opened);
    });

    it('keeps the line of an insurance quote and leaves out what is absent', async () => {
      const quoteId = randomUUID();
      const opened = await store.open(fxQuote({ kind: 'insurance-quote', logId: quoteId, line: 'motor', status: 'Pending', resourcePath: `/open-finance/insurance/v2.1/motor-insurance-quotes/${quoteId}` }));
      expect(opened.line).toBe('motor');
      const read = await store.find(tenant, 'insurance-quote', quoteId);
      expect(read).toEqual(opened);
      expect(read).not.toHaveProperty('webhook');
      expect(read).not.toHaveProperty('expiresAt');
      expect((await store.open(fxQuote())).line).toBeUndefined();
    });

    it('hides a log from another TPP, another tenant and another kind', async () => {
      const { logId } = await store.open(fxQuote());
      expect(await store.find(tenant, 'fx-quote', logId, 'other-client')).toBeUndefined();
      expect(await store.find(uniqueTenant('other'), 'fx-quote', logId)).toBeUndefined();
      expect(await store.find(tenant, 'account-opening', logId)).toBeUndefined();
      expect(await store.find(tenant, 'fx-quote', 'no-such-quote')).toBeUndefined();

      for (const attempt of [
        () => store.own(tenant, 'fx-quote', logId, 'other-client'),
        () => store.own(uniqueTenant('other'), 'fx-quote', logId, clientId),
        () => store.own(tenant, 'account-opening', logId, clientId),
        () => store.own(tenant, 'fx-quote', 'no-such-quote', clientId),
      ]) {
        await expect(attempt()).rejects.toMatchObject({ name: 'ConsentError', kind: 'not-found', code: 'Resource.NotFound' });
      }
    });

    it('refuses an id the LFI already used (conflict), leaving the first TPP’s log as it was', async () => {
      const first = await store.open(fxQuote());
      const again = store.open(fxQuote({ logId: first.logId, clientId: 'another-tpp', status: 'Accepted' }));
      await expect(again).rejects.toBeInstanceOf(ConsentError);
      await expect(store.open(fxQuote({ logId: first.logId }))).rejects.toMatchObject({ kind: 'conflict', code: 'Resource.Conflict' });
      expect(await store.find(tenant, 'fx-quote', first.logId)).toEqual(first);
      expect(await ds.getRepository('ResourceLogEntity').countBy({ tenantId: tenant, logId: first.logId })).toBe(1);
    });

    it('lets the same id live once per kind and per tenant', async () => {
      const id = randomUUID();
      await store.open(fxQuote({ logId: id }));
      await expect(store.open(opening({ logId: id }))).resolves.toMatchObject({ kind: 'account-opening', logId: id, status: 'Pending' });
      const otherTenant = uniqueTenant('other');
      await expect(store.open(fxQuote({ logId: id, tenantId: otherTenant }))).resolves.toMatchObject({ tenantId: otherTenant, logId: id });
    });
  });

  describe('setWebhook', () => {
    it('stores the subscription as the TPP last set it, without an event', async () => {
      const { logId } = await store.open(fxQuote());
      const on = await store.setWebhook(tenant, 'fx-quote', logId, clientId, { Url: 'https://tpp.example/hook', IsActive: true });
      expect(on).toMatchObject({ webhook: { Url: 'https://tpp.example/hook', IsActive: true }, version: 2, status: 'Available' });
      expect(await store.find(tenant, 'fx-quote', logId)).toEqual(on);
      const off = await store.setWebhook(tenant, 'fx-quote', logId, clientId, { IsActive: false });
      expect(off.webhook).toEqual({ IsActive: false });
      expect(await store.find(tenant, 'fx-quote', logId)).toEqual(off);
      expect(await messagesOf(logId)).toEqual([]);
    });

    it('refuses another TPP, another tenant and an unknown id as not found, changing nothing', async () => {
      const opened = await store.open(fxQuote({ webhook: { Url: 'https://tpp.example/hook', IsActive: true } }));
      const hijack = { Url: 'https://evil.example/hook', IsActive: true };
      await expect(store.setWebhook(tenant, 'fx-quote', opened.logId, 'other-client', hijack)).rejects.toMatchObject({ kind: 'not-found' });
      await expect(store.setWebhook(uniqueTenant('other'), 'fx-quote', opened.logId, clientId, hijack)).rejects.toMatchObject({ kind: 'not-found' });
      await expect(store.setWebhook(tenant, 'fx-quote', 'no-such-quote', clientId, hijack)).rejects.toMatchObject({ kind: 'not-found' });
      expect(await store.find(tenant, 'fx-quote', opened.logId)).toEqual(opened);
    });
  });

  describe('recordStatus', () => {
    it('writes one tpp.resource-changed message per real change: the log after it, the previous status and the webhook Data', async () => {
      const { logId } = await store.open(fxQuote({ webhook: { Url: 'https://tpp.example/hook', IsActive: true } }));
      const accepted = await store.recordStatus(tenant, 'fx-quote', logId, { status: 'Accepted' });
      clock.advance(1_000);
      const funded = await store.recordStatus(tenant, 'fx-quote', logId, lfi('Funded', { AdditionalStatusInformation: 'Funds received' }));
      clock.advance(1_000);
      const completed = await store.recordStatus(tenant, 'fx-quote', logId, lfi('Completed', { Trade: TRADE, Commission: COMMISSION }));

      expect([accepted.version, funded.version, completed.version]).toEqual([2, 3, 4]);
      expect(completed).toMatchObject({ status: 'Completed', statusDetails: { Trade: TRADE, Commission: COMMISSION }, statusUpdatedAt: clock.now().toISOString() });
      expect(await store.find(tenant, 'fx-quote', logId)).toEqual(completed);

      const messages = await messagesOf(logId);
      expect(messages.map((m) => [m.tenantId, m.consentId, m.auditSeq, m.topic])).toEqual([
        [tenant, logId, 2, TOPIC],
        [tenant, logId, 3, TOPIC],
        [tenant, logId, 4, TOPIC],
      ]);
      expect(messages.map((m) => m.payload)).toEqual<ResourceChanged[]>([
        { log: accepted, previousStatus: 'Available', data: { FxQuoteId: logId, QuoteStatus: 'Accepted' } },
        { log: funded, previousStatus: 'Accepted', data: { FxQuoteId: logId, QuoteStatus: 'Funded', AdditionalStatusInformation: 'Funds received' } },
        { log: completed, previousStatus: 'Funded', data: { FxQuoteId: logId, QuoteStatus: 'Completed', Trade: TRADE, Commission: COMMISSION } },
      ]);
      expect(messages[2].createdAt).toBe(completed.statusUpdatedAt);
    });

    it('replaces the details of the previous status with those of the new one', async () => {
      const { logId } = await store.open(fxQuote());
      await store.recordStatus(tenant, 'fx-quote', logId, lfi('Funded', { AdditionalStatusInformation: 'Funds received' }));
      const actioned = await store.recordStatus(tenant, 'fx-quote', logId, lfi('Actioned'));
      expect(actioned.statusDetails).toEqual({});
      expect((await messagesOf(logId)).at(-1)!.payload).toMatchObject({ data: { FxQuoteId: logId, QuoteStatus: 'Actioned' } });
      expect((await messagesOf(logId)).at(-1)!.payload).not.toHaveProperty('data.AdditionalStatusInformation');
    });

    it('accepts the same status again as done: nothing stored, no message (an LFI retrying its patch)', async () => {
      const { logId } = await store.open(fxQuote());
      const funded = await store.recordStatus(tenant, 'fx-quote', logId, lfi('Funded', { AdditionalStatusInformation: 'first' }));
      clock.advance(5_000);
      const again = await store.recordStatus(tenant, 'fx-quote', logId, lfi('Funded', { AdditionalStatusInformation: 'second' }));
      expect(again).toEqual(funded);
      expect(await store.find(tenant, 'fx-quote', logId)).toEqual(funded);
      expect(await messagesOf(logId)).toHaveLength(1);
      // Even the status it was opened in.
      const other = await store.open(fxQuote());
      expect(await store.recordStatus(tenant, 'fx-quote', other.logId, lfi('Available'))).toEqual(other);
      expect(await messagesOf(other.logId)).toEqual([]);
    });

    it('refuses any move out of a final status as a transition error, storing nothing', async () => {
      const { logId } = await store.open(fxQuote());
      const expired = await store.recordStatus(tenant, 'fx-quote', logId, lfi('Expired'));
      for (const status of ['Accepted', 'Completed', 'Funded', 'Rejected']) {
        const attempt = store.recordStatus(tenant, 'fx-quote', logId, lfi(status));
        await expect(attempt).rejects.toBeInstanceOf(ConsentError);
        await expect(store.recordStatus(tenant, 'fx-quote', logId, lfi(status))).rejects.toMatchObject({ kind: 'transition', message: `QuoteStatus is Expired, a final status: it cannot become ${status}` });
      }
      expect(await store.find(tenant, 'fx-quote', logId)).toEqual(expired);
      expect((await messagesOf(logId)).map((m) => m.auditSeq)).toEqual([2]);
      // The final status again is still fine (and still silent).
      await expect(store.recordStatus(tenant, 'fx-quote', logId, lfi('Expired'))).resolves.toEqual(expired);
      expect(await messagesOf(logId)).toHaveLength(1);
    });

    it('refuses a move back to a starting status, storing nothing', async () => {
      const { logId } = await store.open(opening());
      const waiting = await store.recordStatus(tenant, 'account-opening', logId, lfi('AwaitingUserInput'));
      await expect(store.recordStatus(tenant, 'account-opening', logId, lfi('Pending'))).rejects.toMatchObject({ kind: 'transition', message: 'OpeningStatus cannot return to Pending from AwaitingUserInput' });
      expect(await store.find(tenant, 'account-opening', logId)).toEqual(waiting);
      expect(await messagesOf(logId)).toHaveLength(1);
    });

    it('answers not found for an unknown id, another tenant or another kind', async () => {
      const { logId } = await store.open(fxQuote());
      await expect(store.recordStatus(tenant, 'fx-quote', 'no-such-quote', lfi('Funded'))).rejects.toMatchObject({ kind: 'not-found', code: 'Resource.NotFound' });
      await expect(store.recordStatus(uniqueTenant('other'), 'fx-quote', logId, lfi('Funded'))).rejects.toMatchObject({ kind: 'not-found' });
      await expect(store.recordStatus(tenant, 'account-opening', logId, lfi('Completed'))).rejects.toMatchObject({ kind: 'not-found' });
      expect((await store.find(tenant, 'fx-quote', logId))!.status).toBe('Available');
      expect(await messagesOf(logId)).toEqual([]);
    });

    it('gives an account opening event its AccountId, LinkedOperations and OpeningStatusUpdateDateTime with an offset', async () => {
      const fxQuoteId = randomUUID();
      const { logId } = await store.open(opening({ facts: { LinkedOperations: { FxQuoteId: fxQuoteId } } }));
      clock.advance(2_500);
      const done = await store.recordStatus(tenant, 'account-opening', logId, lfi('Completed', { AdditionalStatusInformation: 'Account ready' }));
      const [message] = await messagesOf(logId);
      expect(message.payload).toEqual({
        log: done,
        previousStatus: 'Pending',
        data: {
          AccountId: logId,
          LinkedOperations: { FxQuoteId: fxQuoteId },
          OpeningStatus: 'Completed',
          OpeningStatusUpdateDateTime: done.statusUpdatedAt.replace(/Z$/, '+00:00'),
          AdditionalStatusInformation: 'Account ready',
        },
      });
      expect(done.statusUpdatedAt).toBe(clock.now().toISOString());
    });

    it('carries the subscription the TPP set before the change in the message', async () => {
      const { logId } = await store.open(fxQuote());
      await store.setWebhook(tenant, 'fx-quote', logId, clientId, { Url: 'https://tpp.example/hook', IsActive: true });
      const accepted = await store.recordStatus(tenant, 'fx-quote', logId, { status: 'Accepted' });
      expect(accepted.version).toBe(3);
      const [message] = await messagesOf(logId);
      expect(message.auditSeq).toBe(3);
      expect((message.payload as ResourceChanged).log.webhook).toEqual({ Url: 'https://tpp.example/hook', IsActive: true });
    });

    it('stores neither the change nor its message when writing the message fails', async () => {
      const opened = await store.open(fxQuote());
      jest.spyOn(outbox, 'enqueue').mockRejectedValueOnce(new Error('disk full'));
      await expect(store.recordStatus(tenant, 'fx-quote', opened.logId, lfi('Funded'))).rejects.toThrow('disk full');
      expect(await store.find(tenant, 'fx-quote', opened.logId)).toEqual(opened);
      expect(await messagesOf(opened.logId)).toEqual([]);
      // And the next attempt goes through as version 2.
      expect((await store.recordStatus(tenant, 'fx-quote', opened.logId, lfi('Funded'))).version).toBe(2);
    });
  });

  describe('the outbox hands the messages out in order per resource', () => {
    it('offers only the earliest open message of each resource, the next once it is settled', async () => {
      const a = await store.open(fxQuote());
      const b = await store.open(opening());
      await store.recordStatus(tenant, 'fx-quote', a.logId, lfi('Funded'));
      await store.recordStatus(tenant, 'account-opening', b.logId, lfi('AwaitingUserInput'));
      await store.recordStatus(tenant, 'fx-quote', a.logId, lfi('Actioned'));
      await store.recordStatus(tenant, 'account-opening', b.logId, lfi('AwaitingLFIProcesses'));
      await store.recordStatus(tenant, 'fx-quote', a.logId, lfi('Completed', { Trade: TRADE, Commission: COMMISSION }));

      const seen: string[] = [];
      for (let round = 0; round < 10; round += 1) {
        const claimed = await claimOwn();
        if (claimed.length === 0) break;
        // One per resource per pass: never two of the same resource at once.
        expect(new Set(claimed.map((m) => m.consentId)).size).toBe(claimed.length);
        for (const m of claimed) {
          const payload = m.payload as ResourceChanged;
          expect(m.auditSeq).toBe(payload.log.version);
          expect(m.consentId).toBe(payload.log.logId);
          seen.push(`${payload.log.kind}:${payload.previousStatus}>${payload.log.status}`);
          await outbox.markDelivered(m.id);
        }
      }
      expect(seen.filter((s) => s.startsWith('fx-quote'))).toEqual(['fx-quote:Available>Funded', 'fx-quote:Funded>Actioned', 'fx-quote:Actioned>Completed']);
      expect(seen.filter((s) => s.startsWith('account-opening'))).toEqual(['account-opening:Pending>AwaitingUserInput', 'account-opening:AwaitingUserInput>AwaitingLFIProcesses']);
      expect(await claimOwn()).toEqual([]);
    });

    it('keeps the resource messages apart from the consent topics', async () => {
      const { logId } = await store.open(fxQuote());
      await store.recordStatus(tenant, 'fx-quote', logId, lfi('Funded'));
      const later = new Date(clock.now().getTime() + 1_000);
      expect((await outbox.claimDue('tpp.consent-changed', later, 1_000, 1)).filter((m) => m.tenantId === tenant)).toEqual([]);
      expect((await outbox.claimDue('lfi.consent-event', later, 1_000, 1)).filter((m) => m.tenantId === tenant)).toEqual([]);
      const [claimed, ...rest] = await claimOwn(later);
      expect(rest).toEqual([]);
      expect(claimed).toMatchObject({ tenantId: tenant, consentId: logId, auditSeq: 2, topic: TOPIC, attempts: 1 });
    });
  });

  // SQLite has one shared connection: writers take turns, so only PostgreSQL can race.
  if (engine === 'postgres') describe('concurrent writers (PostgreSQL: separate connections)', () => {
    it('never lets a change decided on a stale read overwrite a final status', async () => {
      const { logId } = await store.open(fxQuote());
      const other = new ResourceLogStore(new ConsentOutboxResourceChanges(outbox), clock);
      // The LFI expires the quote between the TPP's read of the log and its write.
      type Rows = { row: (...args: unknown[]) => Promise<object | null> };
      const read = (store as unknown as Rows).row.bind(store);
      let interleaved = false;
      jest.spyOn(store as unknown as Rows, 'row').mockImplementation(async (...args) => {
        const row = await read(...args);
        if (!interleaved) {
          interleaved = true;
          await other.recordStatus(tenant, 'fx-quote', logId, lfi('Expired'));
        }
        return row;
      });
      const accept = store.recordStatus(tenant, 'fx-quote', logId, { status: 'Accepted' });
      await expect(accept).rejects.toMatchObject({ kind: 'transition' });
      expect(interleaved).toBe(true);
      expect((await rowOf('fx-quote', logId))!).toMatchObject({ status: 'Expired', version: 2 });
      const messages = await messagesOf(logId);
      expect(messages.map((m) => [m.auditSeq, (m.payload as ResourceChanged).log.status])).toEqual([[2, 'Expired']]);
    });

    it('gives each of many simultaneous changes its own version and message', async () => {
      const { logId } = await store.open(opening());
      const statuses = ['AwaitingUserInput', 'AwaitingLFIProcesses', 'AwaitingUserInput', 'AwaitingLFIProcesses', 'AwaitingUserInput', 'AwaitingLFIProcesses'];
      const stores = statuses.map(() => new ResourceLogStore(new ConsentOutboxResourceChanges(outbox), clock));
      const results = await Promise.allSettled(stores.map((s, i) => s.recordStatus(tenant, 'account-opening', logId, lfi(statuses[i]))));
      const row = (await rowOf('account-opening', logId))!;
      const messages = await messagesOf(logId);
      const seqs = messages.map((m) => m.auditSeq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs).toEqual(Array.from({ length: row.version - 1 }, (_, i) => i + 2));
      expect((messages.at(-1)!.payload as ResourceChanged).log.status).toBe(row.status);
      // Whoever lost a race was told to retry, never silently dropped or duplicated.
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConsentError);
    });

    it('answers conflict, not a database error, when the same id is opened twice at once', async () => {
      const entry = fxQuote();
      const results = await Promise.allSettled([store.open(entry), new ResourceLogStore(new ConsentOutboxResourceChanges(outbox), clock).open({ ...entry, clientId: 'another-tpp' })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected.reason).toMatchObject({ name: 'ConsentError', kind: 'conflict', code: 'Resource.Conflict' });
      expect(await ds.getRepository('ResourceLogEntity').countBy({ tenantId: tenant, logId: entry.logId })).toBe(1);
    });
  });
});
