/**
 * `npm run bench`: measured figures of the foundation, printed with ratios (no pass/fail).
 * - start-up: first start (new trust framework, new databases) vs a restart reusing everything;
 * - mTLS round trips on the hub: a new TLS handshake per request vs one kept-alive connection;
 * - authorization server and gateway rates; FX quotes and single payments through the hub vs the
 *   LFI directly;
 *   webhook events/s and change→receipt latency.
 * Everything shares this machine's two cores with the load generator; compare runs on one machine.
 */
import { OzoneConnectClient } from '@hub/ozone-connect';
import { CLIENT_ASSERTION_TYPE, clientAssertionClaims, disposeSandbox, httpsCall, mtlsAgent, postForm, pushAuthorizationRequest, requestObjectClaims, SandboxManifest, signWithTppKey, startSandbox, tppClient } from '@hub/testing';
import { readDirectory } from '@hub/trust-framework';
import { fxFigures } from './fx-figures';
import { paymentFigures } from './payment-figures';
import { measure } from './measure';
import { webhookFigures } from './webhook-figures';
import * as client from 'openid-client';
import { request as undiciRequest } from 'undici';
import { createHash, randomUUID } from 'node:crypto';
import type { Agent as UndiciAgent } from 'undici';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

function get(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests per second over `ms`, `concurrency` in flight. */
async function throughput(url: string, agent: Agent, concurrency: number, ms: number): Promise<number> {
  let done = 0;
  const deadline = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < deadline) {
      if ((await get(url, agent)) !== 200) throw new Error(`${url} did not answer 200`);
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done / (ms / 1000);
}

/** Tokens and PARs as a TPP sends them: a fresh PS256 client assertion (and request object) per call, over kept-alive mTLS. */
async function authorizationServerFigures(m: SandboxManifest): Promise<void> {
  const tpp = m.tpps[0];
  const issuer = m.tenants[0].issuer;
  const agent: UndiciAgent = mtlsAgent(tpp, m.caCertFile);
  const assertion = async () => ({ client_id: tpp.clientId, client_assertion_type: CLIENT_ASSERTION_TYPE, client_assertion: await signWithTppKey(tpp, clientAssertionClaims(tpp, issuer)) });
  await measure('token cc', async () => (await postForm(`${issuer}/token`, { grant_type: 'client_credentials', scope: 'fx', ...(await assertion()) }, agent)).status, 8, 4000);
  const challenge = createHash('sha256').update(randomUUID() + randomUUID()).digest('base64url');
  const par = async () => {
    const detail = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId: randomUUID(), Permissions: ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } } };
    const params = { redirect_uri: tpp.redirectUris[0], scope: 'openid accounts', state: randomUUID(), nonce: randomUUID(), code_challenge: challenge, code_challenge_method: 'S256', authorization_details: [detail] };
    const request = await signWithTppKey(tpp, requestObjectClaims(tpp, issuer, params));
    return (await postForm(`${issuer}/par`, { ...(await assertion()), request }, agent)).status;
  };
  await measure('PAR', par, 8, 4000);
  await agent.close();
}

