import { asPostmanSends, disposeSandbox, eventually, httpsCall, sandboxConfigFile, SandboxManifest, SandboxProcess, startSandbox, TEST_CERTS_DIR, type HttpsResult } from '@hub/testing';
import { readDirectory } from '@hub/trust-framework';
import { compactDecrypt, compactVerify, createLocalJWKSet, decodeProtectedHeader, importPKCS8 } from 'jose';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

type Tpp = SandboxManifest['tpps'][number];
type Tenant = SandboxManifest['tenants'][number];
const claimsOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString());

describe('o3 message helpers of the official Postman collections ({rs}/o3/v1.0)', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  const tpp = (): Tpp => m.tpps[0];
  const tenant = (id: string): Tenant => m.tenants.find((t) => t.id === id)!;
  const pem = () => readFileSync(tpp().signingKeyFile, 'utf8');
  /**
   * The environment the sandbox serves the first TPP at `tenantId` (fetched with the collection's own
   * `GET/environment` request), plus what the collection's scripts set before the o3 requests.
   */
  const environment = async (tenantId: string): Promise<Record<string, string>> => {
    const served = await send(asPostmanSends('GET/environment', { rs: tenant(tenantId).resourceServerUrl }));
    expect(served.status).toBe(200);
    const now = Date.now() / 1000;
    return {
      ...Object.fromEntries(served.json<{ values: { key: string; value: string }[] }>().values.map((v) => [v.key, v.value])),
      // Set by the discovery step's script in the collection (here the LFI's keystore: see the README).
      jwksUrl: tenant(tenantId).lfiJwksUrl,
      'code-challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      'x-fapi-interaction-id': randomUUID(),
      // As the collection's pre-request scripts set them: seconds with a fraction.
      exp: String(now + 300),
      nbf: String(now - 10),
    };
  };
  const send = (r: ReturnType<typeof asPostmanSends>): Promise<HttpsResult> => httpsCall(r.url, { method: r.method, caFile: m.caCertFile, client: tpp(), headers: r.headers, body: r.body });
  const tppKeys = async () => createLocalJWKSet((await httpsCall(tpp().jwksUrl, { caFile: m.caCertFile })).json());

  beforeAll(async () => {
    // Request logging on, to show that what the helpers receive stays out of the log.
    sp = await startSandbox({ fresh: true, env: { LOG_LEVEL: 'info' } });
    m = sp.manifest<SandboxManifest>();
  });

  afterAll(async () => {
    if (sp) await disposeSandbox(sp);
  });

  it("answers the collection's private_key_jwt request (GET with a JSON body) with a JWS that verifies against the TPP's published JWKS", async () => {
    const env = await environment('dune-insurance');
    const res = await send(asPostmanSends('O3 Util: Prepare private key JWT for PAR end-point', env));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    // What the collection's test script does with it: the whole body is the token.
    expect(res.text).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const { payload, protectedHeader } = await compactVerify(res.text, await tppKeys(), { algorithms: ['PS256'] });
    expect(protectedHeader).toEqual({ alg: 'PS256', kid: tpp().signingKid });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(expect.objectContaining({ iss: tpp().clientId, sub: tpp().clientId, aud: env.issuer, exp: Number(env.exp), iat: Number(env.nbf) }));
  });

  it("gives a private_key_jwt the hub's token endpoint accepts (the collection's client credentials grant)", async () => {
    // The collection's script makes exp - iat 310 s, which the UAE profile refuses (at most 300): 280 s ahead here.
    const env = { ...(await environment('dune-insurance')), exp: String(Date.now() / 1000 + 280) };
    const assertion = (await send(asPostmanSends('O3 Util: Prepare private key JWT for PAR end-point', env))).text;
    const discovery = (await httpsCall(tenant('dune-insurance').discoveryUrl, { caFile: m.caCertFile })).json<{ token_endpoint: string }>();
    const form = new URLSearchParams({ grant_type: 'client_credentials', scope: 'insurance', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion });
    const res = await httpsCall(discovery.token_endpoint, { method: 'POST', caFile: m.caCertFile, client: tpp(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect({ status: res.status, body: res.json() }).toEqual({ status: 200, body: expect.objectContaining({ access_token: expect.any(String), token_type: 'Bearer' }) });
  });

  it("signs the collection's request object for PAR with its authorization_details, which its test script reads back", async () => {
    const res = await send(asPostmanSends('O3 Util: Prepare request object JWT for PAR end-point', await environment('dune-insurance')));
    expect(res.status).toBe(200);
    await compactVerify(res.text, await tppKeys());
    const claims = claimsOf(res.text);
    expect(claims).toEqual(expect.objectContaining({ client_id: tpp().clientId, response_type: 'code', scope: 'insurance openid', redirect_uri: tpp().redirectUris[0] }));
    expect(claims.authorization_details[0].consent).toEqual(expect.objectContaining({ ConsentId: expect.any(String), BaseConsentId: expect.any(String) }));
  });

  it("encrypts the collection's login_hint to the LFI's published encryption key: the LFI decrypts it and the inner JWS verifies", async () => {
    const env = await environment('dune-insurance');
    const res = await send(asPostmanSends('O3 Util: Prepare Encrypted login_hint', env));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.headers['x-fapi-interaction-id']).toBe(env['x-fapi-interaction-id']);
    const published = (await httpsCall(env.jwksUrl, { caFile: m.caCertFile })).json<{ keys: { kid: string; use: string }[] }>();
    const encryptionKid = published.keys.find((k) => k.use === 'enc')!.kid;
    expect(decodeProtectedHeader(res.text)).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: encryptionKid, cty: 'JWT' });
    // The private key the LFI (the mock insurer) holds: the sandbox's own trust framework files.
    const lfi = readDirectory(TEST_CERTS_DIR).lfiApplications.find((a) => a.tenantId === 'dune-insurance')!;
    expect(lfi.encryptionKid).toBe(encryptionKid);
    const { plaintext } = await compactDecrypt(res.text, await importPKCS8(readFileSync(lfi.encryptionKeyFile, 'utf8'), 'RSA-OAEP-256'));
    const { payload } = await compactVerify(new TextDecoder().decode(plaintext), await tppKeys(), { algorithms: ['PS256'] });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(expect.objectContaining({ Type: 'TradeLicenceNumber', Identification: '8484848485858585', iss: tpp().clientId }));
  });

  it("serves the collection's GET/environment: the TPP's own values at the tenant, and the LFI's for the LFI-side steps", async () => {
    const env = await environment('dune-insurance');
    const t = tenant('dune-insurance');
    expect(env).toEqual(expect.objectContaining({ rs: t.resourceServerUrl, issuer: t.issuer, cs: t.consentManagerUrl, authEndpoint: `${t.headlessHeimdallUrl}/auth`, _clientId: tpp().clientId, redirectUrl: tpp().redirectUris[0], 'kid-local': tpp().signingKid }));
    const discovery = (await httpsCall(t.discoveryUrl, { caFile: m.caCertFile })).json<{ token_endpoint: string }>();
    expect(env.tokenEndpoint).toBe(discovery.token_endpoint);
    // The collection's LFI-side jwt-auth (Step 3000-B) signed with pem-local-ozone verifies with the LFI's published keys.
    const lfiAuth = asPostmanSends('Step 3000-B: Prepare private key JWT Auth', { ...env, exp_auth: String(Date.now() / 1000 + 60), iat_auth: String(Date.now() / 1000), iat_name: 'Dune Insurance', sub_auth: 'lfi' });
    const res = await send(lfiAuth);
    expect(res.status).toBe(200);
    const lfiKeys = createLocalJWKSet((await httpsCall(t.lfiJwksUrl, { caFile: m.caCertFile })).json());
    expect((await compactVerify(res.text, lfiKeys)).protectedHeader.kid).toBe(env['kid-local-ozone']);
  });

  it('serves the environment only to the TPP itself, by its certificate', async () => {
    const url = `${tenant('falcon-bank').resourceServerUrl}/o3/v1.0/postman/environment`;
    expect((await httpsCall(url, { caFile: m.caCertFile })).status).toBe(401);
    expect((await httpsCall(`${url}?client_id=${m.tpps[1].clientId}`, { caFile: m.caCertFile, client: tpp() })).status).toBe(403);
    const own = await httpsCall(`${url}?client_id=${m.tpps[1].clientId}`, { caFile: m.caCertFile, client: m.tpps[1] });
    expect(own.status).toBe(200);
    expect(own.json().values.find((v: { key: string }) => v.key === '_clientId').value).toBe(m.tpps[1].clientId);
  });

  it('takes the same body with POST, at every tenant, without a client certificate', async () => {
    const bank = tenant('falcon-bank');
    const body = JSON.stringify({ header: { alg: 'PS256', kid: tpp().signingKid }, body: { Initiation: { CreditorAccount: { SchemeName: 'IBAN' } } }, signingKeyPEM: pem(), jwksUrl: bank.lfiJwksUrl });
    const res = await httpsCall(`${bank.resourceServerUrl}/o3/v1.0/message-encryption`, { method: 'POST', caFile: m.caCertFile, headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
    const lfi = readDirectory(TEST_CERTS_DIR).lfiApplications.find((a) => a.tenantId === 'falcon-bank')!;
    const { plaintext } = await compactDecrypt(res.text, await importPKCS8(readFileSync(lfi.encryptionKeyFile, 'utf8'), 'RSA-OAEP-256'));
    expect(claimsOf(new TextDecoder().decode(plaintext))).toEqual({ Initiation: { CreditorAccount: { SchemeName: 'IBAN' } } });
  });

  it.each([
    ['another algorithm', (b: Record<string, unknown>) => ({ ...b, header: { alg: 'RS256', kid: 'k' } }), 'JWS.InvalidHeader', 'header.alg'],
    ['an EC key', (b: Record<string, unknown>) => ({ ...b, signingKeyPEM: readFileSync(tpp().transportKeyFile, 'utf8') }), 'Body.InvalidFormat', 'signingKeyPEM'],
    ['a jwksUrl outside the sandbox', (b: Record<string, unknown>) => ({ ...b, jwksUrl: 'https://keystore.sandbox.directory.openfinance.ae/x/application.jwks' }), 'Body.InvalidFormat', 'jwksUrl'],
  ])('refuses %s with 400 in the standard error format', async (_what, change, code, path) => {
    const body = JSON.stringify(change({ header: { alg: 'PS256', kid: tpp().signingKid }, body: { a: 1 }, signingKeyPEM: pem(), jwksUrl: tenant('falcon-bank').lfiJwksUrl }));
    const res = await httpsCall(`${tenant('falcon-bank').resourceServerUrl}/o3/v1.0/message-encryption`, { method: 'POST', caFile: m.caCertFile, client: tpp(), headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ Errors: [{ Code: code, Path: path, Message: expect.any(String) }] });
  });

  it('documents the helpers, marked sandbox only, in the resource server OpenAPI document', async () => {
    const doc = (await httpsCall(`${m.services.hub.url}/docs/resource-server/json`, { caFile: m.caCertFile })).json();
    for (const path of ['/{tenant}/rs/o3/v1.0/message-signature', '/{tenant}/rs/o3/v1.0/message-encryption']) {
      for (const method of ['get', 'post']) {
        const op = doc.paths[path][method];
        expect(op.description).toMatch(/^.*Sandbox only/s);
        expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
        expect(op.responses['200'].content['text/plain']).toBeDefined();
      }
    }
    const environmentOp = doc.paths['/{tenant}/rs/o3/v1.0/postman/environment'].get;
    expect(environmentOp.description).toMatch(/^Sandbox only/);
    expect(environmentOp.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'client_id', in: 'query', required: false })]));
    expect(doc.components.schemas.MessageEncryptionRequestDto.required).toEqual(expect.arrayContaining(['header', 'body', 'signingKeyPEM', 'jwksUrl']));
  });

  it('keeps the keys and claims it received out of the log', async () => {
    const marker = `claim-${randomUUID()}`;
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const body = JSON.stringify({ header: { alg: 'PS256', kid: tpp().signingKid }, body: { marker }, signingKeyPEM: pem() });
    const post = (text: string, id: string) =>
      httpsCall(`${tenant('falcon-bank').resourceServerUrl}/o3/v1.0/message-signature`, { method: 'POST', caFile: m.caCertFile, headers: { 'content-type': 'application/json', 'x-fapi-interaction-id': id }, body: text });
    expect((await post(body, ids[0])).status).toBe(200);
    // Cut inside the PEM: the JSON parser's refusal must not log the text either.
    expect((await post(body.slice(0, body.indexOf('-----BEGIN') + 120), ids[1])).status).toBe(400);
    expect((await post(JSON.stringify({ header: { alg: 'RS256' }, body: { marker }, signingKeyPEM: pem() }), ids[2])).status).toBe(400);
    // The requests are logged (method, URL, status, interaction id; the last after the others) ...
    await eventually(() => [ids[0], ids[2]].every((id) => sp.output().includes(id)), { what: 'the request log lines' });
    const logged = sp.output().split('\n').filter((l) => l.includes(ids[2])).map((l) => JSON.parse(l));
    expect(logged).toEqual([expect.objectContaining({ req: { method: 'POST', url: '/falcon-bank/rs/o3/v1.0/message-signature' }, res: { statusCode: 400 } })]);
    // ... and nothing of what they carried.
    expect(sp.output()).not.toContain(marker);
    for (const line of pem().split('\n').slice(1, 5)) expect(sp.output()).not.toContain(line);
  });
});

