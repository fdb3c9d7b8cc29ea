import { databaseFor, httpsGetJson, loadConfig, type SandboxConfig } from '@hub/kernel';
import { lfiTenantProfile, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { listConsentEvents } from '@hub/mock-lfi-store';
import { OzoneConnectClient, o3Headers, signJwtAuth, type ConsentRecord, type JwtAuthInput, type O3Context } from '@hub/ozone-connect';
import { dropDatabase } from '@hub/persistence';
import { ensureTrustFramework, type Directory, type HubApplication } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { importPKCS8 } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { startMockLfi } from '../bootstrap';

const ALPHA = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' as const };
/** A tenant whose profile names no hub JWKS, as before the launcher wrote one. */
const BETA = { id: 'beta-bank', name: 'Beta Bank', sector: 'banking' as const };

interface Reply {
  status: number;
  body: Record<string, unknown> | undefined;
}

let workDir: string;
let directory: Directory;
let hub: HubApplication;
let keystore: Server;
let jwksFetches = 0;
let config: SandboxConfig;
let app: INestApplication;
let port: number;
let client: OzoneConnectClient;

const ctx: O3Context = {
  callerOrgId: 'org-1',
  callerClientId: 'tpp-client',
  callerSoftwareStatementId: 'ssa-1',
  apiUri: '/open-finance/account-information/v2.1/account-access-consents',
  apiOperation: 'POST',
  ozoneInteractionId: 'f0e1d2c3-0000-4000-8000-00000000000a',
};

function consent(id: string, overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id,
    rarType: 'urn:openfinanceuae:account-access-consent:v2.1',
    standardVersion: 'v2.1',
    consentGroupId: `group-${id}`,
    consentType: 'cbuae-account-access-consents',
    status: 'AwaitingAuthorization',
    request: { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: {} },
    requestHeaders: {},
    consentBody: { Data: { ConsentId: id } },
    tpp: { clientId: 'tpp-client', tppId: 'tpp-1', tppName: 'Sandbox Fintech', softwareStatementId: 'ssa-1', orgId: 'org-1', decodedSsa: {} },
    updatedAt: Date.now(),
    ...overrides,
  };
}

function tenantProfile(tenant: typeof ALPHA | typeof BETA, jwksUrl?: string): LfiTenantProfile {
  const lfi = directory.lfiApplications.find((a) => a.tenantId === tenant.id)!;
  const hubApp = directory.hubApplications.find((a) => a.tenantId === tenant.id)!;
  const hubBase = `https://127.0.0.1:1/${tenant.id}`;
  const urls = { issuer: `${hubBase}/as`, headlessHeimdallUrl: `${hubBase}/hh`, consentManagerUrl: `${hubBase}/cm` };
  return lfiTenantProfile(tenant, urls, lfi, { organisationId: hubApp.organisationId, clientId: hubApp.clientId, ...(jwksUrl ? { jwksUrl } : {}) });
}

/** The trust framework keystore as the hub serves it: the hub application's public JWKS over HTTPS. */
async function startKeystore(): Promise<string> {
  const tls = directory.servers.hub;
  const path = `/trust-framework/keystore/${hub.organisationId}/${hub.softwareStatementId}/application.jwks`;
  keystore = createServer({ key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile) }, (req, res) => {
    if (req.url !== path) return void res.writeHead(404).end();
    jwksFetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(hub.jwksFile));
  });
  await new Promise<void>((resolve) => keystore.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${(keystore.address() as AddressInfo).port}${path}`;
}

function ozoneConnectUrl(tenantId = ALPHA.id): string {
  return `https://127.0.0.1:${port}/${tenantId}/ozone-connect`;
}

async function hubToken(overrides: Partial<JwtAuthInput> = {}, app_ = hub): Promise<string> {
  return signJwtAuth({
    privateKey: await importPKCS8(readFileSync(app_.signingKeyFile, 'utf8'), 'PS256'),
    kid: app_.signingKid,
    issuer: app_.organisationName,
    subject: app_.organisationId,
    audience: app_.tenantId,
    ...overrides,
  });
}

interface RawCall {
  path: string;
  cert?: { certFile: string; keyFile: string } | null;
  token?: string | null;
  headers?: Record<string, string | undefined>;
  body?: unknown;
  tenantId?: string;
}

