import { authorizeConsentHeadlessly, disposeSandbox, eventually, httpsCall, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient } from '@hub/testing';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect, createServer } from 'node:net';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A redis-server of this suite's own: the BullMQ queue has one fixed name, so sandboxes sharing a
 * Redis (other suites running at the same time) take each other's jobs and drop them as unknown.
 */
async function ownRedis(): Promise<{ url: string; stop(): void }> {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = s.address() as { port: number };
      s.close(() => resolve(free));
    });
  });
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const pong = () =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      const done = (ok: boolean) => (socket.destroy(), resolve(ok));
      socket.once('data', (d) => done(d.toString().startsWith('+PONG')));
      socket.once('error', () => done(false));
    });
  for (const deadline = Date.now() + 10_000; !(await pong()); await sleep(50)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

type App = SandboxManifest['tpps'][number];
type Tenant = SandboxManifest['tenants'][number];
interface Event { DeliveryId: string; Jti: string; Status: string; ResourceId: string; Message: { Data: { Status: string } }; [k: string]: unknown }

describe('webhook review: the mock event receiver and review-emitted-events', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tppA: TppClient;
  let tppB: TppClient;
  let redis: { url: string; stop(): void } | undefined;
  const tenant = (id: string) => m.tenants.find((t) => t.id === id)!;
  const bank = () => tenant('falcon-bank');
  const lfi = () => m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
  const appA = () => m.tpps[0];
  const appB = () => m.tpps[1];
  const receiverUrl = () => `${bank().resourceServerUrl}/mock-event-receiver`;
  const lfiCall = (method: string, url: string, body?: unknown) =>
    httpsCall(url, { method, caFile: m.caCertFile, client: lfi(), headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
  const review = (caller: { transportCertFile: string; transportKeyFile: string } | undefined, at: Tenant, query = '', headers?: Record<string, string>) =>
    httpsCall(`${at.resourceServerUrl}/review-emitted-events${query}`, { caFile: m.caCertFile, client: caller, headers });
  const receive = (body: string, contentType: string) =>
    httpsCall(receiverUrl(), { method: 'POST', caFile: m.caCertFile, client: appA(), headers: { 'content-type': contentType }, body });

  /** PAR with a subscription; the LFI authorizes through Headless Heimdall. */
  const authorizedConsent = async (tpp: TppClient, app: App, webhook: { Url: string; IsActive: boolean }) =>
    (await authorizeConsentHeadlessly(m, tpp, { tenantId: 'falcon-bank', redirectUri: app.redirectUris[0], webhook })).consentId;

  /** The app's events of a consent once `count` of them are Delivered (the worker is asynchronous). */
  async function delivered(app: App, consentId: string, count: number): Promise<Event[]> {
    const read = async () => {
      const res = await review(app, bank());
      expect(res.status).toBe(200);
      return (res.json().Data.Events as Event[]).filter((e) => e.ResourceId === consentId);
    };
    return eventually(read, (events) => events.filter((e) => e.Status === 'Delivered').length >= count, { timeoutMs: 30_000, intervalMs: 200, what: `${count} Delivered events` });
  }

  let consentA: string;

  beforeAll(async () => {
    redis = await ownRedis();
    sp = await startSandbox({ fresh: true, env: { REDIS_URL: redis.url } });
    m = sp.manifest();
    expect(appB().roles).toContain('BDSP');
    tppA = await tppClient(bank().issuer, appA(), m.caCertFile);
    tppB = await tppClient(bank().issuer, appB(), m.caCertFile);
  });

  afterAll(async () => {
    await tppA?.close();
    await tppB?.close();
    if (sp) await disposeSandbox(sp);
    redis?.stop();
  });

  it("delivers to the tenant's mock event receiver, and the TPP reviews what it was sent, decrypted, newest first", async () => {
    consentA = await authorizedConsent(tppA, appA(), { Url: receiverUrl(), IsActive: true });
    const [authorized] = await delivered(appA(), consentA, 1);
    expect(authorized).toMatchObject({
      Status: 'Delivered',
      Url: receiverUrl(),
      EventType: 'Resource.Updated',
      ResourceId: consentA,
      Attempts: 1,
      LastStatusCode: 202,
      Message: {
        Iss: bank().issuer,
        Aud: [appA().clientId],
        Data: { ConsentId: consentA, Status: 'Authorized' },
        Meta: { EventType: 'Resource.Updated', ConsentId: consentA, EventResource: `${bank().resourceServerUrl}/open-finance/account-information/v2.1/account-access-consents/${consentA}` },
      },
    });
    expect(authorized.DeliveryId).toMatch(UUID);
    expect(typeof authorized.Jti).toBe('string');
    expect(authorized.DeliveredAt).toEqual(expect.any(String));
    expect(authorized).not.toHaveProperty('DeadAt');
    expect(authorized.DeliveryAttempts).toEqual([{ At: expect.any(String), StatusCode: 202, LatencyMs: expect.any(Number) }]);

    expect((await lfiCall('POST', `${bank().consentManagerUrl}/consents/${consentA}/action/revoke`, { revokedBy: 'LFI' })).status).toBe(204);
    const events = await delivered(appA(), consentA, 2);
    expect(events.map((e) => e.Message.Data.Status)).toEqual(['Revoked', 'Authorized']);
    expect(events[0].Jti).not.toBe(events[1].Jti);

    const interactionId = randomUUID();
    const res = await review(appA(), bank(), '?minutesInPast=5', { 'x-fapi-interaction-id': interactionId });
    expect(res.headers['x-fapi-interaction-id']).toBe(interactionId);
    const body = res.json();
    expect(body.Links).toEqual({ Self: `${bank().resourceServerUrl}/review-emitted-events?minutesInPast=5` });
    expect(body.Meta).toEqual({ MinutesInPast: 5, TotalRecords: body.Data.Events.length });
  });

  it('shows each TPP only its own events at that tenant, to TPP certificates only', async () => {
    const consentB = await authorizedConsent(tppB, appB(), { Url: receiverUrl(), IsActive: true });
    const ofB = await delivered(appB(), consentB, 1);
    const allOfB = (await review(appB(), bank())).json().Data.Events as Event[];
    expect(allOfB.map((e) => e.DeliveryId)).toEqual(ofB.map((e) => e.DeliveryId));
    expect(allOfB.every((e) => (e.Message as unknown as { Aud: string[] }).Aud[0] === appB().clientId)).toBe(true);
    const ofA = (await review(appA(), bank())).json().Data.Events as Event[];
    expect(ofA.some((e) => e.ResourceId === consentA)).toBe(true);
    expect(ofA.some((e) => e.ResourceId === consentB)).toBe(false);

    const elsewhere = await review(appA(), tenant('oasis-bank'));
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.json()).toMatchObject({ Data: { Events: [] }, Meta: { TotalRecords: 0 } });

    const asLfi = await review(lfi(), bank());
    expect(asLfi.status).toBe(403);
    expect(asLfi.json().Errors[0]).toMatchObject({ Code: 'GenericError', Message: expect.stringMatching(/TPP/) });

    for (const bad of ['0', '10081', 'abc', '1.5']) {
      const res = await review(appA(), bank(), `?minutesInPast=${bad}`);
      expect(res.status).toBe(400);
      expect(res.json().Errors).toEqual([{ Code: 'Resource.InvalidFormat', Message: expect.stringMatching(/minutesInPast/), Path: 'minutesInPast' }]);
    }

    const anonymous = await review(undefined, bank());
    expect(anonymous.status).toBe(401);
    expect(anonymous.json().Errors[0].Code).toBe('GenericError');
  });

  it('has the mock event receiver refuse what is not a JWE, and any LFI', async () => {
    const jwe = `${Buffer.from(JSON.stringify({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })).toString('base64url')}.a2V5.aXY.Y3Q.dGFn`;
    const accepted = await receive(jwe, 'application/jwe');
    expect(accepted.status).toBe(202);
    expect(accepted.text).toBe('');
    expect(accepted.headers['x-fapi-interaction-id']).toMatch(UUID);

    const json = await receive('{"Data":{}}', 'application/json');
    expect(json.status).toBe(415);
    expect(json.json().Errors[0]).toMatchObject({ Code: 'Body.InvalidFormat', Message: expect.stringMatching(/application\/jwe/) });

    for (const body of ['', 'not-a-jwe', 'a.b.c']) {
      const res = await receive(body, 'application/jwe');
      expect(res.status).toBe(400);
      expect(res.json().Errors[0].Code).toBe('Body.InvalidFormat');
    }

    const fromLfi = await httpsCall(receiverUrl(), { method: 'POST', caFile: m.caCertFile, client: lfi(), headers: { 'content-type': 'application/jwe' }, body: jwe });
    expect(fromLfi.status).toBe(403);
    const anonymous = await httpsCall(receiverUrl(), { method: 'POST', caFile: m.caCertFile, headers: { 'content-type': 'application/jwe' }, body: jwe });
    expect(anonymous.status).toBe(401);
  });

  it("publishes both operations in the resource server's OpenAPI document", async () => {
    const doc = (await httpsCall(`${m.services.hub.url}/docs/resource-server/json`, { caFile: m.caCertFile })).json();
    const review = doc.paths['/{tenant}/rs/review-emitted-events'].get;
    expect(review.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'minutesInPast', in: 'query', required: false })]));
    expect(review.responses['200'].content['application/json'].schema.$ref).toMatch(/EmittedEventsResponseDto$/);
    expect(doc.components.schemas.EmittedEventDto.properties).toEqual(expect.objectContaining({ Jti: expect.anything(), Message: expect.anything(), DeliveryAttempts: expect.anything() }));
    const receive = doc.paths['/{tenant}/rs/mock-event-receiver'].post;
    expect(Object.keys(receive.responses)).toEqual(expect.arrayContaining(['202', '400', '415']));
  });
});
