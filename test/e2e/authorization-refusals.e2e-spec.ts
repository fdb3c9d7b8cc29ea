import {
  CLIENT_ASSERTION_TYPE,
  clientAssertionClaims,
  disposeSandbox,
  httpsCall,
  mtlsAgent,
  postForm,
  pushAuthorizationRequest,
  RawTpp,
  requestObjectClaims,
  SandboxManifest,
  SandboxProcess,
  signWithTppKey,
  startSandbox,
  tppClient,
  TppClient,
} from '@hub/testing';
import { generateKeyPair, SignJWT } from 'jose';
import { createHash, randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import type { Agent } from 'undici';

const verifier = 'a'.repeat(43) + randomUUID().replace(/-/g, '');
const challenge = createHash('sha256').update(verifier).digest('base64url');

function accountAccess(consent: Record<string, unknown> = {}) {
  return {
    type: 'urn:openfinanceuae:account-access-consent:v2.1',
    consent: { ConsentId: randomUUID(), Permissions: ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' }, ...consent },
  };
}

describe('authorization server: every rule of the UAE FAPI 2.0 profile has its refusal', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let fintech: RawTpp & { redirectUris: string[] };
  let buddy: RawTpp & { redirectUris: string[] };
  let agent: Agent;
  const issuer = (t = 'falcon-bank') => m.tenants.find((x) => x.id === t)!.issuer;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    fintech = m.tpps[0];
    buddy = m.tpps.find((t) => t.roles.join() === 'BDSP')!;
    agent = mtlsAgent(fintech, m.caCertFile);
  });

  afterAll(async () => {
    await agent?.close();
    if (sp) await disposeSandbox(sp);
  });

  async function assertion(tpp: RawTpp = fintech, over: Record<string, unknown> = {}, alg?: 'PS256' | 'RS256', t = 'falcon-bank') {
    return { client_id: tpp.clientId, client_assertion_type: CLIENT_ASSERTION_TYPE, client_assertion: await signWithTppKey(tpp, clientAssertionClaims(tpp, issuer(t), over), { alg }) };
  }

  function params(over: Record<string, unknown> = {}, tpp = fintech) {
    return { redirect_uri: tpp.redirectUris[0], scope: 'openid accounts', state: randomUUID(), nonce: randomUUID(), code_challenge: challenge, code_challenge_method: 'S256', authorization_details: [accountAccess()], ...over };
  }

  async function par(o: { params?: Record<string, unknown>; ro?: Record<string, unknown>; alg?: 'PS256' | 'RS256' | 'none'; extra?: Record<string, string>; tpp?: RawTpp & { redirectUris: string[] }; t?: string } = {}) {
    const tpp = o.tpp ?? fintech;
    const claims = requestObjectClaims(tpp, issuer(o.t), params(o.params, tpp), o.ro);
    const request = await signWithTppKey(tpp, claims, { alg: o.alg });
    const a = o.tpp ? mtlsAgent(tpp, m.caCertFile) : agent;
    try {
      return await postForm(`${issuer(o.t)}/par`, { ...(await assertion(tpp, {}, undefined, o.t)), request, ...o.extra }, a);
    } finally {
      if (o.tpp) await a.close();
    }
  }

  it('accepts the reference request (201, request_uri, expires_in) and echoes x-fapi-interaction-id', async () => {
    const res = await par();
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ request_uri: expect.stringMatching(/^urn:ietf:params:oauth:request_uri:/), expires_in: expect.any(Number) });
    expect(res.headers['x-fapi-interaction-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['an unsigned (alg none) request object', { alg: 'none' as const }],
    ['an RS256 request object', { alg: 'RS256' as const }],
  ])('refuses %s', async (_name, o) => {
    const res = await par(o);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/invalid_request_object|invalid_request/);
  });

  it('refuses an ES256 request object', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const request = await new SignJWT(requestObjectClaims(fintech, issuer(), params())).setProtectedHeader({ alg: 'ES256', kid: fintech.signingKid }).sign(privateKey);
    const res = await postForm(`${issuer()}/par`, { ...(await assertion()), request }, agent);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request_object');
  });

  it('refuses a request object whose aud is not the issuer', async () => {
    const res = await par({ ro: { aud: `${issuer()}/par` } });
    expect(res.body).toMatchObject({ error: 'invalid_request_object' });
  });

  it('refuses a request object living longer than 10 minutes (exp − nbf)', async () => {
    const t = Math.floor(Date.now() / 1000);
    const res = await par({ ro: { nbf: t, exp: t + 601 } });
    expect(res.body).toMatchObject({ error: 'invalid_request_object', error_description: expect.stringMatching(/10 minutes/) });
  });

  it('refuses a request object without nbf', async () => {
    const res = await par({ ro: { nbf: undefined } });
    expect(res.body).toMatchObject({ error: 'invalid_request_object' });
  });

  it('refuses missing and plain PKCE', async () => {
    expect((await par({ params: { code_challenge: undefined, code_challenge_method: undefined } })).body.error).toBe('invalid_request');
    expect((await par({ params: { code_challenge: verifier, code_challenge_method: 'plain' } })).body.error).toBe('invalid_request');
  });

  it('refuses an unregistered redirect_uri', async () => {
    const res = await par({ params: { redirect_uri: 'https://evil.example/callback' } });
    expect(res.body).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(/redirect_uri/) });
  });

  it('refuses authorization parameters sent outside the request object', async () => {
    const res = await par({ extra: { scope: 'openid payments' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses a client assertion for another audience, expired, from the far future, or replayed; accepts 8 s of clock skew', async () => {
    const t = Math.floor(Date.now() / 1000);
    const request = async () => signWithTppKey(fintech, requestObjectClaims(fintech, issuer(), params()));
    const withAssertion = async (over: Record<string, unknown>) => postForm(`${issuer()}/par`, { ...(await assertion(fintech, over)), request: await request() }, agent);
    expect((await withAssertion({ aud: `${issuer()}/token` })).body.error).toBe('invalid_client');
    expect((await withAssertion({ iat: t - 600, exp: t - 300 })).body.error).toBe('invalid_client');
    expect((await withAssertion({ iat: t + 60, nbf: t + 60, exp: t + 180 })).body.error).toBe('invalid_client');
    expect((await withAssertion({ exp: t + 900 })).body).toMatchObject({ error: 'invalid_client', error_description: expect.stringMatching(/5 minutes/) });
    expect((await withAssertion({ iat: t + 8, nbf: t + 8, exp: t + 128 })).status).toBe(201);
    const replayed = await assertion();
    expect((await postForm(`${issuer()}/par`, { ...replayed, request: await request() }, agent)).status).toBe(201);
    expect((await postForm(`${issuer()}/par`, { ...replayed, request: await request() }, agent)).body.error).toBe('invalid_client');
  });

  it('refuses an RS256 client assertion', async () => {
    const res = await postForm(`${issuer()}/par`, { ...(await assertion(fintech, {}, 'RS256')), request: await signWithTppKey(fintech, requestObjectClaims(fintech, issuer(), params())) }, agent);
    expect(res.body.error).toBe('invalid_client');
  });

  it("refuses a transport certificate of another application", async () => {
    const other = mtlsAgent(m.tpps[2], m.caCertFile);
    try {
      const res = await postForm(`${issuer()}/par`, { ...(await assertion()), request: await signWithTppKey(fintech, requestObjectClaims(fintech, issuer(), params())) }, other);
      expect(res.body).toMatchObject({ error: 'invalid_client', error_description: expect.stringMatching(/does not belong/) });
    } finally {
      await other.close();
    }
  });

  it("refuses a RAR type or scope the application's roles do not allow", async () => {
    const payment = { type: 'urn:openfinanceuae:service-initiation-consent:v2.1', consent: { ConsentId: randomUUID() } };
    expect((await par({ tpp: buddy, params: { authorization_details: [payment] } })).body.error).toBe('invalid_authorization_details');
    expect((await par({ tpp: buddy, params: { scope: 'openid payments' } })).body.error).toBe('invalid_scope');
  });

  it('refuses an insurance consent at a bank and a bank consent at the insurer', async () => {
    const insurance = { type: 'urn:openfinanceuae:insurance-consent:v2.1', consent: { ConsentId: randomUUID() } };
    expect((await par({ params: { authorization_details: [insurance], scope: 'openid insurance' } })).body.error).toBe('invalid_authorization_details');
    expect((await par({ t: 'dune-insurance' })).body.error).toBe('invalid_authorization_details');
  });

  it.each([
    ['without Permissions', { Permissions: undefined }, /Permissions/],
    ['with an unknown permission', { Permissions: ['ReadEverything'] }, /Permissions/],
    ['without OpenFinanceBilling', { OpenFinanceBilling: undefined }, /OpenFinanceBilling/],
    ['with a bad billing purpose', { OpenFinanceBilling: { UserType: 'Retail', Purpose: 'Fun' } }, /Purpose/],
    ['expiring in the past', { ExpirationDateTime: new Date(Date.now() - 1000).toISOString() }, /ExpirationDateTime/],
    ['expiring after more than a year', { ExpirationDateTime: new Date(Date.now() + 400 * 86_400_000).toISOString() }, /ExpirationDateTime/],
    ['with a ConsentId longer than 128', { ConsentId: 'x'.repeat(129) }, /ConsentId/],
  ])('refuses a data sharing consent %s', async (_name, consent, message) => {
    const res = await par({ params: { authorization_details: [accountAccess(consent)] } });
    expect(res.body).toMatchObject({ error: 'invalid_authorization_details', error_description: expect.stringMatching(message) });
  });

  it('refuses a ConsentId already used', async () => {
    const detail = accountAccess();
    expect((await par({ params: { authorization_details: [detail] } })).status).toBe(201);
    expect((await par({ params: { authorization_details: [detail] } })).body).toMatchObject({ error: 'invalid_authorization_details', error_description: expect.stringMatching(/already exists/) });
  });

  it('refuses two authorization_details entries', async () => {
    expect((await par({ params: { authorization_details: [accountAccess(), accountAccess()] } })).body.error).toBe('invalid_authorization_details');
  });

  describe('with a real client', () => {
    let tpp: TppClient;
    const lfi = () => m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
    const t = () => m.tenants.find((x) => x.id === 'falcon-bank')!;
    const lfiCall = (method: string, url: string, body?: unknown) =>
      httpsCall(url, { method, caFile: m.caCertFile, client: lfi(), headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });

    beforeAll(async () => {
      tpp = await tppClient(issuer(), m.tpps[0], m.caCertFile);
    });
    afterAll(() => tpp?.close());

    async function authorizedCode() {
      const pushed = await pushAuthorizationRequest(tpp, { redirectUri: fintech.redirectUris[0], scope: 'openid accounts', authorizationDetails: [accountAccess()] });
      const started = (await lfiCall('GET', `${t().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
      const psu = m.psus.find((p) => p.tenantId === 'falcon-bank')!;
      await lfiCall('PATCH', `${t().consentManagerUrl}/consents/${started.interaction.consentIdsList[0]}`, { status: 'Authorized', psuIdentifiers: { userId: psu.userId }, accountIds: psu.accountIds!.slice(0, 1), authorizationChannel: 'App' });
      const confirmed = await httpsCall(`${t().headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`, { method: 'POST', caFile: m.caCertFile, client: lfi() });
      return { pushed, callback: new URL(String(confirmed.headers.location)), interactionId: started.interaction.interactionId as string };
    }

    it('lets a request_uri be used once', async () => {
      const pushed = await pushAuthorizationRequest(tpp, { redirectUri: fintech.redirectUris[0], scope: 'openid accounts', authorizationDetails: [accountAccess()] });
      expect((await lfiCall('GET', `${t().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).status).toBe(200);
      const again = await lfiCall('GET', `${t().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`);
      expect(again.status).toBe(400);
      expect(again.json().error).toBe('invalid_request_uri');
    });

    it('refuses a second use of an authorization code and revokes what the first issued', async () => {
      const { pushed, callback } = await authorizedCode();
      const first = await client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
      await expect(client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce })).rejects.toMatchObject({ error: 'invalid_grant' });
      expect((await client.tokenIntrospection(tpp.config, first.access_token)).active).toBe(false);
    });

    it("does not know tenant A's tokens at tenant B", async () => {
      const tokens = await client.clientCredentialsGrant(tpp.config, { scope: 'fx' });
      const other = await tppClient(issuer('oasis-bank'), m.tpps[0], m.caCertFile);
      try {
        expect((await client.tokenIntrospection(other.config, tokens.access_token)).active).toBe(false);
      } finally {
        await other.close();
      }
    });

    it("refuses a client the trust framework knows but that has not onboarded with this LFI, and onboarding with an LFI that serves none of its roles", async () => {
      const insurer = m.tenants.find((x) => x.id === 'dune-insurance')!;
      const res = await httpsCall(`${insurer.resourceServerUrl}/tpp-registration`, { method: 'POST', caFile: m.caCertFile, client: buddy });
      expect(res.status).toBe(403);
      expect(res.json().Errors[0].Message).toMatch(/serves insurance/);
      const a = mtlsAgent(buddy, m.caCertFile);
      try {
        const r = await postForm(`${insurer.issuer}/par`, { ...(await assertion(buddy, {}, undefined, 'dune-insurance')), request: await signWithTppKey(buddy, requestObjectClaims(buddy, insurer.issuer, params({}, buddy))) }, a);
        expect(r.body.error).toBe('invalid_client');
      } finally {
        await a.close();
      }
    });
  });
});
