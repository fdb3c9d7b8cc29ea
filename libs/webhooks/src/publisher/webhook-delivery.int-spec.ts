import { loadConfig, SystemClock, tenantUrls, type SandboxConfig, type TenantConfig } from '@hub/kernel';
import { dropDatabase, openDatabase, toInstant } from '@hub/persistence';
import { eventually, startWebhookReceiver, testDatabases, type ReceivedWebhook, type WebhookReceiver } from '@hub/testing';
import { ensureTrustFramework, TrustDirectory, type Directory, type HubApplication, type TppApplication } from '@hub/trust-framework';
import { Queue, QueueEvents, type Worker } from 'bullmq';
import IORedis from 'ioredis';
import { compactDecrypt, createLocalJWKSet, importPKCS8, jwtVerify, type JSONWebKeySet } from 'jose';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DataSource } from 'typeorm';
import { DeliveryStore, type NewDelivery } from '../delivery/delivery-store';
import { WebhookCredentials } from '../delivery/webhook-credentials';
import type { WebhookClaims } from '../message/webhook-message';
import type { WebhookDeliveryEntity, WebhookDeliveryStatus } from '../store/webhook-delivery.entity';
import { webhooksPersistence } from '../store/webhooks-persistence';
import { DeliveryProcessor } from './delivery-processor';
import { DeliveryScheduler } from './delivery-scheduler';
import { jobIdOf, WEBHOOK_QUEUE, webhookWorker, WebhookQueue, type DeliveryJob } from './webhook-queue';

/**
 * The delivery path for real: deliveries in the database, a BullMQ queue and worker on Redis, the
 * processor sealing with the hub keys of a temporary trust framework and POSTing over mutual TLS
 * to an HTTPS receiver holding the TPP's webhook server certificate.
 *
 * WEBHOOK_QUEUE is a fixed name, so this suite keeps to Redis database 7 (a sandbox running on the
 * same Redis uses database 0) under a key prefix of its own run (so two runs of this suite at once
 * never take, or obliterate, each other's jobs).
 */
const REDIS_URL = process.env.WEBHOOK_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7';
const MAX_ATTEMPTS = 3;
const BACKOFF_BASE_MS = 50;
const WORKER = 'test-worker';

let workDir: string;
let config: SandboxConfig;
let tenant: TenantConfig;
let directory: Directory;
let hubApp: HubApplication;
let tpp: TppApplication;
let trust: TrustDirectory;
let receiver: WebhookReceiver;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'webhook-delivery-'));
  const certsDir = join(workDir, 'certs');
  config = loadConfig({
    SANDBOX_CERTS_DIR: certsDir,
    SANDBOX_DATA_DIR: join(workDir, 'var'),
    REDIS_URL,
    WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
    WEBHOOK_BACKOFF_BASE_MS: String(BACKOFF_BASE_MS),
    LOG_LEVEL: 'silent',
  });
  tenant = config.tenants[0];
  directory = await ensureTrustFramework({
    certsDir,
    tenants: [{ id: tenant.id, name: tenant.name, sector: tenant.sector }],
    tppApplications: [
      {
        clientId: randomUUID(),
        organisationId: randomUUID(),
        organisationName: 'Webhook Test TPP',
        softwareStatementId: 'webhook-test',
        name: 'Webhook Test App',
        roles: ['BDSP'],
        redirectUris: ['https://localhost:8080/callback'],
      },
    ],
  });
  [hubApp] = directory.hubApplications;
  [tpp] = directory.tppApplications;
  trust = new TrustDirectory(certsDir);
  receiver = await startWebhookReceiver({ certFile: tpp.webhookServerCertFile, keyFile: tpp.webhookServerKeyFile });
});

