import { testDatabases } from '@hub/testing';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import type { WebhookClaims } from '../message/webhook-message';
import { WebhookDeliveryEntity, type WebhookDeliveryStatus } from '../store/webhook-delivery.entity';
import { webhooksPersistence } from '../store/webhooks-persistence';
import { DeliveryStore, type NewDelivery } from './delivery-store';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function claimsOf(id: string, resourceId: string, clientId: string): WebhookClaims {
  return {
    iss: 'https://localhost:8443/bank/as',
    aud: [clientId],
    jti: id,
    message: {
      Data: { ConsentId: resourceId, Status: 'Authorized', Nested: { List: [1, 'two', { three: true }] } },
      Meta: { EventDateTime: T0.toISOString(), EventResource: `https://localhost:8443/bank/rs/consents/${resourceId}`, EventType: 'Resource.Updated', ConsentId: resourceId },
    },
  };
}

describe.each(testDatabases('webhooks-store'))('the webhook deliveries table on $engine', ({ settings }) => {
  let ds: DataSource;
  let store: DeliveryStore;
  /** Unique per test: other tests' rows share the table, and heads() spans every tenant. */
  let tenant: string;

  beforeAll(async () => {
    ds = await openDatabase(settings, { entities: webhooksPersistence.entities, migrations: webhooksPersistence.migrations });
    store = new DeliveryStore(ds);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });
  beforeEach(() => {
    tenant = `bank-${randomUUID().slice(0, 8)}`;
  });

  const delivery = (o: Partial<NewDelivery> = {}): NewDelivery => {
    const id = o.id ?? randomUUID();
    const resourceId = o.resourceId ?? 'consent-1';
    const clientId = o.clientId ?? 'client-a';
    return { id, tenantId: tenant, clientId, resourceId, sequence: 1, eventType: 'Resource.Updated', url: 'https://tpp.example/webhooks', claims: claimsOf(id, resourceId, clientId), ...o };
  };
  /** Records deliveries one millisecond apart, in the order given. */
  const recordAll = async (...ds_: NewDelivery[]) => {
    for (const [i, d] of ds_.entries()) await store.record(d, at(i));
    return ds_;
  };
  const ownHeads = async () => (await store.heads(10_000)).filter((d) => d.tenantId === tenant);
  const headIds = async () => (await ownHeads()).map((d) => d.id);
  const setStatus = async (id: string, status: WebhookDeliveryStatus) => {
    const d = await store.find(id);
    expect(await store.transition(id, [d!.status], d!.generation, { status })).toBe(true);
  };

  describe('record', () => {
    it('stores a new delivery as waiting, generation 0, no attempts, with its claims intact', async () => {
      const [d] = await recordAll(delivery({ sequence: 7 }));
      expect(await store.find(d.id)).toEqual({
        ...d,
        status: 'waiting',
        generation: 0,
        attempts: 0,
        createdAt: T0.toISOString(),
        queuedAt: null,
        deliveredAt: null,
        deadAt: null,
        lastStatusCode: null,
        lastError: null,
      });
    });

    it('twice with the same id keeps one row, and the first one as it was', async () => {
      const d = delivery();
      await store.record(d, at(0));
      await setStatus(d.id, 'queued');
      await store.record({ ...d, url: 'https://elsewhere.example/hook', sequence: 99 }, at(5_000));
      expect(await ds.getRepository(WebhookDeliveryEntity).countBy({ id: d.id })).toBe(1);
      expect(await store.find(d.id)).toMatchObject({ url: 'https://tpp.example/webhooks', sequence: 1, status: 'queued', createdAt: T0.toISOString() });
    });

    it('twice at the same time (two relays) keeps one row', async () => {
      const d = delivery();
      await Promise.all([store.record(d, at(0)), store.record(d, at(0)), store.record(d, at(1))]);
      expect(await ds.getRepository(WebhookDeliveryEntity).countBy({ id: d.id })).toBe(1);
    });

    it('find answers null for an unknown id', async () => {
      expect(await store.find(randomUUID())).toBeNull();
    });
  });

  describe('heads', () => {
    it('offers only the lowest open sequence of a resource', async () => {
      const [first, second, third] = await recordAll(delivery({ sequence: 1 }), delivery({ sequence: 2 }), delivery({ sequence: 3 }));
      expect(await headIds()).toEqual([first.id]);
      await setStatus(first.id, 'queued');
      expect(await headIds()).toEqual([]);
      await setStatus(first.id, 'retrying');
      expect(await headIds()).toEqual([]);
      await setStatus(first.id, 'delivered');
      expect(await headIds()).toEqual([second.id]);
      await setStatus(second.id, 'queued');
      await setStatus(second.id, 'dead');
      expect(await headIds()).toEqual([third.id]);
    });

    it('orders by sequence, not by when the delivery was recorded', async () => {
      const [later, earlier] = await recordAll(delivery({ sequence: 5 }), delivery({ sequence: 2 }));
      expect(await headIds()).toEqual([earlier.id]);
      await setStatus(earlier.id, 'delivered');
      expect(await headIds()).toEqual([later.id]);
    });

    it('keeps resources, TPPs and tenants independent', async () => {
      const [a1, , b1, , c1] = await recordAll(
        delivery({ resourceId: 'consent-a', sequence: 1 }),
        delivery({ resourceId: 'consent-a', sequence: 2 }),
        delivery({ resourceId: 'consent-b', sequence: 1 }),
        delivery({ resourceId: 'consent-b', sequence: 2 }),
        delivery({ resourceId: 'consent-a', clientId: 'client-z', sequence: 2 }),
      );
      expect(await headIds()).toEqual([a1.id, b1.id, c1.id]);
      const otherTenant = { ...delivery({ resourceId: 'consent-a', sequence: 3 }), tenantId: `${tenant}-other` };
      await store.record(otherTenant, at(10));
      expect((await store.heads(10_000)).map((d) => d.id)).toContain(otherTenant.id);
      expect(await headIds()).toEqual([a1.id, b1.id, c1.id]);
    });

    it('does not offer a delivery that is not waiting', async () => {
      const [d] = await recordAll(delivery());
      for (const status of ['queued', 'retrying', 'delivered', 'dead'] as const) {
        await setStatus(d.id, status);
        expect(await headIds()).toEqual([]);
      }
    });

    it('lets a waiting delivery behind a delivered and a dead one through', async () => {
      const [a, b, c] = await recordAll(delivery({ sequence: 1 }), delivery({ sequence: 2 }), delivery({ sequence: 3 }));
      await setStatus(a.id, 'delivered');
      await setStatus(b.id, 'dead');
      expect(await headIds()).toEqual([c.id]);
    });

    it('holds back a later event again when an earlier dead one is replayed', async () => {
      const [a, b] = await recordAll(delivery({ sequence: 1 }), delivery({ sequence: 2 }));
      await setStatus(a.id, 'dead');
      expect(await headIds()).toEqual([b.id]);
      expect(await store.replay(a.id)).toBe(true);
      expect(await headIds()).toEqual([a.id]);
    });

    it('returns the oldest recorded first, at most limit', async () => {
      const recorded = await recordAll(...Array.from({ length: 5 }, (_, i) => delivery({ resourceId: `consent-${i}` })));
      expect(await headIds()).toEqual(recorded.map((d) => d.id));
      const limited = await store.heads(2);
      expect(limited).toHaveLength(2);
    });

    it('returns whole rows with their claims', async () => {
      const [d] = await recordAll(delivery());
      const [head] = await ownHeads();
      expect(head.claims).toEqual(d.claims);
    });
  });

  describe('transition', () => {
    it('changes status and values when status and generation match, and says so', async () => {
      const [d] = await recordAll(delivery());
      expect(await store.transition(d.id, ['waiting'], 0, { status: 'queued', queuedAt: at(1_000).toISOString() })).toBe(true);
      expect(await store.find(d.id)).toMatchObject({ status: 'queued', queuedAt: at(1_000).toISOString(), generation: 0 });
    });

    it('accepts any of several from-statuses', async () => {
      const [d] = await recordAll(delivery());
      await setStatus(d.id, 'retrying');
      expect(await store.transition(d.id, ['waiting', 'queued', 'retrying'], 0, { status: 'delivered', attempts: 2, lastStatusCode: 202 })).toBe(true);
      expect(await store.find(d.id)).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 202 });
    });

    it('refuses a wrong status, and changes nothing', async () => {
      const [d] = await recordAll(delivery());
      expect(await store.transition(d.id, ['queued', 'retrying'], 0, { status: 'delivered', attempts: 1 })).toBe(false);
      expect(await store.find(d.id)).toMatchObject({ status: 'waiting', attempts: 0 });
    });

    it('refuses a wrong generation, and changes nothing', async () => {
      const [d] = await recordAll(delivery());
      expect(await store.transition(d.id, ['waiting'], 1, { status: 'queued' })).toBe(false);
      expect(await store.find(d.id)).toMatchObject({ status: 'waiting', generation: 0 });
    });

    it('refuses an unknown id', async () => {
      expect(await store.transition(randomUUID(), ['waiting'], 0, { status: 'queued' })).toBe(false);
    });

    it('lets exactly one of two concurrent callers win', async () => {
      const [d] = await recordAll(delivery());
      const results = await Promise.all([
        store.transition(d.id, ['waiting'], 0, { status: 'queued', lastError: 'first' }),
        store.transition(d.id, ['waiting'], 0, { status: 'queued', lastError: 'second' }),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.find(d.id))!.lastError).toBe(results[0] ? 'first' : 'second');
    });

    it('touches only the row it names', async () => {
      const [a, b] = await recordAll(delivery({ resourceId: 'x' }), delivery({ resourceId: 'y' }));
      await store.transition(a.id, ['waiting'], 0, { status: 'queued' });
      expect(await store.find(b.id)).toMatchObject({ status: 'waiting' });
    });
  });

  describe('replay', () => {
    it('puts a dead letter back to waiting under the next generation with a fresh budget of attempts, clearing deadAt and queuedAt', async () => {
      const [d] = await recordAll(delivery());
      await store.transition(d.id, ['waiting'], 0, { status: 'queued', queuedAt: at(1).toISOString() });
      await store.transition(d.id, ['queued'], 0, { status: 'dead', deadAt: at(2).toISOString(), attempts: 3, lastStatusCode: 500, lastError: 'the receiver answered 500' });
      expect(await store.replay(d.id)).toBe(true);
      expect(await store.find(d.id)).toMatchObject({ status: 'waiting', generation: 1, deadAt: null, queuedAt: null, attempts: 0, lastStatusCode: 500 });
      // A second replay of the same letter has nothing to do: it is waiting now.
      expect(await store.replay(d.id)).toBe(false);
      await setStatus(d.id, 'dead');
      expect(await store.replay(d.id)).toBe(true);
      expect((await store.find(d.id))!.generation).toBe(2);
    });

    it.each(['waiting', 'queued', 'retrying', 'delivered'] as const)('refuses a %s delivery and leaves it alone', async (status) => {
      const [d] = await recordAll(delivery());
      if (status !== 'waiting') await setStatus(d.id, status);
      expect(await store.replay(d.id)).toBe(false);
      expect(await store.find(d.id)).toMatchObject({ status, generation: 0 });
    });

    it('refuses an unknown id', async () => {
      expect(await store.replay(randomUUID())).toBe(false);
    });

    it('makes the jobs of the old generation stale: their transitions fail', async () => {
      const [d] = await recordAll(delivery());
      await setStatus(d.id, 'dead');
      await store.replay(d.id);
      expect(await store.transition(d.id, ['waiting', 'queued', 'retrying'], 0, { status: 'delivered' })).toBe(false);
      expect(await store.transition(d.id, ['waiting'], 1, { status: 'queued' })).toBe(true);
    });
  });

  describe('attempts', () => {
    it('are recorded and listed in order, with what came back', async () => {
      const [d, other] = await recordAll(delivery(), delivery({ resourceId: 'other' }));
      await store.recordAttempt({ deliveryId: d.id, generation: 0, attempt: 2, at: at(2_000).toISOString(), statusCode: 202, latencyMs: 12, error: null, worker: 'w2' });
      await store.recordAttempt({ deliveryId: d.id, generation: 0, attempt: 1, at: at(1_000).toISOString(), statusCode: 500, latencyMs: 40, error: 'the receiver answered 500', worker: 'w1' });
      await store.recordAttempt({ deliveryId: other.id, generation: 0, attempt: 1, at: at(500).toISOString(), statusCode: null, latencyMs: 0, error: 'no answer: ECONNREFUSED', worker: 'w1' });
      const attempts = await store.attemptsOf(d.id);
      expect(attempts.map(({ id: _id, ...a }) => a)).toEqual([
        { deliveryId: d.id, generation: 0, attempt: 1, at: at(1_000).toISOString(), statusCode: 500, latencyMs: 40, error: 'the receiver answered 500', worker: 'w1' },
        { deliveryId: d.id, generation: 0, attempt: 2, at: at(2_000).toISOString(), statusCode: 202, latencyMs: 12, error: null, worker: 'w2' },
      ]);
      expect(new Set(attempts.map((a) => a.id)).size).toBe(2);
      expect(await store.attemptsOf(other.id)).toEqual([expect.objectContaining({ statusCode: null, error: 'no answer: ECONNREFUSED' })]);
    });

    it('two attempts at the same instant are listed by attempt number', async () => {
      const [d] = await recordAll(delivery());
      for (const attempt of [3, 1, 2]) await store.recordAttempt({ deliveryId: d.id, generation: 0, attempt, at: at(0).toISOString(), statusCode: 503, latencyMs: 1, error: null, worker: 'w' });
      expect((await store.attemptsOf(d.id)).map((a) => a.attempt)).toEqual([1, 2, 3]);
    });

    it('of an unknown delivery are none', async () => {
      expect(await store.attemptsOf(randomUUID())).toEqual([]);
    });
  });

  describe('queuedBefore', () => {
    it('lists queued and retrying deliveries queued before the instant, oldest queuing first', async () => {
      const [a, b, c, d] = await recordAll(delivery({ resourceId: 'a' }), delivery({ resourceId: 'b' }), delivery({ resourceId: 'c' }), delivery({ resourceId: 'd' }));
      await store.transition(a.id, ['waiting'], 0, { status: 'queued', queuedAt: at(3_000).toISOString() });
      await store.transition(b.id, ['waiting'], 0, { status: 'retrying', queuedAt: at(1_000).toISOString() });
      await store.transition(c.id, ['waiting'], 0, { status: 'queued', queuedAt: at(9_000).toISOString() });
      await store.transition(d.id, ['waiting'], 0, { status: 'delivered', queuedAt: at(500).toISOString() });
      const listed = (await store.queuedBefore(at(5_000), 10_000)).filter((x) => x.tenantId === tenant).map((x) => x.id);
      expect(listed).toEqual([b.id, a.id]);
    });
  });
});