/** A consent authorized for every account read, through PAR, Headless Heimdall and the Consent Manager; returns its access token. */
async function accountsToken(m: SandboxManifest): Promise<{ token: string; accountId: string }> {
  const tpp = await tppClient(m.tenants[0].issuer, m.tpps[0], m.caCertFile);
  const psu = m.psus.find((p) => p.tenantId === m.tenants[0].id)!;
  const lfi = m.lfiClients.find((c) => c.tenantId === m.tenants[0].id)!;
  const lfiCall = (method: string, url: string, body?: unknown) => httpsCall(url, { method, caFile: m.caCertFile, client: lfi, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
  const consentId = randomUUID();
  const detail = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId: consentId, Permissions: ['ReadAccountsDetail', 'ReadTransactionsDetail'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } } };
  const pushed = await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid accounts', authorizationDetails: [detail] });
  const started = (await lfiCall('GET', `${m.tenants[0].headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
  await lfiCall('PATCH', `${m.tenants[0].consentManagerUrl}/consents/${consentId}`, { status: 'Authorized', psuIdentifiers: { userId: psu.userId }, accountIds: psu.accountIds!.slice(0, 1), authorizationChannel: 'Web' });
  const confirmed = await lfiCall('POST', `${m.tenants[0].headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`);
  const tokens = await client.authorizationCodeGrant(tpp.config, new URL(String(confirmed.headers.location)), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
  await tpp.close();
  return { token: tokens.access_token, accountId: psu.accountIds![0] };
}

/**
 * The gateway's cost: the same reads through the hub (token, consent, request checks, Ozone
 * Connect call, mapping) and straight to the mock LFI's Ozone Connect (the hub's own client).
 */
async function gatewayFigures(m: SandboxManifest): Promise<void> {
  const { token, accountId } = await accountsToken(m);
  const tenant = m.tenants[0];
  const agent = mtlsAgent(m.tpps[0], m.caCertFile);
  const viaHub = (path: string) => async () => (await undiciRequest(`${tenant.resourceServerUrl}/open-finance/account-information/v2.1${path}`, { dispatcher: agent, headers: { authorization: `Bearer ${token}` } }).then(async (r) => (await r.body.text(), r.statusCode)));
  const directory = readDirectory(m.caCertFile.replace(/\/ca\/bundle\.pem$/, ''));
  const hubApp = directory.hubApplications.find((a) => a.tenantId === tenant.id)!;
  const oc = new OzoneConnectClient({ providerId: tenant.id, baseUrl: tenant.ozoneConnectUrl, tls: { certFile: hubApp.transportCertFile, keyFile: hubApp.transportKeyFile, caFile: m.caCertFile }, signingKeyFile: hubApp.signingKeyFile, signingKid: hubApp.signingKid });
  const psu = m.psus.find((p) => p.tenantId === tenant.id)!;
  const ctx = { callerOrgId: m.tpps[0].organisationId, callerClientId: m.tpps[0].clientId, callerSoftwareStatementId: m.tpps[0].softwareStatementId, apiUri: '/accounts', apiOperation: 'GET', consentId: 'bench', psuIdentifiers: { userId: psu.userId }, ozoneInteractionId: randomUUID() };
  const direct = (path: string, query: Record<string, string>) => async () => (await oc.getResource(path, query, ctx)).status;
  for (const [label, hubPath, ocPath, query] of [
    ['accounts', '/accounts', '/accounts', { accountIds: accountId }],
    ['transactions', `/accounts/${accountId}/transactions?page-size=50`, `/accounts/${accountId}/transactions`, { 'page-size': '50' }],
  ] as const) {
    const hub = await measure(`hub ${label}`, viaHub(hubPath), 8, 3000);
    const lfi = await measure(`LFI ${label}`, direct(ocPath, { ...query }), 8, 3000);
    console.log(`gateway   ${label}: ${(hub.rate / lfi.rate).toFixed(2)} of the LFI's throughput, +${(hub.p50 - lfi.p50).toFixed(1)} ms p50, +${(hub.p99 - lfi.p99).toFixed(1)} ms p99`);
  }
  await oc.close();
  await agent.close();
}

async function main(): Promise<void> {
  const certsDir = mkdtempSync(join(tmpdir(), 'bench-certs-'));
  // The gateway figures measure the pipeline's cost, not the per-TPP rate limit (100 req/s by default).
  const overrides = join(certsDir, 'bench-config.json');
  writeFileSync(overrides, JSON.stringify({ gateway: { requestsPerSecondPerTpp: 100_000 } }));
  const benchEnv = { SANDBOX_CERTS_DIR: certsDir, SANDBOX_CONFIG: overrides };
  const [cold, coldMs] = await timed(() => startSandbox({ fresh: true, env: benchEnv }));
  await cold.stop('SIGTERM');
  const [warm, warmMs] = await timed(() => startSandbox({ dataDir: cold.dataDir, env: benchEnv }));
  console.log(`start-up  first start ${coldMs.toFixed(0)} ms   restart ${warmMs.toFixed(0)} ms   ratio ${(coldMs / warmMs).toFixed(2)}`);

  const m = warm.manifest<SandboxManifest>();
  const lfi = m.lfiClients[0];
  const url = `${m.tenants[0].consentManagerUrl}/hello-mtls`;
  const tls = { ca: readFileSync(m.caCertFile), cert: readFileSync(lfi.transportCertFile), key: readFileSync(lfi.transportKeyFile) };
  const fresh = new Agent({ ...tls, keepAlive: false, maxCachedSessions: 0 });
  const kept = new Agent({ ...tls, keepAlive: true, maxSockets: 8 });
  const handshakes = await throughput(url, fresh, 8, 4000);
  const keptAlive = await throughput(url, kept, 8, 4000);
  console.log(`mTLS      GET cm/hello-mtls, 8 in flight: new handshake each ${handshakes.toFixed(0)} req/s   kept alive ${keptAlive.toFixed(0)} req/s   ratio ${(keptAlive / handshakes).toFixed(2)}`);
  fresh.destroy();
  kept.destroy();
  await authorizationServerFigures(m);
  await gatewayFigures(m);
  await fxFigures(m);
  await paymentFigures(m);
  await webhookFigures(m);
  await disposeSandbox(warm);
  rmSync(certsDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