afterAll(async () => {
  await receiver?.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** Waits until the delivery satisfies `done` (polling the database), or fails naming where it got. */
async function settled(store: DeliveryStore, id: string, done: (d: WebhookDeliveryEntity) => boolean = (d) => ['delivered', 'dead'].includes(d.status), timeoutMs = 20_000): Promise<WebhookDeliveryEntity> {
  const d = await eventually(() => store.find(id), (found) => !!found && done(found), { timeoutMs, intervalMs: 25, what: `delivery ${id} to settle` });
  return d!;
}

/**
 * BullMQ leaves a client it was handed open on close(). That covers this suite's own admin clients,
 * and also the IORedis instances WebhookQueue and webhookWorker create and never close (two
 * connections, with reconnect timers, left behind): this disconnects them too, and is harmless
 * once webhook-queue.ts closes its own.
 */
function disconnectLeftovers(bullmq: unknown): void {
  const connection = (bullmq as { opts?: { connection?: unknown } } | undefined)?.opts?.connection;
  if (connection instanceof IORedis && connection.status !== 'end') connection.disconnect();
}

const requestsOf = (id: string): ReceivedWebhook[] => receiver.received.filter((r) => r.headers['x-fapi-interaction-id'] === id);

describe.each(testDatabases('webhook-delivery'))('webhook delivery through BullMQ on $engine', ({ settings }) => {
  let ds: DataSource;
  let store: DeliveryStore;
  let credentials: WebhookCredentials;
  let queue: WebhookQueue;
  let worker: Worker<DeliveryJob>;
  let admin: Queue<DeliveryJob>;
  /** For `job.waitUntilFinished`. */
  let queueEvents: QueueEvents;
  let scheduler: DeliveryScheduler;
  const clock = new SystemClock();
  const redisErrors: Error[] = [];
  const settledIds: string[] = [];
  /** Status the receiver answers to attempt n (index = attempts BullMQ made before it); 202 beyond. */
  const script = new Map<string, number[]>();
  const prefix = `bull-test:${process.pid}:${randomUUID().slice(0, 8)}`;
  /** Attempts (`${deliveryId}:${attemptsMade}`) the worker must not start until the test releases them. */
  const gates = new Map<string, Promise<void>>();
  const hold = (id: string, attemptsMade: number): (() => void) => {
    let release!: () => void;
    gates.set(`${id}:${attemptsMade}`, new Promise<void>((r) => (release = r)));
    return release;
  };

  beforeAll(async () => {
    ds = await openDatabase(settings, { entities: webhooksPersistence.entities, migrations: webhooksPersistence.migrations });
    store = new DeliveryStore(ds);
    credentials = new WebhookCredentials(trust, config);
    admin = new Queue<DeliveryJob>(WEBHOOK_QUEUE, { prefix, connection: new IORedis(REDIS_URL, { maxRetriesPerRequest: null }) });
    const onError = (e: Error) => redisErrors.push(e);
    queue = new WebhookQueue(REDIS_URL, config.webhooks, onError, prefix);
    scheduler = new DeliveryScheduler(store, queue, clock);
    const processor = new DeliveryProcessor(store, credentials, config, clock, WORKER, (d) => settledIds.push(d.id));
    worker = webhookWorker(
      REDIS_URL,
      config.webhooks,
      async (job) => {
        await gates.get(`${job.data.deliveryId}:${job.attemptsMade}`);
        // The receiver's answer to this attempt, set before the POST so retries are deterministic.
        receiver.answerWith(script.get(job.data.deliveryId)?.[job.attemptsMade] ?? 202);
        return processor.process(job);
      },
      onError,
      prefix,
    );
    queueEvents = new QueueEvents(WEBHOOK_QUEUE, { prefix, connection: new IORedis(REDIS_URL, { maxRetriesPerRequest: null }) });
    await Promise.all([worker.waitUntilReady(), queueEvents.waitUntilReady()]);
  });

  afterAll(async () => {
    await worker?.close();
    disconnectLeftovers(worker);
    await queueEvents?.close();
    disconnectLeftovers(queueEvents);
    await queue?.close();
    disconnectLeftovers((queue as unknown as { queue: unknown } | undefined)?.queue);
    await admin?.obliterate({ force: true }).catch(() => undefined);
    await admin?.close();
    disconnectLeftovers(admin);
    await credentials?.close();
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  afterEach(() => {
    receiver.answerWith(202);
    expect(redisErrors).toEqual([]);
  });

  const claimsOf = (id: string, consentId: string): WebhookClaims => {
    const urls = tenantUrls(config, tenant);
    return {
      iss: urls.issuer,
      aud: [tpp.clientId],
      jti: id,
      message: {
        Data: { ConsentId: consentId, Status: 'Authorized' },
        Meta: {
          EventDateTime: clock.now().toISOString(),
          EventResource: `${urls.resourceServerUrl}/open-finance/account-information/v2.1/account-access-consents/${consentId}`,
          EventType: 'Resource.Updated',
          ConsentId: consentId,
        },
      },
    };
  };

  /** Records a delivery of a fresh consent (or of `o.resourceId`) to the receiver. */
  const record = async (o: Partial<NewDelivery> & { answers?: number[] } = {}): Promise<NewDelivery> => {
    const id = o.id ?? randomUUID();
    const resourceId = o.resourceId ?? `consent-${randomUUID()}`;
    const { answers, ...over } = o;
    const d: NewDelivery = { id, tenantId: tenant.id, clientId: tpp.clientId, resourceId, sequence: 1, eventType: 'Resource.Updated', url: receiver.url, claims: claimsOf(id, resourceId), ...over };
    if (answers) script.set(id, answers);
    await store.record(d, clock.now());
    return d;
  };

  const statusesOf = async (id: string) => (await store.attemptsOf(id)).map((a) => [a.attempt, a.statusCode]);

  it('delivers a recorded delivery once it is queued: one attempt, a 2xx, sealed for the TPP and signed by the hub', async () => {
    const d = await record();
    expect(await store.find(d.id)).toMatchObject({ status: 'waiting' });
    expect(await scheduler.enqueueHeads()).toBe(1);

    const delivered = await settled(store, d.id);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 202, lastError: null, deadAt: null, generation: 0 });
    expect(delivered.queuedAt).toEqual(expect.any(String));
    expect(delivered.deliveredAt! >= delivered.queuedAt!).toBe(true);
    const attempts = await store.attemptsOf(d.id);
    expect(attempts).toEqual([expect.objectContaining({ deliveryId: d.id, attempt: 1, statusCode: 202, error: null, worker: WORKER })]);
    expect(attempts[0].latencyMs).toBeGreaterThanOrEqual(0);
    expect(settledIds).toContain(d.id);

    // What the TPP received: one POST, application/jwe, that it can open and check.
    const [request] = requestsOf(d.id);
    expect(requestsOf(d.id)).toHaveLength(1);
    expect(request.headers['content-type']).toBe('application/jwe');
    const encryptionKey = await importPKCS8(readFileSync(tpp.encryptionKeyFile, 'utf8'), 'RSA-OAEP-256');
    const { plaintext, protectedHeader } = await compactDecrypt(request.body, encryptionKey);
    expect(protectedHeader).toMatchObject({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: tpp.encryptionKid });
    const hubKeys = createLocalJWKSet(trust.applicationJwks(hubApp.organisationId, hubApp.softwareStatementId) as JSONWebKeySet);
    const issuer = tenantUrls(config, tenant).issuer;
    const signed = await jwtVerify(new TextDecoder().decode(plaintext), hubKeys, { issuer, audience: tpp.clientId, algorithms: ['PS256'] });
    expect(signed.protectedHeader.kid).toBe(hubApp.signingKid);
    expect(signed.payload).toMatchObject({ jti: d.id, message: d.claims.message });
    expect(signed.payload.exp! - signed.payload.iat!).toBe(300);
    const bearer = await jwtVerify(String(request.headers.authorization).replace(/^Bearer /, ''), hubKeys, { issuer, audience: receiver.url, algorithms: ['PS256'] });
    expect(bearer.payload).toMatchObject({ sub: hubApp.clientId });
    expect(bearer.payload.jti).not.toBe(d.id);

    // The completed job is gone from Redis; a second pass queues nothing.
    expect(await admin.getJob(jobIdOf({ id: d.id, generation: 0 }))).toBeUndefined();
    expect(await scheduler.enqueueHeads()).toBe(0);
  });

  it('retries after a 500 on the back-off, then delivers: both attempts recorded', async () => {
    const d = await record({ answers: [500, 202] });
    await scheduler.enqueueHeads();
    const delivered = await settled(store, d.id);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 202, lastError: null });
    expect(await statusesOf(d.id)).toEqual([
      [1, 500],
      [2, 202],
    ]);
    expect((await store.attemptsOf(d.id))[0]).toMatchObject({ error: 'the receiver answered 500' });
    const [first, second] = requestsOf(d.id);
    expect([first.answered, second.answered]).toEqual([500, 202]);
    // The first retry waits backoffBaseMs ± jitter.
    expect(second.at - first.at).toBeGreaterThanOrEqual(Math.floor(BACKOFF_BASE_MS * (1 - config.webhooks.jitter)) - 5);
    // The same notification (jti) each time, sealed anew.
    expect(first.body).not.toBe(second.body);
  });

  it('gives up after maxAttempts: dead, every attempt recorded, the job gone', async () => {
    const d = await record({ answers: [500, 503, 500] });
    await scheduler.enqueueHeads();
    const dead = await settled(store, d.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS, lastStatusCode: 500, lastError: 'the receiver answered 500', deliveredAt: null });
    expect(dead.deadAt).toEqual(expect.any(String));
    expect(await statusesOf(d.id)).toEqual([
      [1, 500],
      [2, 503],
      [3, 500],
    ]);
    expect(requestsOf(d.id)).toHaveLength(MAX_ATTEMPTS);
    expect(await admin.getJob(jobIdOf(dead))).toBeUndefined();
    expect(settledIds).toContain(d.id);
  });

  it('replays a dead letter under a new generation with a fresh budget, which delivers; earlier attempts stay recorded', async () => {
    const d = await record({ answers: [500, 500, 500] });
    await scheduler.enqueueHeads();
    await settled(store, d.id);
    script.set(d.id, [503, 202]);
    expect(await store.replay(d.id)).toBe(true);
    expect(await scheduler.enqueueHeads()).toBe(1);
    const delivered = await settled(store, d.id, (x) => x.status === 'delivered');
    expect(delivered).toMatchObject({ generation: 1, attempts: 2, lastStatusCode: 202, deadAt: null });
    expect(await statusesOf(d.id)).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
      [1, 503],
      [2, 202],
    ]);
  });

  it('records a refused connection as an attempt without a status code', async () => {
    const closedPort = await freePort();
    const d = await record({ url: `https://localhost:${closedPort}/webhooks` });
    await scheduler.enqueueHeads();
    const dead = await settled(store, d.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS, lastStatusCode: null });
    expect(dead.lastError).toMatch(/^no answer: /);
    const attempts = await store.attemptsOf(d.id);
    expect(attempts.map((a) => a.statusCode)).toEqual([null, null, null]);
  });

  it('records a TPP without an encryption key as failed attempts, without sending anything', async () => {
    const stranger = randomUUID();
    const d = await record({ clientId: stranger });
    await scheduler.enqueueHeads();
    const dead = await settled(store, d.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS, lastError: `TPP ${stranger} has no encryption key in its keystore JWKS` });
    expect(requestsOf(d.id)).toEqual([]);
  });

  it("sends a resource's events in order: the next is queued only once the previous is settled", async () => {
    const resourceId = `consent-${randomUUID()}`;
    const first = await record({ resourceId, sequence: 1, answers: [500, 202] });
    const second = await record({ resourceId, sequence: 2 });
    const releaseRetry = hold(first.id, 1);
    expect(await scheduler.enqueueHeads()).toBe(1);
    // The first event failed once and waits for its retry: the second stays in the database.
    await settled(store, first.id, (d) => d.status === 'retrying');
    expect(await scheduler.enqueueHeads()).toBe(0);
    expect(await store.find(second.id)).toMatchObject({ status: 'waiting' });
    releaseRetry();
    await settled(store, first.id);
    expect(await scheduler.enqueueHeads()).toBe(1);
    await settled(store, second.id);
    expect(requestsOf(first.id).map((r) => r.answered)).toEqual([500, 202]);
    expect(requestsOf(second.id)[0].at).toBeGreaterThanOrEqual(requestsOf(first.id)[1].at);
  });

  it('ignores a job of an old generation or of a settled delivery (nothing sent, nothing recorded)', async () => {
    const d = await record();
    await scheduler.enqueueHeads();
    await settled(store, d.id);
    const before = receiver.received.length;
    const stale = await admin.add('deliver', { deliveryId: d.id, generation: 0 }, { jobId: `${d.id}.again` });
    const unknown = await admin.add('deliver', { deliveryId: randomUUID(), generation: 0 });
    await expect(stale.waitUntilFinished(queueEvents)).resolves.toBe('nothing to do');
    await expect(unknown.waitUntilFinished(queueEvents)).resolves.toBe('nothing to do');
    expect(receiver.received.length).toBe(before);
    expect(await store.attemptsOf(d.id)).toHaveLength(1);
  });

  describe('recoverLost', () => {
    const queuedLongAgo = async (status: WebhookDeliveryStatus) => {
      const d = await record();
      expect(await store.transition(d.id, ['waiting'], 0, { status, queuedAt: toInstant(new Date(clock.now().getTime() - 60_000)) })).toBe(true);
      return d;
    };

    it('puts a queued delivery whose job Redis no longer holds back to waiting, then it is delivered', async () => {
      const lost = await queuedLongAgo('queued');
      const lostRetry = await queuedLongAgo('retrying');
      expect(await scheduler.recoverLost(30_000)).toBeGreaterThanOrEqual(2);
      expect(await store.find(lost.id)).toMatchObject({ status: 'waiting', queuedAt: null, generation: 0 });
      expect(await store.find(lostRetry.id)).toMatchObject({ status: 'waiting', queuedAt: null });
      await scheduler.enqueueHeads();
      expect(await settled(store, lost.id)).toMatchObject({ status: 'delivered', attempts: 1 });
      expect(await settled(store, lostRetry.id)).toMatchObject({ status: 'delivered' });
    });

    it('a lost delivery keeps its count of attempts: re-queued, it has only what is left of its budget', async () => {
      const d = await record({ answers: [500, 500, 500] });
      await store.transition(d.id, ['waiting'], 0, { status: 'retrying', attempts: 2, queuedAt: toInstant(new Date(clock.now().getTime() - 60_000)) });
      await scheduler.recoverLost(30_000);
      expect(await store.find(d.id)).toMatchObject({ status: 'waiting', attempts: 2 });
      await scheduler.enqueueHeads();
      expect(await settled(store, d.id)).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS });
      expect(await statusesOf(d.id)).toEqual([[3, 500]]);
      expect(requestsOf(d.id)).toHaveLength(1);
    });

    it('a lost delivery that retries continues the back-off where it was', async () => {
      const d = await record({ answers: [500, 202] });
      await store.transition(d.id, ['waiting'], 0, { status: 'retrying', attempts: 1, queuedAt: toInstant(new Date(clock.now().getTime() - 60_000)) });
      await scheduler.recoverLost(30_000);
      await scheduler.enqueueHeads();
      expect(await settled(store, d.id)).toMatchObject({ status: 'delivered', attempts: 3 });
      expect(await statusesOf(d.id)).toEqual([
        [2, 500],
        [3, 202],
      ]);
      // Retry 2 of the delivery: backoffBaseMs × factor, ± jitter (not the first retry's backoffBaseMs).
      const [first, second] = requestsOf(d.id);
      expect(second.at - first.at).toBeGreaterThanOrEqual(Math.floor(BACKOFF_BASE_MS * config.webhooks.backoffFactor * (1 - config.webhooks.jitter)) - 5);
    });

    it('leaves a delivery queued more recently than the grace period', async () => {
      const d = await record();
      await store.transition(d.id, ['waiting'], 0, { status: 'queued', queuedAt: toInstant(clock.now()) });
      await scheduler.recoverLost(30_000);
      expect(await store.find(d.id)).toMatchObject({ status: 'queued' });
      await store.transition(d.id, ['queued'], 0, { status: 'dead' }); // out of the other tests' way
    });

    it('leaves a delivery whose job Redis still holds (a delayed retry)', async () => {
      const d = await queuedLongAgo('retrying');
      const job = await admin.add('deliver', { deliveryId: d.id, generation: 0 }, { jobId: jobIdOf({ id: d.id, generation: 0 }), delay: 600_000 });
      try {
        await scheduler.recoverLost(30_000);
        expect(await store.find(d.id)).toMatchObject({ status: 'retrying' });
      } finally {
        await job.remove();
        await store.transition(d.id, ['retrying'], 0, { status: 'dead' });
      }
    });
  });
});

