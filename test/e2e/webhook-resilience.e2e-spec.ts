import { databaseFor, loadConfig } from '@hub/kernel';
import { dataSourceOptions, openDataSource } from '@hub/persistence';
import { disposeSandbox, eventually, httpsCall, pushAuthorizationRequest, SandboxManifest, SandboxProcess, startSandbox, startWebhookWorkerProcess, TppClient, tppClient, WebhookWorkerProcess } from '@hub/testing';
import { compactDecrypt, createLocalJWKSet, importPKCS8, jwtVerify } from 'jose';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';

/**
 * Webhook delivery when things break: a worker killed with deliveries in flight, Redis going
 * away, two workers sharing the queue, and a failing receiver. Every sandbox here has its own
 * redis-server, so the queue is not shared with other sandboxes running at the same time.
 */

const FAST_RETRIES = { WEBHOOK_BACKOFF_BASE_MS: '200', WEBHOOK_MAX_ATTEMPTS: '6' };
const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Tpp = SandboxManifest['tpps'][number] & { encryptionKeyFile: string; webhookServerCertFile: string; webhookServerKeyFile: string };

const waitUntil = (condition: () => boolean | Promise<boolean>, timeoutMs: number, what: () => string) => eventually(condition, { timeoutMs, what });

/** Runs every step even if one throws, then throws the first error. */
async function cleanUp(...steps: (() => unknown)[]): Promise<void> {
  let first: unknown;
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      first ??= e;
    }
  }
  if (first) throw first;
}

// ---------------------------------------------------------------------------------------------
// redis-server of our own, so that the test can stop and restart it

interface RedisServer {
  port: number;
  url: string;
  /** SIGKILL, like a crash: nothing is saved (no persistence anyway). */
  stop(): Promise<void>;
}

const redisChildren = new Set<ChildProcess>();
process.once('exit', () => redisChildren.forEach((c) => c.kill('SIGKILL')));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d: Buffer) => done(d.toString().startsWith('+PONG')));
  });
}

async function startRedisServer(port?: number): Promise<RedisServer> {
  const p = port ?? (await freePort());
  const child = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  redisChildren.add(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => (redisChildren.delete(child), resolve())));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  try {
    await waitUntil(async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}:\n${out}`);
      return redisAnswers(p);
    }, 10_000, () => `redis-server on port ${p}:\n${out}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { port: p, url: `redis://127.0.0.1:${p}`, stop };
}

// ---------------------------------------------------------------------------------------------
// A TPP receiver whose answer (status and timing) the test scripts

interface Arrival {
  /** 1 for the first request this receiver got. */
  n: number;
  at: number;
  body: string;
  answered?: number;
  answeredAt?: number;
  /** The connection closed before the receiver answered (the sender died). */
  aborted: boolean;
}

interface ScriptedReceiver {
  url: string;
  arrivals: Arrival[];
  /** Arrived, not answered yet, connection still open. */
  pending(): Arrival[];
  close(): Promise<void>;
}

const accepted = (a: Arrival) => !a.aborted && a.answered !== undefined && a.answered >= 200 && a.answered < 300;

