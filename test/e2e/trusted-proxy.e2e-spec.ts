import {
  CLIENT_ASSERTION_TYPE,
  clientAssertionClaims,
  disposeSandbox,
  httpsCall,
  sandboxConfigFile,
  SandboxManifest,
  SandboxProcess,
  signWithTppKey,
  startSandbox,
  TEST_CERTS_DIR,
  tppClient,
  type ClientCredentials,
  type HttpsResult,
} from '@hub/testing';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';

type Tpp = SandboxManifest['tpps'][number];
type Tenant = SandboxManifest['tenants'][number];

/** The subject DN the way the official collection's `x-cert-dn` headers write it (RFC 4514, CN first). */
const dnOf = (a: { organisationId: string; clientId: string }) => `CN=${a.clientId},OU=${a.organisationId},O=Someone Else,C=AE`;

/**
 * The certificate an operator issues for its TLS-terminating proxy: a clientAuth certificate of the
 * sandbox's issuing CA whose subject names no registered application.
 */
function issueProxyCertificate(dir: string): ClientCredentials {
  const ca = join(TEST_CERTS_DIR, 'ca');
  const transportKeyFile = join(dir, 'proxy.key');
  const transportCertFile = join(dir, 'proxy.pem');
  const csr = join(dir, 'proxy.csr');
  const ext = join(dir, 'proxy.ext');
  writeFileSync(ext, 'extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature\n');
  execFileSync('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/C=AE/O=Edge Proxy/CN=edge-proxy', '-keyout', transportKeyFile, '-out', csr], { stdio: 'ignore' });
  execFileSync('openssl', ['x509', '-req', '-in', csr, '-CA', join(ca, 'issuing.pem'), '-CAkey', join(ca, 'issuing.key'), '-CAcreateserial', '-CAserial', join(dir, 'ca.srl'), '-days', '1', '-extfile', ext, '-out', transportCertFile], { stdio: 'ignore' });
  return { transportCertFile, transportKeyFile };
}