/**
 * Redis that goes away: a private redis-server (no persistence) on a free port, stopped and
 * started again under the scheduler.
 */
describe.each(testDatabases('webhook-redis-loss'))('the scheduler when Redis goes away, on $engine', ({ settings }) => {
  let ds: DataSource;
  let store: DeliveryStore;
  let port: number;
  let redis: ChildProcess | undefined;
  let queue: WebhookQueue;
  let scheduler: DeliveryScheduler;
  const clock = new SystemClock();

  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (!(await answersPing(port))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stopRedis = async () => {
    const child = redis;
    redis = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  };

  beforeAll(async () => {
    ds = await openDatabase(settings, { entities: webhooksPersistence.entities, migrations: webhooksPersistence.migrations });
    store = new DeliveryStore(ds);
    port = await freePort();
    await startRedis();
    queue = new WebhookQueue(`redis://127.0.0.1:${port}`, config.webhooks, () => undefined);
    scheduler = new DeliveryScheduler(store, queue, clock);
  });

  afterAll(async () => {
    await queue?.close();
    disconnectLeftovers((queue as unknown as { queue: unknown } | undefined)?.queue);
    await stopRedis();
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  const record = async () => {
    const id = randomUUID();
    const resourceId = `consent-${id}`;
    const claims: WebhookClaims = { iss: 'https://localhost:8443/x/as', aud: ['c'], jti: id, message: { Data: {}, Meta: { EventDateTime: '', EventResource: '', EventType: 'Resource.Updated', ConsentId: resourceId } } };
    await store.record({ id, tenantId: 'redis-loss', clientId: 'c', resourceId, sequence: 1, eventType: 'Resource.Updated', url: 'https://localhost:1/none', claims }, clock.now());
    return id;
  };

  it('keeps a delivery waiting while Redis refuses it, queues it once Redis is back, and recovers jobs a restart lost', async () => {
    const queuedBeforeRestart = await record();
    expect(await scheduler.enqueueHeads()).toBe(1);
    expect(await store.find(queuedBeforeRestart)).toMatchObject({ status: 'queued' });

    await stopRedis();
    const duringOutage = await record();
    await expect(scheduler.enqueueHeads()).rejects.toThrow();
    expect(await store.find(duringOutage)).toMatchObject({ status: 'waiting', queuedAt: null });

    await startRedis();
    // ioredis reconnects on its own back-off; the next passes succeed once it has.
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        await scheduler.enqueueHeads();
        break;
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect(await store.find(duringOutage)).toMatchObject({ status: 'queued' });
    expect(await queue.holds((await store.find(duringOutage))!)).toBe(true);

    // The restarted Redis kept nothing: the delivery queued before it is lost there.
    const lost = (await store.find(queuedBeforeRestart))!;
    expect(await queue.holds(lost)).toBe(false);
    expect(await scheduler.recoverLost(0)).toBe(1);
    expect(await store.find(queuedBeforeRestart)).toMatchObject({ status: 'waiting' });
    expect(await scheduler.enqueueHeads()).toBe(1);
    expect(await queue.holds((await store.find(queuedBeforeRestart))!)).toBe(true);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** PING over a plain socket (an IORedis probe would leave a disconnect timer behind). */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => done(chunk.toString().startsWith('+PONG')));
  });
}
