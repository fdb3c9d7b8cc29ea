import { ConsentError, ConsentRevocationHooks, ConsentService } from '@hub/consent';
import { loadConfig, SandboxConfig } from '@hub/kernel';
import type { TppRecord } from '@hub/ozone-connect';
import { dropDatabase } from '@hub/persistence';
import { ClientCredentials, eventually, httpsCall, LfiReceiver, readOfficialSpec, startLfiReceiver, TEST_CERTS_DIR, validateAgainstComponent } from '@hub/testing';
import { Directory, ensureTrustFramework } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from './bootstrap';

/**
 * The LFI-facing Consent Manager API of a real hub (HTTPS, client certificates, real database),
 * in-process so the test can create consents through the domain service, as the authorization
 * server will.
 */
describe('Consent Manager API (LFI-facing)', () => {
  let app: INestApplication;
  let base: string;
  let config: SandboxConfig;
  let directory: Directory;
  let consents: ConsentService;
  let dataDir: string;
  let lfiReceiver: LfiReceiver;
  const revoked: string[] = [];

  const lfi = (tenantId: string) => directory.lfiApplications.find((a) => a.tenantId === tenantId)!;
  const tppApp = () => directory.tppApplications[0];
  const call = (method: string, path: string, tenantId = 'falcon-bank', body?: unknown, client: ClientCredentials = lfi(tenantId)) =>
    httpsCall(`${base}/${tenantId}/cm${path}`, {
      method,
      caFile: directory.caBundleFile,
      client,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });

  function tppRecord(): TppRecord {
    const t = tppApp();
    return { clientId: t.clientId, tppId: t.organisationId, tppName: t.organisationName, softwareStatementId: t.softwareStatementId, orgId: t.organisationId, decodedSsa: { client_name: t.name, roles: t.roles, redirect_uris: t.redirectUris } };
  }

  async function createDataSharingConsent(tenantId = 'falcon-bank', extra: Record<string, unknown> = {}): Promise<string> {
    const ConsentId = randomUUID();
    await consents.create(
      {
        tenantId,
        tpp: tppRecord(),
        authorizationDetail: {
          type: 'urn:openfinanceuae:account-access-consent:v2.1',
          consent: {
            ConsentId,
            Permissions: ['ReadAccountsBasic', 'ReadBalances'],
            ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(),
            OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' },
            ...extra,
          },
        },
      },
      { actor: 'Hub', interactionId: randomUUID() },
    );
    return ConsentId;
  }

  /** Every tenant's Ozone Connect points at the test LFI; consent events are polled every 50 ms. */
  function writeTestConfig(port: number): string {
    const defaults = JSON.parse(readFileSync(join(config.rootDir, 'config', 'sandbox.json'), 'utf8'));
    const tenants = defaults.tenants.map((t: { id: string }) => ({ ...t, ozoneConnectUrl: `https://localhost:${port}/${t.id}/ozone-connect` }));
    const file = join(dataDir, 'test-config.json');
    writeFileSync(file, JSON.stringify({ tenants, consents: { expirySweepSeconds: 3600, lfiEventPollMs: 50 } }));
    return file;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cm-api-'));
    const env = { ...process.env, HUB_PORT: '0', SANDBOX_DATA_DIR: dataDir, SANDBOX_CERTS_DIR: TEST_CERTS_DIR, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', DATABASE_SCHEMA_PREFIX: `cm_${process.pid}_` };
    config = loadConfig(env);
    directory = await ensureTrustFramework({ certsDir: config.certsDir, tenants: config.tenants, tppApplications: config.tppApplications });
    lfiReceiver = await startLfiReceiver({
      ...directory.servers['mock-lfi'],
      caFile: directory.caBundleFile,
      validate: (c) => (String(c.id).startsWith('invalid-') ? { data: { status: 'invalid', code: 'Consent.BusinessRuleViolation', description: 'Unknown debtor account' } } : { data: { status: 'valid' } }),
    });
    config = loadConfig({ ...env, SANDBOX_CONFIG: writeTestConfig(lfiReceiver.port) });
    const hub = await startHub(config);
    app = hub.app;
    base = `https://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
    consents = app.get(ConsentService);
    app.get(ConsentRevocationHooks).register(async (tenantId, consentId, status) => void revoked.push(`${tenantId}/${consentId}/${status}`));
  });

  afterAll(async () => {
    await app?.close();
    await lfiReceiver?.close();
    if (config?.database.url) await dropDatabase({ url: config.database.url, sqliteFile: '', schema: `${config.database.schemaPrefix}hub` });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('returns a consent in the {data, meta} envelope with the TPP view in consentBody', async () => {
    const id = await createDataSharingConsent();
    const res = await call('GET', `/consents/${id}`);
    expect(res.status).toBe(200);
    const { data } = res.json();
    expect(data).toMatchObject({ id, consentType: 'cbuae-account-access-consents', status: 'AwaitingAuthorization', standardVersion: 'v2.1', consentGroupId: id });
    expect(data.consentBody.Data).toMatchObject({ ConsentId: id, Status: 'AwaitingAuthorization' });
  });

  it('authorizes with the dotted-key PATCH and records who did it in the audit trail', async () => {
    const id = await createDataSharingConsent();
    const patch = await call('PATCH', `/consents/${id}`, 'falcon-bank', { 'consentBody.Data.Status': 'Authorized', psuIdentifiers: { userId: 'psu-1' }, accountIds: ['acc-1', 'acc-2'], authorizationChannel: 'Web' });
    expect(patch.status).toBe(204);
    const { data } = (await call('GET', `/consents/${id}`)).json();
    expect(data).toMatchObject({ status: 'Authorized', psuIdentifiers: { userId: 'psu-1' }, accountIds: ['acc-1', 'acc-2'], authorizationChannel: 'Web' });
    const audit = (await call('GET', `/consents/${id}/audit`)).json().data;
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['create', 'patch']);
    expect(audit[1].callerDetails).toMatchObject({ callerOrgId: lfi('falcon-bank').organisationId, callerClientId: lfi('falcon-bank').clientId });
  });

  it('accepts the plain `status` key and the release-tagged path of the official collections', async () => {
    const id = await createDataSharingConsent();
    const res = await httpsCall(`${base}/falcon-bank/cm/v2025.32/consents/${id}`, {
      method: 'PATCH',
      caFile: directory.caBundleFile,
      client: lfi('falcon-bank'),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'Rejected', psuIdentifiers: { userId: 'psu-1' }, authorizationChannel: 'App' }),
    });
    expect(res.status).toBe(204);
    expect((await call('GET', `/consents/${id}`)).json().data.status).toBe('Rejected');
  });

  it.each([
    [{ status: 'Authorized', psuIdentifiers: { userId: 'u' }, accountIds: ['a'] }, /authorizationChannel/],
    [{ status: 'Authorized', authorizationChannel: 'Web', accounts: ['a'] }, /accounts should not exist/],
    [{ status: 'Granted', authorizationChannel: 'Web' }, /status must be one of/],
    [{ status: 'Authorized', authorizationChannel: 'Web', accountIds: 'acc-1' }, /accountIds must be an array/],
    [{ authorizationChannel: 'Web', insurancePolicyIds: ['p1'] }, /insurancePolicyIds is not a property of a cbuae-account-access-consents consent/],
    [{ authorizationChannel: 'Web', psuIdentifiers: { id: 'x' } }, /psuIdentifiers must be an object with a non-empty string userId/],
    [{ authorizationChannel: 'Web', status: 'Authorized', 'consentBody.Data.Status': 'Rejected' }, /disagree/],
  ])('refuses the PATCH %j with 400 naming the field, and changes nothing', async (body, message) => {
    const id = await createDataSharingConsent();
    const before = (await call('GET', `/consents/${id}`)).json().data;
    const res = await call('PATCH', `/consents/${id}`, 'falcon-bank', body);
    expect(res.status).toBe(400);
    expect(res.json().errorMessage).toMatch(message);
    expect((await call('GET', `/consents/${id}`)).json().data).toEqual(before);
  });

  it('refuses an illegal transition with a clear error and changes nothing', async () => {
    const id = await createDataSharingConsent();
    const res = await call('PATCH', `/consents/${id}`, 'falcon-bank', { status: 'Suspended', authorizationChannel: 'Web' });
    expect(res.status).toBe(400);
    expect(res.json().errorMessage).toMatch(/AwaitingAuthorization to Suspended/);
    expect((await call('GET', `/consents/${id}`)).json().data.status).toBe('AwaitingAuthorization');
  });

  it('answers 404 for an unknown consent', async () => {
    const res = await call('GET', '/consents/no-such-consent');
    expect(res.status).toBe(404);
    expect(res.json().errorCode).toBeDefined();
  });

  it("keeps tenants apart: another LFI cannot read or patch this LFI's consent", async () => {
    const id = await createDataSharingConsent('falcon-bank');
    expect((await call('GET', `/consents/${id}`, 'oasis-bank')).status).toBe(404);
    expect((await call('GET', `/consents/${id}`, 'falcon-bank', undefined, lfi('oasis-bank'))).status).toBe(403);
    expect((await call('PATCH', `/consents/${id}`, 'oasis-bank', { status: 'Rejected', authorizationChannel: 'Web' })).status).toBe(404);
  });

  it('tells an LFI that POST /consents (importing an externally managed consent) is not offered, and stores nothing', async () => {
    const before = (await call('GET', '/consents?pageSize=1')).json().meta.totalRecords;
    const detail = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId: randomUUID(), Permissions: ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } } };
    const res = await call('POST', '/consents', 'falcon-bank', detail);
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ errorCode: 'Consent.ImportNotSupported', errorMessage: expect.stringContaining('pushed authorization request') });
    expect(validateAgainstComponent(readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml'), 'error400Response', res.json()).errors).toBe('No errors');
    expect((await call('GET', '/consents?pageSize=1')).json().meta.totalRecords).toBe(before);
    expect((await call('GET', `/consents/${detail.consent.ConsentId}`)).status).toBe(404);
    expect((await call('POST', '/consents', 'falcon-bank', detail, tppApp())).status).toBe(403);
  });

  it('refuses a TPP certificate', async () => {
    expect((await call('GET', '/consents', 'falcon-bank', undefined, tppApp())).status).toBe(403);
  });

  it('revokes through the action endpoint and then lists the consent under its PSU, account and group', async () => {
    const id = await createDataSharingConsent();
    const user = `psu-${randomUUID()}`;
    await call('PATCH', `/consents/${id}`, 'falcon-bank', { status: 'Authorized', psuIdentifiers: { userId: user }, accountIds: [`acc-${user}`], authorizationChannel: 'App' });
    expect((await call('POST', `/consents/${id}/action/revoke`, 'falcon-bank', { revokedBy: 'LFI.InitiatedByUser', revokedByPsu: { userId: user } })).status).toBe(204);
    const byPsu = (await call('GET', `/psu/${user}/consents`)).json();
    expect(byPsu.meta).toMatchObject({ totalRecords: 1, totalPages: 1, pageNumber: 1 });
    expect(byPsu.data[0]).toMatchObject({ id, status: 'Revoked' });
    expect(byPsu.data[0].consentBody.Data.RevokedBy).toBe('LFI.InitiatedByUser');
    expect((await call('GET', `/accounts/acc-${user}/consents`)).json().data.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await call('GET', `/consent-groups/${id}/consents?status=Revoked`)).json().meta.totalRecords).toBe(1);
  });

  it('revokes a whole consent group', async () => {
    const root = await createDataSharingConsent();
    const child = await createDataSharingConsent('falcon-bank', { BaseConsentId: root });
    expect((await call('POST', `/consent-groups/${root}/consents/action/revoke`, 'falcon-bank', { revokedBy: 'LFI' })).status).toBe(204);
    for (const id of [root, child]) expect((await call('GET', `/consents/${id}`)).json().data.status).toBe('Revoked');
  });

  it('streams consents updated after a time, paged', async () => {
    const since = Date.now();
    const ids = [await createDataSharingConsent(), await createDataSharingConsent(), await createDataSharingConsent()];
    const page1 = (await call('GET', `/consents?updatedAt=${since - 1}&pageSize=2&page=1`)).json();
    const page2 = (await call('GET', `/consents?updatedAt=${since - 1}&pageSize=2&page=2`)).json();
    expect(page1.meta).toMatchObject({ totalRecords: 3, totalPages: 2, pageSize: 2 });
    expect([...page1.data, ...page2.data].map((c: { id: string }) => c.id).sort()).toEqual(ids.sort());
    expect((await call('GET', '/consents?pageSize=0')).status).toBe(400);
  });

  describe('consent events to the LFI (Ozone Connect)', () => {
    const eventsOf = (id: string) => lfiReceiver.events().filter((e) => e.consentId === id);

    it('tells the LFI of every create (post) and change (patch), in order, with o3 headers and JWT auth', async () => {
      const id = await createDataSharingConsent();
      await call('PATCH', `/consents/${id}`, 'falcon-bank', { status: 'Authorized', psuIdentifiers: { userId: 'u1' }, accountIds: ['a1'], authorizationChannel: 'Web' });
      const events = await eventually(() => eventsOf(id).length >= 2 && eventsOf(id), 8000);
      expect(events).toEqual([
        { operation: 'post', consentId: id, status: 'AwaitingAuthorization' },
        { operation: 'patch', consentId: id, status: 'Authorized' },
      ]);
      const call0 = lfiReceiver.calls.find((c) => c.path.endsWith('/consent/event/post') && c.body.id === id)!;
      expect(call0.path).toBe('/falcon-bank/ozone-connect/consent/event/post');
      expect(call0.headers).toMatchObject({ 'o3-provider-id': 'falcon-bank', 'o3-consent-id': id, 'o3-caller-client-id': tppApp().clientId, 'o3-caller-org-id': tppApp().organisationId });
      expect(call0.headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    });

    it('never blocks a change while the LFI is down, and delivers everything in order once it is back', async () => {
      const id = await createDataSharingConsent('oasis-bank');
      await eventually(() => eventsOf(id).length >= 1, 8000);
      await lfiReceiver.pause();
      try {
        // Both answers come while the LFI is still unreachable: the change never waits for it.
        expect((await call('PATCH', `/consents/${id}`, 'oasis-bank', { status: 'Authorized', psuIdentifiers: { userId: 'u2' }, accountIds: ['a2'], authorizationChannel: 'App' })).status).toBe(204);
        expect((await call('POST', `/consents/${id}/action/revoke`, 'oasis-bank', { revokedBy: 'LFI' })).status).toBe(204);
        await new Promise((r) => setTimeout(r, 300)); // a few failed delivery attempts
        expect(eventsOf(id)).toHaveLength(1);
      } finally {
        await lfiReceiver.resume();
      }
      const events = await eventually(() => eventsOf(id).length >= 3 && eventsOf(id), 15_000);
      expect(events.map((e) => `${e.operation}:${e.status}`)).toEqual(['post:AwaitingAuthorization', 'patch:Authorized', 'patch:Revoked']);
    });

    it('refuses to create a consent when the LFI that must validate it cannot be reached', async () => {
      await lfiReceiver.pause();
      try {
        await expect(createDataSharingConsent('dune-insurance')).rejects.toThrow(/could not be reached/);
      } finally {
        await lfiReceiver.resume();
      }
    });

    it('refuses to create a consent the LFI finds invalid, with the LFI’s code, and stores nothing', async () => {
      const cmd = { tenantId: 'falcon-bank', tpp: tppRecord(), authorizationDetail: { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId: 'invalid-1', Permissions: ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } } } };
      await expect(consents.create(cmd, { actor: 'Hub', interactionId: randomUUID() })).rejects.toMatchObject({ code: 'Consent.BusinessRuleViolation', message: expect.stringMatching(/Unknown debtor account/) });
      await expect(consents.get('falcon-bank', 'invalid-1')).rejects.toBeInstanceOf(ConsentError);
    });

    it('calls the revocation hooks (the authorization server revokes the tokens) before the revoke call returns', async () => {
      const id = await createDataSharingConsent();
      await call('PATCH', `/consents/${id}`, 'falcon-bank', { status: 'Authorized', psuIdentifiers: { userId: 'u3' }, accountIds: ['a3'], authorizationChannel: 'Web' });
      expect((await call('POST', `/consents/${id}/action/revoke`, 'falcon-bank', { revokedBy: 'LFI' })).status).toBe(204);
      expect(revoked).toContain(`falcon-bank/${id}/Revoked`);
    });
  });

  describe('conformance with the official Consent Manager document (api-hub v2.1.x)', () => {
    const doc = () => readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');

    it('answers GET /consents/{consentId} with a valid consent, before and after authorization', async () => {
      const id = await createDataSharingConsent();
      const before = (await call('GET', `/consents/${id}`)).json();
      expect(validateAgainstComponent(doc(), 'consent', before.data).errors).toBe('No errors');
      await call('PATCH', `/consents/${id}`, 'falcon-bank', { status: 'Authorized', psuIdentifiers: { userId: 'u9' }, accountIds: ['a9'], authorizationChannel: 'Web' });
      const after = (await call('GET', `/consents/${id}`)).json();
      expect(validateAgainstComponent(doc(), 'consent', after.data).errors).toBe('No errors');
    });

    it('answers the searches with a valid multiConsentResponse and errors with a valid error400Response', async () => {
      await createDataSharingConsent();
      const list = (await call('GET', '/consents?pageSize=5')).json();
      expect(validateAgainstComponent(doc(), 'multiConsentResponse', list).errors).toBe('No errors');
      const bad = (await call('PATCH', '/consents/whatever', 'falcon-bank', { nope: true })).json();
      expect(validateAgainstComponent(doc(), 'error400Response', bad).errors).toBe('No errors');
    });
  });
});