async function startScriptedReceiver(tpp: Tpp, answer: (a: Arrival) => number | Promise<number>): Promise<ScriptedReceiver> {
  const arrivals: Arrival[] = [];
  const server = createHttpsServer({ cert: readFileSync(tpp.webhookServerCertFile), key: readFileSync(tpp.webhookServerKeyFile) }, (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const a: Arrival = { n: arrivals.length + 1, at: Date.now(), body, aborted: false };
      arrivals.push(a);
      res.once('close', () => {
        if (a.answered === undefined) a.aborted = true;
      });
      void Promise.resolve(answer(a)).then((status) => {
        if (a.aborted || res.destroyed) return;
        a.answered = status;
        a.answeredAt = Date.now();
        res.writeHead(status).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `https://localhost:${port}/webhooks`,
    arrivals,
    pending: () => arrivals.filter((a) => a.answered === undefined && !a.aborted),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// One sandbox with a TPP, the LFI's Consent Manager calls, a webhook opener and the hub database

interface WebhookEvent {
  jti: string;
  consentId: string;
  status: string;
}

interface Opened extends WebhookEvent {
  arrival: Arrival;
}

interface Ctx {
  sp: SandboxProcess;
  m: SandboxManifest;
  app: Tpp;
  /** `hostname:pid` of the sandbox's own webhook worker, as in `webhook_attempts.worker`. */
  sandboxWorkerId: string;
  createConsent(webhookUrl: string): Promise<string>;
  authorize(consentId: string): Promise<void>;
  revoke(consentId: string): Promise<void>;
  /** Decrypts and verifies what the receiver got (PS256 signature of the tenant's hub key). */
  open(arrivals: Arrival[]): Promise<Opened[]>;
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  dispose(): Promise<void>;
}

async function startContext(env: NodeJS.ProcessEnv): Promise<Ctx> {
  const sp = await startSandbox({ fresh: true, env });
  let tpp: TppClient | undefined;
  let db: Promise<DataSource> | undefined;
  const dispose = () =>
    cleanUp(
      () => tpp?.close(),
      async () => db && (await db).destroy(),
      () => disposeSandbox(sp),
    );
  try {
    const m = sp.manifest();
    const bank = m.tenants.find((t) => t.id === 'falcon-bank')!;
    const lfi = m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
    const psu = m.psus.find((p) => p.tenantId === 'falcon-bank')!;
    const app = m.tpps[0] as Tpp;
    tpp = await tppClient(bank.issuer, app, m.caCertFile);
    const lfiCall = (method: string, url: string, body?: unknown) =>
      httpsCall(url, { method, caFile: m.caCertFile, client: lfi, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
    // Every change must succeed at once: on SQLite the webhook worker writes to the hub's
    // database from another process, and the hub retries a transaction SQLite refuses for that.
    const lfiChange = (method: string, url: string, body: unknown) => lfiCall(method, url, body);
    const decryptionKey = await importPKCS8(readFileSync(app.encryptionKeyFile, 'utf8'), 'RSA-OAEP-256');
    const hubKeys = createLocalJWKSet((await httpsCall(bank.hubJwksUrl, { caFile: m.caCertFile })).json());
    const opened = new WeakMap<Arrival, Promise<Opened>>();
    const openOne = async (arrival: Arrival): Promise<Opened> => {
      const { plaintext } = await compactDecrypt(arrival.body, decryptionKey);
      const { payload } = await jwtVerify(new TextDecoder().decode(plaintext), hubKeys, { issuer: bank.issuer, audience: app.clientId, algorithms: ['PS256'] });
      const message = payload.message as { Data: { Status: string }; Meta: { ConsentId: string } };
      return { arrival, jti: String(payload.jti), consentId: message.Meta.ConsentId, status: message.Data.Status };
    };
    return {
      sp,
      m,
      app,
      sandboxWorkerId: `${hostname()}:${m.pids['webhook-worker']}`,
      async createConsent(webhookUrl) {
        const consentId = randomUUID();
        const detail = {
          type: 'urn:openfinanceuae:account-access-consent:v2.1',
          consent: { ConsentId: consentId, Permissions: ['ReadAccountsBasic'], ExpirationDateTime: inOneDay(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } },
          subscription: { Webhook: { Url: webhookUrl, IsActive: true } },
        };
        await pushAuthorizationRequest(tpp!, { redirectUri: app.redirectUris[0], scope: 'openid accounts', authorizationDetails: [detail] });
        return consentId;
      },
      async authorize(consentId) {
        const res = await lfiChange('PATCH', `${bank.consentManagerUrl}/consents/${consentId}`, { status: 'Authorized', psuIdentifiers: { userId: psu.userId }, accountIds: psu.accountIds!.slice(0, 1), authorizationChannel: 'Web' });
        expect({ status: res.status, body: res.text }).toEqual({ status: 204, body: '' });
      },
      async revoke(consentId) {
        const res = await lfiChange('POST', `${bank.consentManagerUrl}/consents/${consentId}/action/revoke`, { revokedBy: 'LFI' });
        expect({ status: res.status, body: res.text }).toEqual({ status: 204, body: '' });
      },
      open(arrivals) {
        return Promise.all(
          arrivals.map((a) => {
            let o = opened.get(a);
            if (!o) opened.set(a, (o = openOne(a)));
            return o;
          }),
        );
      },
      async query(sql) {
        // Read only, and no entities: raw SQL works on both engines (PostgreSQL through the search path).
        db ??= openDataSource(dataSourceOptions(databaseFor(loadConfig(sp.env), 'hub'), { entities: [], migrations: [] }), { migrate: false });
        return (await db).query(sql);
      },
      dispose,
    };
  } catch (e) {
    await dispose();
    throw e;
  }
}

/** Runs `make` `count` times, at most `parallel` at once (PAR is the slow part of a burst). */
/**
 * A consent whose Authorized event's first attempt is held until `release()` and then fails
 * (later attempts succeed), with its Revoked event already recorded behind it.
 */
async function heldFirstAttempt(c: Ctx, receivers: ScriptedReceiver[]): Promise<{ consentId: string; receiver: ScriptedReceiver; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const receiver = await startScriptedReceiver(c.app, async (a) => {
    if (a.n > 1) return 202;
    await released;
    return 500;
  });
  receivers.push(receiver);
  const consentId = await c.createConsent(receiver.url);
  await c.authorize(consentId);
  await waitUntil(() => receiver.arrivals.length === 1, 10_000, () => 'the first attempt');
  await c.revoke(consentId);
  await waitUntil(async () => (await deliveriesOf(c, [consentId])).length === 2, 10_000, () => 'the Revoked delivery recorded');
  return { consentId, receiver, release };
}

async function repeat<T>(count: number, parallel: number, make: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i += parallel) results.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, make))));
  return results;
}

interface DeliveryRow {
  id: string;
  resourceId: string;
  status: string;
  attempts: number;
}

/** Consent ids are UUIDs this test made, so inlining them is safe (and the same SQL on both engines). */
const deliveriesOf = (ctx: Ctx, consentIds: string[]) =>
  ctx.query<DeliveryRow>(`SELECT "id", "resourceId", "status", "attempts", "sequence" FROM webhook_deliveries WHERE "resourceId" IN (${consentIds.map((c) => `'${c}'`).join(', ')}) ORDER BY "sequence"`);

const attemptsOf = (ctx: Ctx, deliveryIds: string[]) =>
  ctx.query<{ deliveryId: string; attempt: number; statusCode: number | null; worker: string }>(
    `SELECT "deliveryId", "attempt", "statusCode", "worker" FROM webhook_attempts WHERE "deliveryId" IN (${deliveryIds.map((d) => `'${d}'`).join(', ')})`,
  );

/**
 * What every resilience scenario must keep: each jti is one event (a duplicate is the same
 * notification again), every event of every consent was accepted at least once, and a consent's
 * Revoked arrived only after its Authorized had been accepted.
 */
function expectAtLeastOnceInOrder(opened: Opened[], consentIds: string[]): void {
  const eventOfJti = new Map<string, string>();
  for (const o of opened) {
    const event = `${o.consentId} ${o.status}`;
    expect(eventOfJti.get(o.jti) ?? event).toBe(event);
    eventOfJti.set(o.jti, event);
  }
  const expected = consentIds.flatMap((c) => [`${c} Authorized`, `${c} Revoked`]).sort();
  expect([...new Set(opened.filter((o) => accepted(o.arrival)).map((o) => `${o.consentId} ${o.status}`))].sort()).toEqual(expected);
  // One jti per event: the relay gives each status change its own notification.
  expect(eventOfJti.size).toBe(expected.length);
  for (const c of consentIds) {
    const of = (status: string) => opened.filter((o) => o.consentId === c && o.status === status);
    const firstRevoked = Math.min(...of('Revoked').map((o) => o.arrival.at));
    const firstAuthorized = Math.min(...of('Authorized').map((o) => o.arrival.at));
    const authorizedAccepted = Math.min(...of('Authorized').filter((o) => accepted(o.arrival)).map((o) => o.arrival.answeredAt!));
    expect(firstAuthorized).toBeLessThan(firstRevoked);
    expect(firstRevoked).toBeGreaterThanOrEqual(authorizedAccepted);
  }
}

/** Waits until the receiver accepted every event of these consents (Authorized and Revoked). */
async function waitForAllEvents(ctx: Ctx, receiver: ScriptedReceiver, consentIds: string[], timeoutMs: number): Promise<void> {
  const want = consentIds.length * 2;
  let got = 0;
  await waitUntil(
    async () => {
      const opened = await ctx.open(receiver.arrivals.filter(accepted));
      got = new Set(opened.map((o) => `${o.consentId} ${o.status}`)).size;
      return got >= want;
    },
    timeoutMs,
    () => `${want} events (got ${got}; ${receiver.arrivals.length} requests: ${receiver.arrivals.map((a) => (a.aborted ? 'aborted' : (a.answered ?? 'pending'))).join(', ')})`,
  );
}

// ---------------------------------------------------------------------------------------------

describe('webhook resilience: a worker killed with deliveries in flight', () => {
  let redis: RedisServer | undefined;
  let ctx: Ctx | undefined;
  let extra: WebhookWorkerProcess | undefined;
  let receiver: ScriptedReceiver | undefined;
  let pausedPid: number | undefined;

  beforeAll(async () => {
    redis = await startRedisServer();
    ctx = await startContext({ ...FAST_RETRIES, WEBHOOK_LOCK_DURATION_MS: '2000', REDIS_URL: redis.url });
  });

  afterAll(() =>
    cleanUp(
      () => pausedPid && process.kill(pausedPid, 'SIGCONT'),
      () => extra?.kill('SIGKILL'),
      () => receiver?.close(),
      () => ctx?.dispose(),
      () => redis?.stop(),
    ),
  );

  it('re-sends the interrupted notifications (same jti) after the lock expires, every event arrives, each consent in order', async () => {
    const c = ctx!;
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    // Holds every request until the worker is dead, then answers slowly (300 ms) so deliveries overlap.
    receiver = await startScriptedReceiver(c.app, async () => {
      await released;
      await sleep(300);
      return 202;
    });
    extra = await startWebhookWorkerProcess(c.sp);
    const consentIds = await repeat(10, 5, () => c.createConsent(receiver!.url));
    // The sandbox's own worker pauses, so that the extra worker holds every delivery when it dies.
    await sleep(500);
    pausedPid = c.m.pids['webhook-worker'];
    process.kill(pausedPid, 'SIGSTOP');

    await Promise.all(consentIds.map((id) => c.authorize(id)));
    await Promise.all(consentIds.map((id) => c.revoke(id)));
    await waitUntil(() => receiver!.pending().length === consentIds.length, 15_000, () => `${consentIds.length} held requests (${receiver!.pending().length})`);
    // Every Revoked is recorded (and waits behind its Authorized) before the crash.
    await waitUntil(async () => (await deliveriesOf(c, consentIds)).length === 2 * consentIds.length, 10_000, () => 'every delivery recorded');
    const held = receiver.pending();

    await extra.kill('SIGKILL');
    await waitUntil(() => held.every((a) => a.aborted), 5_000, () => 'the held connections to close');
    release();
    process.kill(pausedPid, 'SIGCONT');
    pausedPid = undefined;
    extra = await startWebhookWorkerProcess(c.sp);

    await waitForAllEvents(c, receiver, consentIds, 30_000);
    await sleep(1_000); // stray duplicates would show up here
    const opened = await c.open(receiver.arrivals);
    expectAtLeastOnceInOrder(opened, consentIds);

    // The interrupted requests were Authorized notifications, sent again under the same jti and accepted.
    const heldOpened = await c.open(held);
    expect(heldOpened.map((o) => o.status)).toEqual(consentIds.map(() => 'Authorized'));
    expect(new Set(heldOpened.map((o) => o.consentId)).size).toBe(consentIds.length);
    for (const h of heldOpened) {
      expect(opened.some((o) => o.jti === h.jti && accepted(o.arrival))).toBe(true);
    }
    const deliveries = await deliveriesOf(c, consentIds);
    expect(deliveries.map((d) => d.status)).toEqual(deliveries.map(() => 'delivered'));
  });
});

describe('webhook resilience: Redis goes away', () => {
  let redis: RedisServer | undefined;
  let ctx: Ctx | undefined;
  const receivers: ScriptedReceiver[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    // A short lock also shortens how long a queued delivery must be missing from Redis before it is re-queued.
    ctx = await startContext({ ...FAST_RETRIES, WEBHOOK_LOCK_DURATION_MS: '2000', REDIS_URL: redis.url });
  });

  afterAll(() =>
    cleanUp(
      ...receivers.map((r) => () => r.close()),
      () => ctx?.dispose(),
      () => redis?.stop(),
    ),
  );

  it('keeps the events in the database while Redis is down and delivers them in order once it is back', async () => {
    const c = ctx!;
    const workerReady = () => httpsCall(String(c.m.services.webhookWorker.health), { caFile: c.m.caCertFile }).then((r) => r.status);
    const receiver = await startScriptedReceiver(c.app, () => 202);
    receivers.push(receiver);
    const consentId = await c.createConsent(receiver.url);
    expect(await workerReady()).toBe(200);

    await redis!.stop();
    await waitUntil(async () => (await workerReady()) === 503, 10_000, () => 'the worker to report Redis down');
    await c.authorize(consentId);
    await c.revoke(consentId);
    await waitUntil(async () => (await deliveriesOf(c, [consentId])).length === 2, 10_000, () => 'both deliveries recorded');
    await sleep(2_000);
    expect(receiver.arrivals).toHaveLength(0);
    // Waiting in the database (a pass may have it `queued` for the instant Redis takes to refuse it).
    for (const d of await deliveriesOf(c, [consentId])) expect(['waiting', 'queued']).toContain(d.status);

    redis = await startRedisServer(redis!.port);
    await waitForAllEvents(c, receiver, [consentId], 20_000);
    await sleep(500);
    const opened = await c.open(receiver.arrivals);
    expect(opened.map((o) => [o.status, o.arrival.answered])).toEqual([
      ['Authorized', 202],
      ['Revoked', 202],
    ]);
    expectAtLeastOnceInOrder(opened, [consentId]);
    expect(await workerReady()).toBe(200);
  });

  it('re-queues from the database a retry that a Redis restart lost, and keeps Revoked behind it', async () => {
    const c = ctx!;
    // The first attempt fails once Redis is gone, so its retry can only have been scheduled in the lost Redis.
    const { consentId, receiver, release: dropRedis } = await heldFirstAttempt(c, receivers);

    await redis!.stop();
    dropRedis();
    await waitUntil(async () => (await deliveriesOf(c, [consentId]))[0].status === 'retrying', 10_000, () => 'the failed attempt recorded');
    redis = await startRedisServer(redis!.port); // empty: no persistence

    await waitForAllEvents(c, receiver, [consentId], 20_000);
    await sleep(700);
    const opened = await c.open(receiver.arrivals);
    expect(opened.map((o) => [o.status, o.arrival.answered])).toEqual([
      ['Authorized', 500],
      ['Authorized', 202],
      ['Revoked', 202],
    ]);
    expect(opened[0].jti).toBe(opened[1].jti);
    expectAtLeastOnceInOrder(opened, [consentId]);
    const deliveries = await deliveriesOf(c, [consentId]);
    expect(deliveries.map((d) => [d.status, Number(d.attempts)])).toEqual([
      ['delivered', 2],
      ['delivered', 1],
    ]);
  });
});

describe('webhook resilience: two worker processes share the queue', () => {
  let redis: RedisServer | undefined;
  let ctx: Ctx | undefined;
  let extra: WebhookWorkerProcess | undefined;
  const receivers: ScriptedReceiver[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    ctx = await startContext({ ...FAST_RETRIES, REDIS_URL: redis.url });
    extra = await startWebhookWorkerProcess(ctx.sp);
  });

  afterAll(() =>
    cleanUp(
      () => extra?.kill('SIGKILL'),
      ...receivers.map((r) => () => r.close()),
      () => ctx?.dispose(),
      () => redis?.stop(),
    ),
  );

  it('delivers a burst of 30 events exactly once each, split between both workers', async () => {
    const c = ctx!;
    const receiver = await startScriptedReceiver(c.app, async () => {
      await sleep(50);
      return 202;
    });
    receivers.push(receiver);
    const consentIds = await repeat(15, 5, () => c.createConsent(receiver.url));
    await Promise.all(consentIds.map((id) => c.authorize(id)));
    await Promise.all(consentIds.map((id) => c.revoke(id)));

    await waitForAllEvents(c, receiver, consentIds, 30_000);
    await sleep(1_500);
    const opened = await c.open(receiver.arrivals);
    expectAtLeastOnceInOrder(opened, consentIds);
    expect(receiver.arrivals).toHaveLength(30);
    expect(new Set(opened.map((o) => o.jti)).size).toBe(30);

    const deliveries = await deliveriesOf(c, consentIds);
    expect(deliveries.map((d) => [d.status, Number(d.attempts)])).toEqual(deliveries.map(() => ['delivered', 1]));
    const attempts = await attemptsOf(
      c,
      deliveries.map((d) => d.id),
    );
    expect(attempts).toHaveLength(30);
    expect(new Set(attempts.map((a) => a.worker))).toEqual(new Set([c.sandboxWorkerId, extra!.workerId]));
  });

  it('holds Revoked back while Authorized is retried, and sends it only after Authorized was accepted', async () => {
    const c = ctx!;
    // The first request waits until Revoked is queued behind it, then fails; later ones succeed.
    const { consentId, receiver, release } = await heldFirstAttempt(c, receivers);
    await sleep(600); // a few scheduler passes with Revoked waiting behind the open Authorized
    expect((await deliveriesOf(c, [consentId])).map((d) => d.status)).toEqual(['queued', 'waiting']);
    release();

    await waitForAllEvents(c, receiver, [consentId], 15_000);
    await sleep(700);
    const opened = await c.open(receiver.arrivals);
    expect(opened.map((o) => [o.status, o.arrival.answered])).toEqual([
      ['Authorized', 500],
      ['Authorized', 202],
      ['Revoked', 202],
    ]);
    expect(opened[0].jti).toBe(opened[1].jti);
    expect(opened[2].arrival.at).toBeGreaterThanOrEqual(opened[1].arrival.answeredAt!);
    expectAtLeastOnceInOrder(opened, [consentId]);
    const deliveries = await deliveriesOf(c, [consentId]);
    expect(deliveries.map((d) => [d.status, Number(d.attempts)])).toEqual([
      ['delivered', 2],
      ['delivered', 1],
    ]);
  });
});