/** A request built by hand, to send what the real client never would. */
async function raw(call: RawCall): Promise<Reply> {
  const tenantId = call.tenantId ?? ALPHA.id;
  const body = (call.body ?? consent('raw-consent')) as ConsentRecord;
  const cert = call.cert === undefined ? { certFile: hub.transportCertFile, keyFile: hub.transportKeyFile } : call.cert;
  const token = call.token === undefined ? await hubToken() : call.token;
  const headers: Record<string, string> = {
    ...o3Headers(tenantId, { ...ctx, consentId: body.id }),
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  for (const [name, value] of Object.entries(call.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  const url = new URL(`${ozoneConnectUrl(tenantId)}${call.path}`);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers,
        ca: readFileSync(directory.caBundleFile),
        cert: cert ? readFileSync(cert.certFile) : undefined,
        key: cert ? readFileSync(cert.keyFile) : undefined,
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

function database(): DataSource {
  return app.get<DataSource>(getDataSourceToken());
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mock-lfi-consent-'));
  directory = await ensureTrustFramework({ certsDir: join(workDir, 'certs'), tenants: [ALPHA, BETA], tppApplications: [] });
  hub = directory.hubApplications.find((a) => a.tenantId === ALPHA.id)!;
  const jwksUrl = await startKeystore();
  const profile: LfiProfile = {
    caFile: directory.caBundleFile,
    server: directory.servers['mock-lfi'],
    seed: 'consent-events-int-spec',
    tenants: [tenantProfile(ALPHA, jwksUrl), tenantProfile(BETA)],
  };
  // On PostgreSQL, a schema of this run only, so a running sandbox or a parallel test is never touched.
  const schemaPrefix = process.env.DATABASE_URL ? { DATABASE_SCHEMA_PREFIX: `t_${process.pid}_${Date.now()}_` } : {};
  config = loadConfig({ ...process.env, ...schemaPrefix, MOCK_LFI_PORT: '0', HUB_PORT: '0', SANDBOX_DATA_DIR: workDir, LOG_LEVEL: 'silent' });
  app = (await startMockLfi(config, profile)).app;
  port = (app.getHttpServer().address() as AddressInfo).port;
  client = new OzoneConnectClient({
    providerId: ALPHA.id,
    baseUrl: ozoneConnectUrl(),
    tls: { certFile: hub.transportCertFile, keyFile: hub.transportKeyFile, caFile: directory.caBundleFile },
    signingKeyFile: hub.signingKeyFile,
    signingKid: hub.signingKid,
  });
}, 30_000);

afterAll(async () => {
  await client?.close();
  await app?.close();
  if (config) await dropDatabase(databaseFor(config, 'mock_lfi'));
  keystore?.closeAllConnections();
  await new Promise((resolve) => keystore?.close(resolve));
  rmSync(workDir, { recursive: true, force: true });
});

describe('mock LFI Ozone Connect consent events and actions, called by the hub client', () => {
  it('answers a consent event with 204 and keeps every event of the consent', async () => {
    const created = consent('evt-1');
    await client.postConsentEvent('post', created, ctx);
    await client.postConsentEvent('patch', { ...created, status: 'Authorized', accountIds: ['acc-1'] }, ctx);
    const events = await listConsentEvents(database(), ALPHA.id, 'evt-1');
    expect(events.map((e) => [e.operation, e.status, e.interactionId])).toEqual([
      ['post', 'AwaitingAuthorization', ctx.ozoneInteractionId],
      ['patch', 'Authorized', ctx.ozoneInteractionId],
    ]);
    expect(events[1].body).toEqual({ ...created, status: 'Authorized', accountIds: ['acc-1'] });
    expect(await listConsentEvents(database(), BETA.id)).toEqual([]);
  });

  it('finds a consent valid, and invalid when its ConsentId starts with invalid-', async () => {
    await expect(client.validateConsent(consent('val-1'), ctx)).resolves.toEqual({ data: { status: 'valid' }, meta: {} });
    const refused = await client.validateConsent(consent('val-2', { consentBody: { Data: { ConsentId: 'invalid-val-2' } } }), ctx);
    expect(refused.data).toMatchObject({ status: 'invalid', code: 'Consent.BusinessRuleViolation' });
  });

  it('augments nothing on a data-sharing consent and the billing flag on a service-initiation consent', async () => {
    await expect(client.augmentConsent(consent('aug-1'), ctx)).resolves.toEqual({});
    const payment = consent('aug-2', { consentType: 'cbuae-service-initiation-consents' });
    await expect(client.augmentConsent(payment, ctx)).resolves.toEqual({ OpenFinanceBilling: { IsLargeCorporate: false } });
  });

  it.each([
    ['/consent/actions/validate', { data: { status: 'valid' }, meta: {} }],
    ['/consent/actions/augment', {}],
  ])('answers the CAAP spelling %s too', async (path, expected) => {
    await expect(raw({ path })).resolves.toEqual({ status: 200, body: expected });
  });

  it('refuses an operation other than post or patch', async () => {
    const { status, body } = await raw({ path: '/consent/event/delete' });
    expect(status).toBe(400);
    expect(body).toEqual({ errorCode: 'Body.InvalidFormat', errorMessage: "operation must be post or patch, got 'delete'" });
  });

  it('fetched the hub JWKS once and verified every call with the cached set', () => {
    expect(jwksFetches).toBe(1);
  });

  it('lists the routes, both spellings of the actions, in the mock LFI docs', async () => {
    const { body } = await httpsGetJson(`https://127.0.0.1:${port}/docs/json`, { ca: readFileSync(directory.caBundleFile) });
    const paths = (body as { paths: Record<string, Record<string, { tags?: string[] }>> }).paths;
    const routes = ['event/{operation}', 'action/validate', 'actions/validate', 'action/augment', 'actions/augment'].map((r) => `/{tenant}/ozone-connect/consent/${r}`);
    for (const route of routes) expect(paths[route]?.post?.tags).toEqual(['ozone-connect consent events']);
  });
});

describe('mock LFI Ozone Connect consent routes refuse', () => {
  const path = '/consent/event/post';

  it('a call without a client certificate (401)', async () => {
    await expect(raw({ path, cert: null })).resolves.toMatchObject({ status: 401, body: { errorCode: 'GenericError' } });
  });

  it("another application's certificate (403)", async () => {
    const lfi = directory.lfiApplications.find((a) => a.tenantId === ALPHA.id)!;
    await expect(raw({ path, cert: { certFile: lfi.transportCertFile, keyFile: lfi.transportKeyFile } })).resolves.toMatchObject({ status: 403 });
  });

  it('a call without JWT auth (401)', async () => {
    const { status, body } = await raw({ path, token: null });
    expect(status).toBe(401);
    expect(body).toEqual({ errorCode: 'GenericError', errorMessage: expect.stringContaining('requires JWT auth') });
  });

  it('a JWT signed by another key under the hub kid (401)', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = await hubToken({ privateKey: await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, 'PS256') });
    await expect(raw({ path, token: forged })).resolves.toMatchObject({ status: 401, body: { errorMessage: expect.stringContaining('signature does not verify') } });
  });

  it('a JWT under a kid the hub JWKS does not hold (401)', async () => {
    await expect(raw({ path, token: await hubToken({ kid: 'unknown-kid' }) })).resolves.toMatchObject({ status: 401, body: { errorMessage: expect.stringContaining("matches the JWT's kid") } });
  });

  it('a replayed JWT (401)', async () => {
    const token = await hubToken();
    await expect(raw({ path, token })).resolves.toMatchObject({ status: 204 });
    await expect(raw({ path, token })).resolves.toMatchObject({ status: 401, body: { errorMessage: expect.stringContaining('already used (replay)') } });
  });

  it('a JWT for another provider (401)', async () => {
    await expect(raw({ path, token: await hubToken({ audience: BETA.id }) })).resolves.toMatchObject({ status: 401, body: { errorMessage: expect.stringContaining("aud must be 'alpha-bank'") } });
  });

  it('a JWT whose issuer is not the O of the certificate (401)', async () => {
    await expect(raw({ path, token: await hubToken({ issuer: 'Someone Else' }) })).resolves.toMatchObject({ status: 401, body: { errorMessage: expect.stringContaining('the O of the client certificate') } });
  });

  it('an expired JWT (401)', async () => {
    const old = await hubToken({ now: new Date(Date.now() - 120_000) });
    await expect(raw({ path, token: old })).resolves.toMatchObject({ status: 401, body: { errorMessage: expect.stringContaining('expired or too old') } });
  });

  it('JWT auth it cannot verify because the profile names no hub JWKS (401)', async () => {
    const betaHub = directory.hubApplications.find((a) => a.tenantId === BETA.id)!;
    const { status, body } = await raw({
      path,
      tenantId: BETA.id,
      cert: { certFile: betaHub.transportCertFile, keyFile: betaHub.transportKeyFile },
      token: await hubToken({}, betaHub),
    });
    expect(status).toBe(401);
    expect(body?.errorMessage).toContain('names no hub JWKS (hubClient.jwksUrl)');
  });

  it('a call without o3-provider-id (400), naming the header', async () => {
    await expect(raw({ path, headers: { 'o3-provider-id': undefined } })).resolves.toEqual({
      status: 400,
      body: { errorCode: 'Body.InvalidFormat', errorMessage: 'o3-provider-id is required' },
    });
  });

  it('a body about another consent than o3-consent-id (400)', async () => {
    await expect(raw({ path, headers: { 'o3-consent-id': 'other' } })).resolves.toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('is not the id of the consent in the body') } });
  });
});
