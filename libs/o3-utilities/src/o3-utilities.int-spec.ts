import { createSandboxApp, foundationImports, keystoreUrl, loadConfig, SandboxConfig, tenantUrls } from '@hub/kernel';
import { httpsCall, TEST_CERTS_DIR, type HttpsResult } from '@hub/testing';
import { Directory, ensureTrustFramework, TrustFrameworkModule } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { compactDecrypt, compactVerify, createLocalJWKSet, decodeProtectedHeader, importPKCS8 } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { O3UtilitiesModule } from './o3-utilities.module';

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

/** The helpers as the hub mounts them (HTTPS, the global validation pipe, the standard's errors), without the rest of the hub. */
async function startHelpers(config: SandboxConfig, directory: Directory): Promise<INestApplication> {
  const module = { module: class O3HelpersHost {}, imports: [...foundationImports(config, 'hub'), TrustFrameworkModule.forRoot({ certsDir: config.certsDir }), O3UtilitiesModule.forRoot(config)] };
  const app = await createSandboxApp(module, { ...directory.servers.hub, caFile: directory.caBundleFile }, () => 'standard');
  await app.listen(config.ports.hub, '127.0.0.1');
  return app;
}

describe('o3 message helpers over HTTPS ({rs}/o3/v1.0/message-signature, message-encryption)', () => {
  let app: INestApplication;
  let config: SandboxConfig;
  let directory: Directory;
  let dataDir: string;
  let rs: string;

  const tpp = () => directory.tppApplications[0];
  const lfi = () => directory.lfiApplications.find((a) => a.tenantId === 'falcon-bank')!;
  const hubApp = () => directory.hubApplications.find((a) => a.tenantId === 'falcon-bank')!;
  const signRequest = (o: Record<string, unknown> = {}) => ({
    header: { alg: 'PS256', kid: tpp().signingKid },
    body: { iss: tpp().clientId, aud: tenantUrls(config, config.tenants[0]).issuer, exp: Date.now() / 1000 + 300 },
    signingKeyPEM: readFileSync(tpp().signingKeyFile, 'utf8'),
    ...o,
  });
    /** With Content-Length, as Postman sends a GET body (Node's client would send none for GET without it). */
  const call = (path: string, body: unknown, method = 'POST', url = rs): Promise<HttpsResult> => {
    const text = JSON.stringify(body);
    return httpsCall(`${url}/o3/v1.0/${path}`, { method, caFile: directory.caBundleFile, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) }, body: text });
  };
  const errorOf = (res: HttpsResult) => ({ status: res.status, ...res.json<{ Errors: { Code: string; Path?: string }[] }>().Errors[0] });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'o3-utilities-'));
    config = loadConfig({ ...process.env, HUB_PORT: String(await freePort()), SANDBOX_DATA_DIR: dataDir, SANDBOX_CERTS_DIR: TEST_CERTS_DIR, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' });
    directory = await ensureTrustFramework({ certsDir: config.certsDir, tenants: config.tenants, tppApplications: config.tppApplications });
    app = await startHelpers(config, directory);
    rs = tenantUrls(config, config.tenants[0]).resourceServerUrl;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('message-signature', () => {
    it.each(['GET', 'POST'])('%s with the JSON body answers the compact JWS as text/plain, verifiable with the TPP JWKS', async (method) => {
      const res = await call('message-signature', signRequest(), method);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.headers['x-fapi-interaction-id']).toMatch(/^[0-9a-f-]{36}$/);
      const jwks = JSON.parse(readFileSync(tpp().jwksFile, 'utf8'));
      const { payload, protectedHeader } = await compactVerify(res.text, createLocalJWKSet(jwks));
      expect(protectedHeader).toEqual({ alg: 'PS256', kid: tpp().signingKid });
      expect(JSON.parse(new TextDecoder().decode(payload)).iss).toBe(tpp().clientId);
    });

    it.each([
      ['no header', 'header', { header: undefined }],
      ['no body', 'body', { body: undefined }],
      ['no signingKeyPEM', 'signingKeyPEM', { signingKeyPEM: undefined }],
      ['a header that is a string', 'header', { header: 'PS256' }],
      ['a body that is an array', 'body', { body: ['a'] }],
      ['an empty signingKeyPEM', 'signingKeyPEM', { signingKeyPEM: '' }],
      ['a member it does not take (jwksUrl)', 'jwksUrl', { jwksUrl: 'https://localhost/extra' }],
    ])('refuses a body with %s: 400 Body.InvalidFormat naming the member', async (_what, member, change) => {
      const res = await call('message-signature', signRequest(change));
      expect(errorOf(res)).toMatchObject({ status: 400, Code: 'Body.InvalidFormat' });
      expect(res.json().Errors[0].Message).toContain(member);
    });

    it('refuses a body that is not JSON: 400 Body.InvalidFormat, without echoing it', async () => {
      const text = '{"signingKeyPEM": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC';
      const res = await httpsCall(`${rs}/o3/v1.0/message-signature`, { method: 'GET', caFile: directory.caBundleFile, headers: { 'content-type': 'application/json', 'content-length': String(text.length) }, body: text });
      expect(errorOf(res)).toMatchObject({ status: 400, Code: 'Body.InvalidFormat' });
      expect(res.text).not.toContain('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
    });

    it('refuses a GET without a body: 400 Body.InvalidFormat naming every member', async () => {
      const res = await httpsCall(`${rs}/o3/v1.0/message-signature`, { caFile: directory.caBundleFile });
      expect(errorOf(res)).toMatchObject({ status: 400, Code: 'Body.InvalidFormat' });
      expect(res.json().Errors[0].Message).toEqual(expect.stringMatching(/header.*body.*signingKeyPEM/));
    });

    it('refuses another algorithm: 400 JWS.InvalidHeader on header.alg', async () => {
      const res = await call('message-signature', signRequest({ header: { alg: 'RS256', kid: 'k' } }));
      expect(errorOf(res)).toEqual({ status: 400, Code: 'JWS.InvalidHeader', Path: 'header.alg', Message: expect.stringContaining('PS256') });
    });

    it('refuses a malformed key and an EC key: 400 Body.InvalidFormat on signingKeyPEM', async () => {
      const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      for (const signingKeyPEM of ['-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', ec]) {
        const res = await call('message-signature', signRequest({ signingKeyPEM }));
        expect(errorOf(res)).toMatchObject({ status: 400, Code: 'Body.InvalidFormat', Path: 'signingKeyPEM' });
        expect(res.headers['content-type']).toMatch(/^application\/json/);
      }
    });

    it('answers 404 at an unknown tenant', async () => {
      const res = await call('message-signature', signRequest(), 'POST', rs.replace('/falcon-bank/', '/no-such-bank/'));
      expect(errorOf(res)).toMatchObject({ status: 404, Code: 'Resource.NotFound' });
    });
  });

  describe('message-encryption', () => {
    it.each(['GET', 'POST'])('%s signs, then encrypts to the LFI keystore encryption key: the LFI decrypts and the inner JWS verifies', async (method) => {
      const jwksUrl = keystoreUrl(config, lfi().organisationId, lfi().softwareStatementId);
      const res = await call('message-encryption', signRequest({ jwksUrl, body: { Type: 'EmiratesID', Identification: '784-1990-1234567-1' } }), method);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(decodeProtectedHeader(res.text)).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: lfi().encryptionKid, cty: 'JWT' });
      const { plaintext } = await compactDecrypt(res.text, await importPKCS8(readFileSync(lfi().encryptionKeyFile, 'utf8'), 'RSA-OAEP-256'));
      const { payload } = await compactVerify(new TextDecoder().decode(plaintext), createLocalJWKSet(JSON.parse(readFileSync(tpp().jwksFile, 'utf8'))));
      expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({ Type: 'EmiratesID', Identification: '784-1990-1234567-1' });
    });

    it.each([
      ['another host', 'https://example.com/.well-known/jwks.json', /fetches no other host/],
      ['plain http', () => keystoreUrl(config, lfi().organisationId, lfi().softwareStatementId).replace('https:', 'http:'), /https URL/],
      ['not a URL', 'lfi keys', /https URL/],
      ['a file URL', 'file:///etc/passwd', /https URL/],
      ['another port of the sandbox host', () => keystoreUrl(config, lfi().organisationId, lfi().softwareStatementId).replace(`:${config.ports.hub}/`, ':1/'), /fetches no other host/],
      ['another path of the hub', () => `${rs}/open-finance/jwks`, /fetches no other host/],
      ['an application the trust framework does not know', () => keystoreUrl(config, 'nobody', 'nothing'), /names no application/],
      ["the hub's own keystore (signing keys only)", () => keystoreUrl(config, hubApp().organisationId, hubApp().softwareStatementId), /no RSA encryption key/],
      ["the authorization server's jwks_uri", () => `${tenantUrls(config, config.tenants[0]).issuer}/jwks`, /encrypt to the LFI's keystore, https:/],
    ])('refuses %s as jwksUrl: 400 Body.InvalidFormat on jwksUrl', async (_what, url, message) => {
      const jwksUrl = typeof url === 'function' ? url() : url;
      const res = await call('message-encryption', signRequest({ jwksUrl }));
      expect(errorOf(res)).toEqual({ status: 400, Code: 'Body.InvalidFormat', Path: 'jwksUrl', Message: expect.stringMatching(message) });
    });

    it('refuses a body without jwksUrl: 400 Body.InvalidFormat', async () => {
      const res = await call('message-encryption', signRequest());
      expect(errorOf(res)).toMatchObject({ status: 400, Code: 'Body.InvalidFormat' });
      expect(res.json().Errors[0].Message).toContain('jwksUrl');
    });

    it('refuses another algorithm before encrypting anything: 400 JWS.InvalidHeader', async () => {
      const jwksUrl = keystoreUrl(config, lfi().organisationId, lfi().softwareStatementId);
      const res = await call('message-encryption', signRequest({ jwksUrl, header: { alg: 'HS256', kid: 'k' } }));
      expect(errorOf(res)).toMatchObject({ status: 400, Code: 'JWS.InvalidHeader', Path: 'header.alg' });
    });
  });

  describe('postman/environment', () => {
    const environmentAt = (query = '', client?: { transportCertFile: string; transportKeyFile: string }, url = rs) =>
      httpsCall(`${url}/o3/v1.0/postman/environment${query}`, { caFile: directory.caBundleFile, client });
    const valuesOf = (res: HttpsResult) => Object.fromEntries(res.json<{ values: { key: string; value: string }[] }>().values.map((v) => [v.key, v.value]));

    it("answers the calling TPP's environment at this tenant, with its own key and the tenant LFI's", async () => {
      const res = await environmentAt(`?client_id=${tpp().clientId}`, tpp());
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="falcon-bank.${tpp().clientId}.postman_environment.json"`);
      const values = valuesOf(res);
      const urls = tenantUrls(config, config.tenants[0]);
      expect(values).toEqual(expect.objectContaining({ rs: urls.resourceServerUrl, issuer: urls.issuer, cs: urls.consentManagerUrl, _clientId: tpp().clientId, 'kid-local': tpp().signingKid, 'kid-local-ozone': lfi().signingKid }));
      expect(JSON.parse(`"${values['pem-local']}"`)).toBe(readFileSync(tpp().signingKeyFile, 'utf8').trim());
      expect(JSON.parse(`"${values['pem-local-ozone']}"`)).toBe(readFileSync(lfi().signingKeyFile, 'utf8').trim());
      // The same without client_id: the certificate says whose it is.
      expect(valuesOf(await environmentAt('', tpp()))).toEqual(values);
    });

    it.each([
      ['no client certificate', () => undefined, '', 401],
      ["the LFI's certificate", () => lfi(), '', 403],
      ["another TPP's client_id", () => tpp(), () => `?client_id=${directory.tppApplications[1].clientId}`, 403],
    ])('refuses %s', async (_what, client, query, status) => {
      const res = await environmentAt(typeof query === 'function' ? query() : query, client());
      expect(res.status).toBe(status);
      expect(res.text).not.toContain('PRIVATE KEY');
    });

    it('refuses an unknown query parameter: 400 Body.InvalidFormat', async () => {
      const res = await environmentAt('?tenant=oasis-bank', tpp());
      expect(errorOf(res)).toMatchObject({ status: 400, Code: 'Body.InvalidFormat' });
    });
  });

  describe('switched off (sandbox.o3Utilities: false)', () => {
    let off: INestApplication;
    let offRs: string;
    beforeAll(async () => {
      const offConfig = { ...config, ports: { ...config.ports, hub: await freePort() }, sandbox: { o3Utilities: false } } as SandboxConfig;
      off = await startHelpers(offConfig, directory);
      offRs = tenantUrls(offConfig, offConfig.tenants[0]).resourceServerUrl;
    });
    afterAll(() => off?.close());

    it.each([
      ['message-signature', 'GET'],
      ['message-signature', 'POST'],
      ['message-encryption', 'GET'],
      ['message-encryption', 'POST'],
      ['postman/environment', 'GET'],
    ])('%s with %s answers 404', async (path, method) => {
      const res = await call(path, signRequest({ jwksUrl: keystoreUrl(config, lfi().organisationId, lfi().softwareStatementId) }), method, offRs);
      expect(errorOf(res)).toMatchObject({ status: 404, Code: 'Resource.NotFound' });
    });
  });
});
