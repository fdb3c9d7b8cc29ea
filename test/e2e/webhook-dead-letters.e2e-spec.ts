import { authorizeConsentHeadlessly, disposeSandbox, eventually, httpsCall, openWebhook, SandboxManifest, SandboxProcess, startSandbox, startWebhookReceiver, TppClient, tppClient, WebhookReceiver } from '@hub/testing';

type Tpp = SandboxManifest['tpps'][number] & { encryptionKeyFile: string; webhookServerCertFile: string; webhookServerKeyFile: string };
type Delivery = { id: string; tenantId: string; resourceId: string; status: string; attempts: number; generation: number; createdAt: string; deliveredAt: string | null; deadAt: string | null; lastError: string | null };

describe('webhook dead letters: admin API, replay and metrics of the webhook worker', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  let receiver: WebhookReceiver;
  const bank = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
  const app = () => m.tpps[0] as Tpp;
  const worker = () => m.services.webhookWorker.url;
  /** The worker's admin API with a TPP's transport certificate (or none). */
  const admin = (method: string, path: string, who: { transportCertFile: string; transportKeyFile: string } | null = app()) =>
    httpsCall(`${worker()}${path}`, { method, caFile: m.caCertFile, client: who ?? undefined });

  /** PAR with a subscription; the LFI authorizes through Headless Heimdall. */
  const authorizedConsent = async (webhook: { Url: string; IsActive: boolean }) =>
    (await authorizeConsentHeadlessly(m, tpp, { tenantId: 'falcon-bank', redirectUri: app().redirectUris[0], webhook })).consentId;

  /** Polls the admin list until the consent's delivery has the status. */
  async function deliveryOf(consentId: string, status: string, timeoutMs = 20_000): Promise<Delivery> {
    const read = async () => {
      const res = await admin('GET', `/admin/webhooks/deliveries?status=${status}`);
      expect(res.status).toBe(200);
      return res.json<Delivery[]>().find((d) => d.resourceId === consentId);
    };
    return eventually(read, { timeoutMs, intervalMs: 200, what: `a ${status} delivery for ${consentId}` });
  }

  const open = (r: Parameters<typeof openWebhook>[0]) =>
    openWebhook(r, { encryptionKeyFile: app().encryptionKeyFile, hubJwksUrl: bank().hubJwksUrl, caFile: m.caCertFile, issuer: bank().issuer, clientId: app().clientId, url: receiver.url });

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { WEBHOOK_BACKOFF_BASE_MS: '100', WEBHOOK_MAX_ATTEMPTS: '3' } });
    m = sp.manifest();
    expect(m.services.webhookWorker?.url).toMatch(/^https:\/\//);
    expect(m.tpps[1]).toBeDefined();
    tpp = await tppClient(bank().issuer, m.tpps[0], m.caCertFile);
    receiver = await startWebhookReceiver({ certFile: app().webhookServerCertFile, keyFile: app().webhookServerKeyFile });
    await receiver.pause();
  });

  afterAll(async () => {
    await receiver?.close();
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  let deadId: string;

  it('a delivery to a receiver that refuses connections is dead after 3 attempts, each recorded with its error', async () => {
    const consentId = await authorizedConsent({ Url: receiver.url, IsActive: true });
    const dead = await deliveryOf(consentId, 'dead');
    deadId = dead.id;
    expect(dead).toMatchObject({ tenantId: 'falcon-bank', eventType: 'Resource.Updated', url: receiver.url, attempts: 3, generation: 0, deliveredAt: null, lastStatusCode: null });
    expect(dead.deadAt).toEqual(expect.any(String));
    expect(dead.lastError).toMatch(/no answer/);

    const detail = await admin('GET', `/admin/webhooks/deliveries/${deadId}`);
    expect(detail.status).toBe(200);
    const { delivery, attempts } = detail.json();
    expect(delivery.id).toBe(deadId);
    expect(attempts.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3]);
    for (const a of attempts) {
      expect(a).toMatchObject({ statusCode: null, error: expect.stringMatching(/no answer/), latencyMs: expect.any(Number), worker: expect.any(String), at: expect.any(String) });
    }
  });

  it('metrics and readiness count the dead letter and the retries', async () => {
    const res = await httpsCall(`${worker()}/metrics`, { caFile: m.caCertFile });
    expect(res.status).toBe(200);
    const metrics = res.json();
    expect(metrics.deadLettered).toBeGreaterThanOrEqual(1);
    expect(metrics.retried).toBeGreaterThanOrEqual(2);
    expect(metrics.attempts).toBeGreaterThanOrEqual(3);
    expect(metrics).toMatchObject({ queued: expect.any(Number), retrying: expect.any(Number), delivered: expect.any(Number), worker: expect.stringMatching(/:\d+$/), latencyMs: { sample: expect.any(Number) } });
    if (m.redis && (m.redis as { url?: string }).url) expect(metrics.queue).toEqual(expect.objectContaining({ waiting: expect.any(Number), delayed: expect.any(Number), active: expect.any(Number) }));

    const ready = (await httpsCall(`${worker()}/health/ready`, { caFile: m.caCertFile })).json();
    expect(ready.checks.webhooks).toMatchObject({ status: 'up', critical: false, details: { deadLettered: metrics.deadLettered, retried: expect.any(Number) } });
  });

  it('replaying the dead letter delivers it with its original jti; replaying again is a conflict', async () => {
    await receiver.resume();
    const before = receiver.received.length;
    const replay = await admin('POST', `/admin/webhooks/deliveries/${deadId}/replay`);
    expect(replay.status).toBe(202);
    expect(replay.json()).toEqual({ id: deadId, status: 'waiting', generation: 1 });

    const got = await receiver.waitFor(before + 1, 15_000);
    const opened = await open(got.at(-1)!);
    expect(opened.claims.jti).toBe(deadId);
    const delivered = await deliveryOf(opened.claims.message.Meta.ConsentId, 'delivered');
    expect(delivered).toMatchObject({ id: deadId, generation: 1, deadAt: null, lastStatusCode: 202, lastError: null });
    const { attempts } = (await admin('GET', `/admin/webhooks/deliveries/${deadId}`)).json();
    expect(attempts).toHaveLength(4); // the three failures stay in the log
    expect(attempts.at(-1)).toMatchObject({ attempt: delivered.attempts, statusCode: 202, error: null });

    const again = await admin('POST', `/admin/webhooks/deliveries/${deadId}/replay`);
    expect(again.status).toBe(409);
    expect(again.json().Errors[0].Message).toMatch(/is delivered: only a dead delivery can be replayed/);

    const metrics = (await httpsCall(`${worker()}/metrics`, { caFile: m.caCertFile })).json();
    expect(metrics.delivered).toBeGreaterThanOrEqual(1);
    expect(metrics.latencyMs.p50).toEqual(expect.any(Number));
  });

  it("another TPP sees none of it, a caller without a certificate is refused, an LFI's certificate is forbidden", async () => {
    const other = m.tpps[1];
    const detail = await admin('GET', `/admin/webhooks/deliveries/${deadId}`, other);
    expect(detail.status).toBe(404);
    expect(detail.json().Errors[0]).toMatchObject({ Code: 'Resource.NotFound' });
    expect((await admin('POST', `/admin/webhooks/deliveries/${deadId}/replay`, other)).status).toBe(404);
    const list = await admin('GET', '/admin/webhooks/deliveries', other);
    expect(list.status).toBe(200);
    expect(list.json()).toEqual([]);
    expect((await admin('POST', '/admin/webhooks/dead-letters/replay', other)).json()).toEqual({ replayed: 0 });

    const anonymous = await admin('GET', '/admin/webhooks/deliveries', null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json().Errors[0].Message).toMatch(/client \(transport\) certificate is required/);
    expect((await admin('POST', `/admin/webhooks/deliveries/${deadId}/replay`, null)).status).toBe(401);
    expect((await admin('GET', '/admin/webhooks/deliveries', lfi())).status).toBe(403);
  });

  it('refuses bad query values with 400 Errors[]', async () => {
    for (const query of ['status=lost', 'limit=0', 'limit=501', 'limit=ten', 'tenantId=no-such-bank', 'colour=blue']) {
      const res = await admin('GET', `/admin/webhooks/deliveries?${query}`);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.json().Errors[0]).toMatchObject({ Code: expect.any(String), Message: expect.any(String) });
    }
    const limited = await admin('GET', '/admin/webhooks/deliveries?limit=1&tenantId=falcon-bank');
    expect(limited.status).toBe(200);
    expect(limited.json()).toHaveLength(1);
  });

  it('dead-letters/replay sends every dead delivery of the TPP again', async () => {
    await receiver.pause();
    const consents = [await authorizedConsent({ Url: receiver.url, IsActive: true }), await authorizedConsent({ Url: receiver.url, IsActive: true })];
    const dead = await Promise.all(consents.map((c) => deliveryOf(c, 'dead')));
    const listed = (await admin('GET', '/admin/webhooks/deliveries?status=dead')).json<Delivery[]>();
    expect(listed.map((d) => d.id).sort()).toEqual(dead.map((d) => d.id).sort());
    expect(Date.parse(listed[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(listed[1].createdAt)); // newest first

    await receiver.resume();
    const before = receiver.received.length;
    const res = await admin('POST', '/admin/webhooks/dead-letters/replay?tenantId=falcon-bank');
    expect(res.status).toBe(202);
    expect(res.json()).toEqual({ replayed: 2 });
    const got = (await receiver.waitFor(before + 2, 15_000)).slice(-2);
    const jtis = await Promise.all(got.map(async (r) => (await open(r)).claims.jti));
    expect(jtis.sort()).toEqual(dead.map((d) => d.id).sort());
    for (const c of consents) expect((await deliveryOf(c, 'delivered')).generation).toBe(1);
    expect((await admin('GET', '/admin/webhooks/deliveries?status=dead')).json()).toEqual([]);
  });
});
