import { testDatabases } from '@hub/testing';
import { ConsentStatus } from '../domain/consent-status';
import { ConsentAuditEntity } from '../store/consent-audit.entity';
import { ConsentOutboxEntity } from '../store/consent-outbox.entity';
import { ConsentRecordEntity } from '../store/consent-record.entity';
import { consentTestBed } from '../testing/consent-test-bed';
import {
  accountAccessDetail,
  createCommand,
  DAY_MS,
  hubCaller,
  lfiCaller,
} from '../testing/consent-test-kit';

const { Authorized, Suspended } = ConsentStatus;
const authorization = { status: Authorized, psuIdentifiers: { userId: 'u' }, accountIds: ['acc-1'] };

describe.each(testDatabases('consent-outbox'))('the consent outbox on $engine', ({ settings }) => {
  const s = consentTestBed(settings);

  const create = (id: string) => s.service.create(createCommand(s.tenant, accountAccessDetail(id, new Date(s.clock.now().getTime() + DAY_MS)), s.tpp), hubCaller());
  const stored = async (id: string) => {
    const where = { tenantId: s.tenant, consentId: id };
    return {
      row: await s.ds.getRepository(ConsentRecordEntity).findOneBy(where),
      audit: await s.ds.getRepository(ConsentAuditEntity).countBy(where),
      events: await s.ds.getRepository(ConsentOutboxEntity).find({ where, order: { auditSeq: 'ASC', topic: 'ASC' } }),
    };
  };
  /** Claims of this test's tenant only: other tests' messages share the table. */
  const claimOwn = async (topic: 'lfi.consent-event' | 'tpp.consent-changed', now: Date) =>
    (await s.outbox.claimDue(topic, now, 1_000)).filter((m) => m.tenantId === s.tenant);

  describe('atomic with the change', () => {
    it('stores neither the change nor the event when writing the event fails', async () => {
      await create('o1');
      const before = await stored('o1');
      jest.spyOn(s.outbox, 'enqueue').mockRejectedValueOnce(new Error('disk full'));
      await expect(s.service.patch(s.tenant, 'o1', authorization, lfiCaller())).rejects.toThrow('disk full');
      expect(await stored('o1')).toEqual(before);
      expect(before.row).toMatchObject({ status: 'AwaitingAuthorization', auditLength: 1 });
    });

    it('stores no consent when writing its creation event fails', async () => {
      jest.spyOn(s.outbox, 'enqueue').mockRejectedValueOnce(new Error('disk full'));
      await expect(create('o2')).rejects.toThrow('disk full');
      expect(await stored('o2')).toEqual({ row: null, audit: 0, events: [] });
    });

    it('stores the change together with a patch event and, for a status change, the TPP event', async () => {
      const created = await create('o3');
      const authorized = await s.service.patch(s.tenant, 'o3', authorization, lfiCaller());
      const usage = await s.service.patch(s.tenant, 'o3', { consentUsage: { lastDataShared: '2026-03-01T00:00:00Z' } }, lfiCaller());
      const { row, events } = await stored('o3');
      expect(row).toMatchObject({ status: Authorized, auditLength: 3 });
      expect(events.map((e) => [e.auditSeq, e.topic, e.payload])).toEqual([
        [1, 'lfi.consent-event', { operation: 'post', consent: created }],
        [2, 'lfi.consent-event', { operation: 'patch', consent: authorized }],
        [2, 'tpp.consent-changed', { consent: authorized, previousStatus: 'AwaitingAuthorization' }],
        [3, 'lfi.consent-event', { operation: 'patch', consent: usage }],
      ]);
      expect(events.every((e) => e.attempts === 0 && e.deliveredAt === null)).toBe(true);
    });
  });

  describe('dispatching', () => {
    it("claims one consent's events in order: the next only once the previous is delivered", async () => {
      await create('d1');
      await s.service.patch(s.tenant, 'd1', authorization, lfiCaller());
      const now = s.clock.now();
      const [post] = await claimOwn('lfi.consent-event', now);
      expect(post).toMatchObject({ consentId: 'd1', topic: 'lfi.consent-event', attempts: 1, payload: { operation: 'post' } });
      expect(await claimOwn('lfi.consent-event', now)).toEqual([]);
      await s.outbox.markDelivered(post.id);
      const [patch] = await claimOwn('lfi.consent-event', now);
      expect(patch).toMatchObject({ payload: { operation: 'patch', consent: { status: Authorized } } });
      expect((await s.ds.getRepository(ConsentOutboxEntity).findOneByOrFail({ id: post.id })).deliveredAt).toEqual(expect.any(String));
    });

    it('hides a claimed message for the lease, then offers it again', async () => {
      await create('d2');
      const now = s.clock.now();
      const [first] = await claimOwn('lfi.consent-event', now);
      expect(await claimOwn('lfi.consent-event', new Date(now.getTime() + 59_000))).toEqual([]);
      const [again] = await claimOwn('lfi.consent-event', new Date(now.getTime() + 60_000));
      expect(again).toMatchObject({ id: first.id, attempts: 2 });
    });

    it('never hands one message to two concurrent claims', async () => {
      await create('d3');
      const now = s.clock.now();
      const claims = await Promise.all([claimOwn('lfi.consent-event', now), claimOwn('lfi.consent-event', now)]);
      expect(claims.flat()).toHaveLength(1);
    });

    it('retries a failed message at the time given, and moves past an abandoned one', async () => {
      await create('d4');
      await s.service.patch(s.tenant, 'd4', authorization, lfiCaller());
      await s.service.patch(s.tenant, 'd4', { status: Suspended }, lfiCaller());
      const now = s.clock.now();
      const [authorizedEvent] = await claimOwn('tpp.consent-changed', now);
      expect(authorizedEvent.payload).toMatchObject({ previousStatus: 'AwaitingAuthorization', consent: { status: Authorized } });
      await s.outbox.markFailed(authorizedEvent.id, 'webhook answered 503', new Date(now.getTime() + 30_000));
      expect(await claimOwn('tpp.consent-changed', new Date(now.getTime() + 29_000))).toEqual([]);
      const [retried] = await claimOwn('tpp.consent-changed', new Date(now.getTime() + 30_000));
      expect(retried).toMatchObject({ id: authorizedEvent.id, attempts: 2 });
      await s.outbox.markAbandoned(retried.id, 'gave up after 2 attempts');
      const [suspendedEvent] = await claimOwn('tpp.consent-changed', new Date(now.getTime() + 30_000));
      expect(suspendedEvent.payload).toMatchObject({ previousStatus: Authorized, consent: { status: Suspended } });
      expect(await s.ds.getRepository(ConsentOutboxEntity).findOneByOrFail({ id: retried.id })).toMatchObject({
        abandonedAt: expect.any(String),
        lastError: 'gave up after 2 attempts',
        deliveredAt: null,
      });
    });
  });
});