describe('x-cert-dn: callers are their TLS certificate, unless a configured trusted proxy names them', () => {
  let plain: SandboxProcess;
  let proxied: SandboxProcess;
  let tmp: string;
  let proxy: ClientCredentials;

  beforeAll(async () => {
    // The first sandbox also makes sure the test trust framework (and so its issuing CA) exists.
    plain = await startSandbox({ fresh: true });
    tmp = mkdtempSync(join(tmpdir(), 'trusted-proxy-'));
    proxy = issueProxyCertificate(tmp);
    const certificateFingerprint256 = new X509Certificate(readFileSync(proxy.transportCertFile)).fingerprint256;
    proxied = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: sandboxConfigFile({ trustedProxy: { certificateFingerprint256, certificateHeader: 'x-client-cert' } }) } });
  }, 120_000);

  afterAll(async () => {
    if (plain) await disposeSandbox(plain);
    if (proxied) await disposeSandbox(proxied);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const sandboxes = () => ({ plain: plain.manifest<SandboxManifest>(), proxied: proxied.manifest<SandboxManifest>() });
  const tenant = (m: SandboxManifest, id: string): Tenant => m.tenants.find((t) => t.id === id)!;
  const lfiOf = (m: SandboxManifest, id: string) => m.lfiClients.find((c) => c.tenantId === id)!;
  const cmHello = (m: SandboxManifest, id: string, caller: ClientCredentials | undefined, headers: Record<string, string> = {}) =>
    httpsCall(`${tenant(m, id).consentManagerUrl}/hello-mtls`, { caFile: m.caCertFile, client: caller, headers });
  /** The Postman environment names the calling TPP (`_clientId`): the caller as the hub identified it. */
  const environmentClientId = async (m: SandboxManifest, caller: ClientCredentials, headers: Record<string, string>): Promise<HttpsResult & { clientId?: string }> => {
    const res = await httpsCall(`${tenant(m, 'falcon-bank').resourceServerUrl}/o3/v1.0/postman/environment`, { caFile: m.caCertFile, client: caller, headers });
    const values = res.status === 200 ? res.json<{ values: { key: string; value: string }[] }>().values : [];
    return { ...res, clientId: values.find((v) => v.key === '_clientId')?.value };
  };
  /** A client-credentials token for `tpp` (its own private_key_jwt), sent over `caller`'s TLS connection. */
  const clientCredentials = async (m: SandboxManifest, tpp: Tpp, caller: ClientCredentials, headers: Record<string, string>, scope = 'products'): Promise<HttpsResult> => {
    const t = tenant(m, 'falcon-bank');
    const discovery = (await httpsCall(t.discoveryUrl, { caFile: m.caCertFile })).json();
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_id: tpp.clientId,
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      client_assertion: await signWithTppKey(tpp, clientAssertionClaims(tpp, t.issuer)),
    }).toString();
    const endpoint = discovery.mtls_endpoint_aliases?.token_endpoint ?? discovery.token_endpoint;
    return httpsCall(endpoint, { method: 'POST', caFile: m.caCertFile, client: caller, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
  };
  /** The certificate thumbprint a token is bound to, as the TPP itself introspects it over its own mTLS. */
  const boundTo = async (m: SandboxManifest, tpp: Tpp, token: string): Promise<unknown> => {
    const c = await tppClient(tenant(m, 'falcon-bank').issuer, tpp, m.caCertFile);
    try {
      return (await client.tokenIntrospection(c.config, token)).cnf;
    } finally {
      await c.close();
    }
  };

  describe('by default (no trusted proxy configured)', () => {
    it("refuses a TPP certificate on the Consent Manager even with an LFI's DN in x-cert-dn", async () => {
      const { plain: m } = sandboxes();
      const res = await cmHello(m, 'falcon-bank', m.tpps[0], { 'x-cert-dn': dnOf(lfiOf(m, 'falcon-bank')) });
      expect(res.status).toBe(403);
      expect(res.json().errorMessage).toMatch(/for an LFI only; the client certificate belongs to a TPP/);
    });

    it("answers a TPP route as the certificate's TPP, not as the TPP x-cert-dn names", async () => {
      const { plain: m } = sandboxes();
      const res = await environmentClientId(m, m.tpps[0], { 'x-cert-dn': dnOf(m.tpps[1]) });
      expect(res.status).toBe(200);
      expect(res.clientId).toBe(m.tpps[0].clientId);
    });

    it('refuses a call without a client certificate whatever x-cert-dn names (401)', async () => {
      const { plain: m } = sandboxes();
      const cm = await cmHello(m, 'falcon-bank', undefined, { 'x-cert-dn': dnOf(lfiOf(m, 'falcon-bank')) });
      expect(cm.status).toBe(401);
      const registration = await httpsCall(`${tenant(m, 'falcon-bank').resourceServerUrl}/tpp-registration`, { method: 'POST', caFile: m.caCertFile, headers: { 'x-cert-dn': dnOf(m.tpps[0]) } });
      expect(registration.status).toBe(401);
    });

    it('binds a token to the certificate of the call, not to the one x-cert-dn names', async () => {
      const { plain: m } = sandboxes();
      const [tpp, other] = m.tpps;
      const res = await clientCredentials(m, tpp, tpp, { 'x-cert-dn': dnOf(other) });
      expect(res.status).toBe(200);
      const sha256 = (c: Tpp) => new X509Certificate(readFileSync(c.transportCertFile)).fingerprint256.replace(/:/g, '');
      expect(await boundTo(m, tpp, res.json().access_token)).toEqual({ 'x5t#S256': Buffer.from(sha256(tpp), 'hex').toString('base64url') });
    });

    it("ignores x-cert-dn from a certificate that would be the proxy's in another deployment", async () => {
      const { plain: m } = sandboxes();
      const res = await cmHello(m, 'falcon-bank', proxy, { 'x-cert-dn': dnOf(lfiOf(m, 'falcon-bank')) });
      expect(res.status).toBe(401);
      expect(res.json().errorMessage).toMatch(/no application with organisation id \(none\) and client id edge-proxy/);
    });
  });

  describe('with a trusted TLS-terminating proxy pinned by its certificate', () => {
    it('identifies the caller the proxy names in x-cert-dn, on each surface with its own rules', async () => {
      const { proxied: m } = sandboxes();
      const lfi = lfiOf(m, 'falcon-bank');
      expect((await cmHello(m, 'falcon-bank', proxy, { 'x-cert-dn': dnOf(lfi) })).status).toBe(200);
      const tppOnCm = await cmHello(m, 'falcon-bank', proxy, { 'x-cert-dn': dnOf(m.tpps[0]) });
      expect(tppOnCm.status).toBe(403);
      expect(tppOnCm.json().errorMessage).toMatch(/belongs to a TPP/);
      const env = await environmentClientId(m, proxy, { 'x-cert-dn': dnOf(m.tpps[1]) });
      expect(env.status).toBe(200);
      expect(env.clientId).toBe(m.tpps[1].clientId);
    });

    it('identifies the caller by the URL-encoded PEM certificate the proxy forwards', async () => {
      const { proxied: m } = sandboxes();
      const pem = encodeURIComponent(readFileSync(m.tpps[1].transportCertFile, 'utf8'));
      const env = await environmentClientId(m, proxy, { 'x-client-cert': pem });
      expect(env.clientId).toBe(m.tpps[1].clientId);
    });

    it('refuses an unknown DN, and a proxy call that names nobody, as it refuses an unknown certificate (401)', async () => {
      const { proxied: m } = sandboxes();
      const unknown = await cmHello(m, 'falcon-bank', proxy, { 'x-cert-dn': 'CN=e14a49e6-8ad4-4dcf-bd2e-85a38fe8752c,OU=233bcd1d-4216-4b3c-a362-9e4a9282bba7,O=RAIDIAM SERVICES LIMITED,C=UK' });
      expect(unknown.status).toBe(401);
      expect(unknown.json().errorMessage).toBe('no application with organisation id 233bcd1d-4216-4b3c-a362-9e4a9282bba7 and client id e14a49e6-8ad4-4dcf-bd2e-85a38fe8752c is registered in the trust framework');
      const nobody = await cmHello(m, 'falcon-bank', proxy);
      expect(nobody.status).toBe(401);
      expect(nobody.json().errorMessage).toBe('the trusted proxy forwarded no caller (x-client-cert or x-cert-dn header)');
    });

    it('ignores x-cert-dn from any other certificate', async () => {
      const { proxied: m } = sandboxes();
      expect((await cmHello(m, 'falcon-bank', m.tpps[0], { 'x-cert-dn': dnOf(lfiOf(m, 'falcon-bank')) })).status).toBe(403);
      const env = await environmentClientId(m, m.tpps[0], { 'x-cert-dn': dnOf(m.tpps[1]), 'x-client-cert': encodeURIComponent(readFileSync(m.tpps[1].transportCertFile, 'utf8')) });
      expect(env.clientId).toBe(m.tpps[0].clientId);
      expect((await cmHello(m, 'falcon-bank', undefined, { 'x-cert-dn': dnOf(lfiOf(m, 'falcon-bank')) })).status).toBe(401);
    });

    it("binds a token issued through the proxy to the named TPP's registered certificate (the one its own mTLS presents)", async () => {
      const { proxied: m } = sandboxes();
      const tpp = m.tpps[0];
      const res = await clientCredentials(m, tpp, proxy, { 'x-cert-dn': dnOf(tpp) });
      expect(res.status).toBe(200);
      const sha256 = new X509Certificate(readFileSync(tpp.transportCertFile)).fingerprint256.replace(/:/g, '');
      expect(await boundTo(m, tpp, res.json().access_token)).toEqual({ 'x5t#S256': Buffer.from(sha256, 'hex').toString('base64url') });
    });

    it('accepts a token obtained through the proxy on a resource API, over the proxy and over the TPP\'s own mTLS alike', async () => {
      const { proxied: m } = sandboxes();
      const [tpp, , otherPayer] = m.tpps;
      const token = (await clientCredentials(m, tpp, proxy, { 'x-cert-dn': dnOf(tpp) }, 'fx')).json().access_token;
      const readQuote = (caller: ClientCredentials, headers: Record<string, string> = {}) =>
        httpsCall(`${tenant(m, 'falcon-bank').resourceServerUrl}/open-finance/fx/v2.1/fx-quotes/no-such-quote`, {
          caFile: m.caCertFile,
          client: caller,
          headers: { authorization: `Bearer ${token}`, ...headers },
        });
      // Past the token (bound to the named TPP's certificate) the quote is simply not there: 404.
      expect((await readQuote(tpp)).status).toBe(404);
      expect((await readQuote(proxy, { 'x-cert-dn': dnOf(tpp) })).status).toBe(404);
      expect((await readQuote(proxy, { 'x-cert-dn': dnOf(otherPayer) })).status).toBe(401);
    });

    it("refuses a client assertion of one TPP when the proxy names another (the certificate must be the client's)", async () => {
      const { proxied: m } = sandboxes();
      const res = await clientCredentials(m, m.tpps[0], proxy, { 'x-cert-dn': dnOf(m.tpps[1]) });
      expect(res.status).toBe(401);
      expect(res.json()).toMatchObject({ error: 'invalid_client' });
    });
  });
});