describe('o3 message helpers switched off (sandbox.o3Utilities: false)', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true, env: { SANDBOX_CONFIG: sandboxConfigFile({ sandbox: { o3Utilities: false } }) } });
    m = sp.manifest<SandboxManifest>();
  });

  afterAll(async () => {
    if (sp) await disposeSandbox(sp);
  });

  it.each([
    ['GET', 'message-signature'],
    ['POST', 'message-signature'],
    ['GET', 'message-encryption'],
    ['POST', 'message-encryption'],
    ['GET', 'postman/environment'],
  ])('%s %s answers 404 and is not documented', async (method, helper) => {
    const tpp = m.tpps[0];
    const body = JSON.stringify({ header: { alg: 'PS256', kid: tpp.signingKid }, body: { a: 1 }, signingKeyPEM: readFileSync(tpp.signingKeyFile, 'utf8'), jwksUrl: m.tenants[0].lfiJwksUrl });
    const res = await httpsCall(`${m.tenants[0].resourceServerUrl}/o3/v1.0/${helper}`, { method, caFile: m.caCertFile, client: tpp, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }, body });
    expect(res.status).toBe(404);
    expect(res.json().Errors[0].Code).toBe('Resource.NotFound');
    const doc = (await httpsCall(`${m.services.hub.url}/docs/resource-server/json`, { caFile: m.caCertFile })).json();
    expect(doc.paths[`/{tenant}/rs/o3/v1.0/${helper}`]).toBeUndefined();
  });
});
