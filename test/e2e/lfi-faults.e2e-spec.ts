import { authorizeConsentHeadlessly, disposeSandbox, httpsCall, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient } from '@hub/testing';
import { randomUUID } from 'node:crypto';

/**
 * The mock LFI's fault knobs (libs/mock-lfi-ozone-connect/src/faults/), driven by the LFI operator, and what a
 * TPP then sees through the hub: the mapping of libs/gateway/src/mapping/ozone-error.ts.
 */
describe('LFI fault knobs: a TPP rehearses LFI failures through the hub', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  let token: string;
  let accountId: string;
  const TENANT = 'falcon-bank';
  const tenant = () => m.tenants.find((t) => t.id === TENANT)!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === TENANT)!;
  const psu = () => m.psus.find((p) => p.tenantId === TENANT)!;
  const api = (path: string) => `${tenant().resourceServerUrl}/open-finance/account-information/v2.1${path}`;
  const adminUrl = () => tenant().ozoneConnectUrl.replace(/\/ozone-connect\/?$/, '/admin/faults');
  /** `as` null: no client certificate at all. */
  const admin = (method: string, body?: unknown, as: { transportCertFile: string; transportKeyFile: string } | null = lfi()) =>
    httpsCall(adminUrl(), { method, caFile: m.caCertFile, client: as ?? undefined, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });

  /** A consent of these permissions over these accounts, authorized headlessly (PAR, the LFI authorizes, code grant): its access token. */
  const authorizedToken = async (permissions: string[], accountIds: string[]): Promise<string> =>
    (await authorizeConsentHeadlessly(m, tpp, { tenantId: 'falcon-bank', redirectUri: m.tpps[0].redirectUris[0], permissions, accountIds })).tokens.access_token;


  const get = async (path: string, interactionId = randomUUID()) => {
    const res = await tpp.fetch(api(path), { headers: { authorization: `Bearer ${token}`, 'x-fapi-interaction-id': interactionId } });
    const text = await res.text();
    return { status: res.status, interactionId: res.headers.get('x-fapi-interaction-id'), text, body: text ? JSON.parse(text) : undefined };
  };
  const transactions = () => get(`/accounts/${accountId}/transactions`);
  const setFaults = async (rules: unknown[]) => {
    const res = await admin('PUT', { rules });
    expect({ status: res.status, text: res.status === 200 ? '' : res.text }).toEqual({ status: 200, text: '' });
    return res.json();
  };

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    tpp = await tppClient(tenant().issuer, m.tpps[0], m.caCertFile);
    accountId = psu().accountIds![0];
    token = await authorizedToken(['ReadAccountsBasic', 'ReadBalances', 'ReadTransactionsBasic'], [accountId]);
  }, 90_000);

  afterEach(async () => {
    if (m) await admin('DELETE');
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  it('maps an LFI 503 to 500 GenericRecoverableError without the LFI text, keeping the interaction id', async () => {
    const listed = await setFaults([{ path: '/accounts/*/transactions', status: 503, errorCode: 'Internal.DbDown', errorMessage: 'db-node-7 connection pool exhausted' }]);
    expect(listed.rules).toEqual([expect.objectContaining({ path: '/accounts/*/transactions', status: 503, errorRate: 1, latencyMs: 0, matched: 0, injected: 0 })]);
    const sent = randomUUID();
    const res = await get(`/accounts/${accountId}/transactions`, sent);
    expect(res.status).toBe(500);
    expect(res.body.Errors[0].Code).toBe('GenericRecoverableError');
    expect(res.body.Errors[0].Message).not.toContain('db-node-7');
    expect(res.text).not.toContain('pool exhausted');
    expect(res.interactionId).toBe(sent);
    // Only the path of the rule fails; its counters show what the LFI injected.
    expect((await get(`/accounts/${accountId}/balances`)).status).toBe(200);
    expect((await admin('GET')).json().rules[0]).toMatchObject({ matched: 1, injected: 1 });
  });

  it('forwards an LFI 403 Consent.AccountTemporarilyBlocked as 403 with that code', async () => {
    await setFaults([{ path: '/accounts/*/transactions', status: 403, errorCode: 'Consent.AccountTemporarilyBlocked', errorMessage: 'The account is blocked for review' }]);
    const res = await transactions();
    expect({ status: res.status, code: res.body?.Errors?.[0]?.Code }).toEqual({ status: 403, code: 'Consent.AccountTemporarilyBlocked' });
  });

  it('maps an LFI slower than the hub timeout (5 s) to 500 GenericRecoverableError', async () => {
    await setFaults([{ path: '/accounts/*/transactions', latencyMs: 6000 }]);
    const started = Date.now();
    const res = await transactions();
    expect({ status: res.status, code: res.body?.Errors?.[0]?.Code }).toEqual({ status: 500, code: 'GenericRecoverableError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
  }, 30_000); // the hub waits its full 5 s timeout

  it('fails a deterministic share of calls with errorRate, and serves again after DELETE', async () => {
    await setFaults([{ path: '/accounts/**', errorRate: 0.5 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await transactions()).status);
    expect(statuses).toEqual([200, 500, 200, 500]);
    const cleared = await admin('DELETE');
    expect(cleared.status).toBe(204);
    expect((await admin('GET')).json()).toEqual({ rules: [] });
    const res = await transactions();
    expect(res.status).toBe(200);
    expect(res.body.Data.Transaction.length).toBeGreaterThan(0);
  });

  it("refuses a TPP's certificate, another LFI's certificate and no certificate on the admin API", async () => {
    const other = m.lfiClients.find((c) => c.tenantId !== TENANT)!;
    expect(other).toBeDefined();
    const rules = [{ path: '/accounts', status: 503 }];
    expect((await admin('PUT', { rules }, m.tpps[0])).status).toBe(403);
    expect((await admin('GET', undefined, m.tpps[0])).status).toBe(403);
    expect((await admin('PUT', { rules }, other)).status).toBe(403);
    expect((await admin('DELETE', undefined, other)).status).toBe(403);
    expect((await admin('GET', undefined, null)).status).toBe(401);
    expect((await admin('GET')).json()).toEqual({ rules: [] });
    expect((await get('/accounts')).status).toBe(200);
  });

  it('refuses a malformed rule with 400', async () => {
    const res = await admin('PUT', { rules: [{ path: '/accounts', errorRate: 3 }] });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ errorCode: 'Body.InvalidFormat', errorMessage: expect.stringContaining('errorRate') });
  });
});
