import { asPostmanSends, disposeSandbox, httpsCall, pushAuthorizationRequest, readOfficialSpec, SandboxManifest, SandboxProcess, startSandbox, tppClient, validateAgainstComponent, type ClientCredentials, type HttpsResult, type PostmanRequestAsSent } from '@hub/testing';
import { createHash, randomUUID } from 'node:crypto';
import * as client from 'openid-client';

const INSURANCE_DOC = 'standards/v2.1-errata1/uae-insurance-openapi.yaml';
const ACCOUNTS_DOC = 'standards/v2.1-errata2/uae-account-information-openapi.yaml';
/** What the collection-level script of the official collection sets `userId` to after every request. */
const COLLECTION_USER_ID = '100001000000000000000002';
/** The policy ids the collection's Consent Manager PATCH (6005) hard-codes: two of every line. */
const COLLECTION_POLICY_IDS = [1, 2, 3, 4, 5, 6, 7].flatMap((line) => [1, 2].map((n) => `1${line}000000-0000-4000-8000-00000000000${n}`));

/**
 * The collection's request object with its BaseConsentId left out: the collection draws a new UUID
 * for it, and the hub accepts only an earlier consent of the same TPP there (the root of the chain),
 * so the unmodified value is refused with invalid_authorization_details (see the README's gaps).
 */
function withoutBaseConsentId(r: PostmanRequestAsSent): PostmanRequestAsSent {
  const message = JSON.parse(r.body) as { body: { authorization_details: { consent: Record<string, unknown> }[] } };
  delete message.body.authorization_details[0].consent.BaseConsentId;
  const body = JSON.stringify(message);
  return { ...r, body, headers: { ...r.headers, 'content-length': String(Buffer.byteLength(body)) } };
}

const claimsOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString());

/** The PKCE pair as the collection's pre-request script makes it (two UUIDs, SHA-256, base64url). */
function pkce(): { verifier: string; challenge: string } {
  const verifier = randomUUID() + randomUUID();
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

describe('Headless tenants: the caller plays the LFI at the model bank and the model insurer, as the official insurance collection does', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  const tenant = (id: string) => m.tenants.find((t) => t.id === id)!;
  const lfi = (id: string): ClientCredentials => m.lfiClients.find((c) => c.tenantId === id)!;
  const send = (r: PostmanRequestAsSent, client: ClientCredentials): Promise<HttpsResult> =>
    httpsCall(r.url, { method: r.method, caFile: m.caCertFile, client, headers: r.headers, body: r.body || undefined });

  /** The environment the sandbox serves the first TPP at the tenant (the collection's own GET/environment request). */
  async function servedEnvironment(tenantId: string): Promise<Record<string, string>> {
    const served = await send(asPostmanSends('GET/environment', { rs: tenant(tenantId).resourceServerUrl }), m.tpps[0]);
    expect(served.status).toBe(200);
    return Object.fromEntries(served.json<{ values: { key: string; value: string }[] }>().values.map((v) => [v.key, v.value]));
  }

  /** What the collection's pre-request scripts set before the o3 signing steps (seconds with a fraction). */
  function freshTimes(env: Record<string, string>): void {
    const now = Date.now() / 1000;
    // The collection makes exp − nbf = 310 s, and uses nbf as the client assertion's iat; the hub refuses
    // assertions living longer than 300 s, so this test shortens exp by 10 s (see the README's gaps).
    env.exp = String(now + 290);
    env.nbf = String(now - 10);
  }

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest<SandboxManifest>();
  });

  afterAll(async () => {
    if (sp) await disposeSandbox(sp);
  });

  it('lists the headless bank and insurer beside the existing tenants, whose discovery still names the mock LFI’s login page', async () => {
    expect(m.tenants.map((t) => [t.id, t.sector, t.headless === true])).toEqual([
      ['falcon-bank', 'banking', false],
      ['oasis-bank', 'banking', false],
      ['dune-insurance', 'insurance', false],
      ['model-bank', 'banking', true],
      ['model-insurer', 'insurance', true],
    ]);
    for (const id of ['falcon-bank', 'dune-insurance']) {
      const discovery = (await httpsCall(tenant(id).discoveryUrl, { caFile: m.caCertFile })).json();
      expect(discovery.authorization_endpoint).toBe(tenant(id).authorizationEndpoint);
      expect(discovery.authorization_endpoint).toMatch(new RegExp(`^https://[^/]+/${id}/authorize$`));
    }
    for (const id of ['model-bank', 'model-insurer']) {
      const discovery = (await httpsCall(tenant(id).discoveryUrl, { caFile: m.caCertFile })).json();
      expect(discovery.authorization_endpoint).toBe(`${tenant(id).headlessHeimdallUrl}/auth`);
    }
  });

  it('seeds the collection’s user with its hard-coded accounts at the headless bank and policies at the headless insurer', () => {
    const user = (id: string) => m.psus.find((p) => p.tenantId === id && p.userId === COLLECTION_USER_ID);
    expect(user('model-bank')?.accountIds).toEqual(['100004000000000000000002', '100004000000000000000003', '100004000000000000000004', '100004000000000000000005']);
    expect([...(user('model-insurer')?.insurancePolicyIds ?? [])].sort()).toEqual([...COLLECTION_POLICY_IDS].sort());
    expect(m.psus.filter((p) => p.userId === COLLECTION_USER_ID).map((p) => p.tenantId).sort()).toEqual(['model-bank', 'model-insurer']);
  });

  it('runs the collection’s AuthFlow: PAR, Headless Heimdall /auth and the CM PATCH with the LFI certificate, doConfirm’s code in the body, the token, then the policy reads', async () => {
    const insurer = tenant('model-insurer');
    const tpp = m.tpps[0];
    const env = await servedEnvironment('model-insurer');
    const { verifier, challenge } = pkce();
    Object.assign(env, { 'code-challenge': challenge, 'code-verifier': verifier });

    // 2006: discovery (sent, like the collection, with a form body and Basic header the hub ignores).
    const discovery = (await send(asPostmanSends('2006: TPP-API Hub: Get OIDC well-known end-point', env), tpp)).json();
    expect(discovery.authorization_endpoint).toBe(`${insurer.headlessHeimdallUrl}/auth`);
    env['auth-endpoint'] = discovery.authorization_endpoint;
    env['par-endpoint'] = discovery.pushed_authorization_request_endpoint;
    // The environment's authEndpoint (which outranks the global the script derives) leads to doConfirm.
    expect(env.authEndpoint).toBe(discovery.authorization_endpoint);
    expect(env.tokenEndpoint).toBe(discovery.token_endpoint);

    // O3 Util: the request object and the private_key_jwt, signed by the hub's helper with the TPP's own key.
    freshTimes(env);
    const requestObject = await send(withoutBaseConsentId(asPostmanSends('O3 Util: Prepare request object JWT for PAR end-point', env)), tpp);
    expect(requestObject.status).toBe(200);
    env.requestObject = requestObject.text;
    const consent = claimsOf(requestObject.text).authorization_details[0].consent as { ConsentId: string };
    const assertion = await send(asPostmanSends('O3 Util: Prepare private key JWT for PAR end-point', env), tpp);
    expect(assertion.status).toBe(200);
    env.private_key_jwt = assertion.text;

    // 4000: PAR, with the collection's x-cert-dn header naming someone else (the hub identifies the TPP by its certificate).
    const par = await send(asPostmanSends('4000: TPP-API Hub: POST to PAR end-point', env), tpp);
    expect({ status: par.status, text: par.status === 201 ? '' : par.text }).toEqual({ status: 201, text: '' });
    env.authCodeUrl = `${env['auth-endpoint']}?client_id=${env._clientId}&response_type=code&scope=openid&request_uri=${par.json().request_uri}`;

    // 5004: the collection calls the authorization endpoint itself, with the LFI's certificate.
    const started = await send(asPostmanSends('5004: LFI-API Hub: /auth', env), lfi('model-insurer'));
    expect(started.status).toBe(200);
    env['consent-id-from-hh'] = started.json().interaction.consentIdsList[0];
    env['interaction-id'] = started.json().interaction.interactionId;
    expect(env['consent-id-from-hh']).toBe(consent.ConsentId);

    // 5015: the consent through the Consent Manager at the collection's release path.
    env['x-fapi-interaction-id'] = randomUUID();
    const read = await send(asPostmanSends('5015: LFI-API Hub: /consents/{consentId}', env), lfi('model-insurer'));
    expect(read.status).toBe(200);
    expect(read.json().data.consentBody.Data.ConsentId).toBe(consent.ConsentId);

    // 6005: the PATCH with dotted keys, the collection's userId and its fourteen hard-coded policy ids.
    env.userId = COLLECTION_USER_ID;
    const patch = asPostmanSends('6005: LFI-API Hub: /consents/{consentId}', env);
    expect(patch.url).toBe(`${insurer.consentManagerUrl}/v2025.32/consents/${consent.ConsentId}`);
    expect(JSON.parse(patch.body)).toMatchObject({ 'consentBody.Data.Status': 'Authorized', insurancePolicyIds: COLLECTION_POLICY_IDS });
    const patched = await send(patch, lfi('model-insurer'));
    expect({ status: patched.status, text: patched.text }).toEqual({ status: 204, text: '' });

    // 6008: doConfirm answers the authorization code alone in its body.
    const confirmed = await send(asPostmanSends('6008: LFI-API Hub: /auth/{interactionId}/doConfirm', env), lfi('model-insurer'));
    expect([confirmed.status, confirmed.headers['content-type']]).toEqual([200, expect.stringMatching(/^text\/plain/)]);
    expect(confirmed.headers.location).toBeUndefined();
    expect(confirmed.text).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    env.authorizationCode = confirmed.text;

    // 7002: the code grant, with a fresh client assertion: the collection reuses the PAR one, which the hub refuses (single use).
    freshTimes(env);
    env.private_key_jwt = (await send(asPostmanSends('O3 Util: Prepare private key JWT for PAR end-point', env), tpp)).text;
    const granted = await send(asPostmanSends('7002: TPP-API Hub: Auth Code Grant', env), tpp);
    expect({ status: granted.status, text: granted.status === 200 ? '' : granted.text }).toEqual({ status: 200, text: '' });
    env['token-from-auth-code-grant-accounts'] = granted.json().access_token;

    // Step 8000 / 8009 / 80xx of every line: the list, the first policy and its payment details.
    const doc = readOfficialSpec(INSURANCE_DOC);
    for (const line of ['motor', 'health', 'employment', 'home', 'life', 'renters', 'travel']) {
      env['x-fapi-interaction-id'] = randomUUID();
      const list = await send(asPostmanSends(`Step 8000: TPP-API Hub: GET ${line}-insurance-policies`, env), tpp);
      expect({ line, status: list.status }).toEqual({ line, status: 200 });
      // Life lists are not checked against the shared list schema: the mock LFI reports an active life
      // policy as InForce, which only the life detail schema allows (a gap of every insurer, see the report).
      if (line !== 'life') expect(validateAgainstComponent(doc, 'AEReadInsurancePolicies1', list.json()).errors).toBe('No errors');
      const ids = (list.json().Data.Policies as { InsurancePolicyId: string }[]).map((p) => p.InsurancePolicyId);
      expect(ids.every((id) => COLLECTION_POLICY_IDS.includes(id)) && ids.length === 2).toBe(true);
      env.InsurancePolicyId = ids[0];
      const one = await send(asPostmanSends(`Step 8009: TPP-API Hub: GET ${line}-insurance-policies/{InsurancePolicyId}`, env), tpp);
      const payment = await send(asPostmanSends(`Step 80xx: TPP-API Hub: GET ${line}-insurance-policies/{InsurancePolicyId}/payment-details`, env), tpp);
      expect({ line, one: one.status, payment: payment.status }).toEqual({ line, one: 200, payment: 200 });
      expect(validateAgainstComponent(doc, 'AEReadPaymentDetails1', payment.json()).errors).toBe('No errors');
    }
  });

  it('lets the caller play the headless bank too: the collection’s account 100004000000000000000002 of its user, read by the TPP', async () => {
    const bank = tenant('model-bank');
    const tpp = await tppClient(bank.issuer, m.tpps[0], m.caCertFile);
    try {
      const consentId = randomUUID();
      const consent = { ConsentId: consentId, Permissions: ['ReadAccountsBasic', 'ReadAccountsDetail', 'ReadBalances'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } };
      const pushed = await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid accounts', authorizationDetails: [{ type: 'urn:openfinanceuae:account-access-consent:v2.1', consent }] });
      expect(pushed.authorizationUrl.href.startsWith(`${bank.headlessHeimdallUrl}/auth?`)).toBe(true);
      const lfiCall = (method: string, url: string, body?: string, type?: string) => httpsCall(url, { method, caFile: m.caCertFile, client: lfi('model-bank'), headers: type ? { 'content-type': type } : undefined, body });
      const started = (await lfiCall('GET', pushed.authorizationUrl.href)).json();
      const patch = { psuIdentifiers: { userId: COLLECTION_USER_ID }, accountIds: ['100004000000000000000002'], authorizationChannel: 'Web', 'consentBody.Data.Status': 'Authorized' };
      expect((await lfiCall('PATCH', `${bank.consentManagerUrl}/v2025.32/consents/${consentId}`, JSON.stringify(patch), 'application/json')).status).toBe(204);
      const confirmed = await lfiCall('POST', `${bank.headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`, 'heimdall.accessTokenValidity=315360000', 'application/x-www-form-urlencoded');
      expect(confirmed.status).toBe(200);
      // The TPP's side of the redirect the caller did not follow: its callback with the code, the state and the issuer.
      const callback = new URL(`${m.tpps[0].redirectUris[0]}?${new URLSearchParams({ code: confirmed.text, state: pushed.state, iss: bank.issuer })}`);
      const tokens = await client.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
      const res = await tpp.fetch(`${bank.resourceServerUrl}/open-finance/account-information/v2.1/accounts/100004000000000000000002`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
      const body = (await res.json()) as { Data?: { AccountId?: string; Account?: { AccountId: string }[] } };
      expect([res.status, body.Data?.Account?.[0]?.AccountId ?? body.Data?.AccountId]).toEqual([200, '100004000000000000000002']);
      expect(validateAgainstComponent(readOfficialSpec(ACCOUNTS_DOC), 'AEReadAccountId', body).errors).toBe('No errors');
    } finally {
      await tpp.close();
    }
  });

  it('answers doFail at a headless tenant with the redirect’s parameters as JSON instead of a 303 to the TPP', async () => {
    const bank = tenant('model-bank');
    const tpp = await tppClient(bank.issuer, m.tpps[0], m.caCertFile);
    try {
      const consent = { ConsentId: randomUUID(), Permissions: ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } };
      const pushed = await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid accounts', authorizationDetails: [{ type: 'urn:openfinanceuae:account-access-consent:v2.1', consent }] });
      const started = (await httpsCall(pushed.authorizationUrl.href, { caFile: m.caCertFile, client: lfi('model-bank') })).json();
      const failed = await httpsCall(`${bank.headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doFail`, { method: 'POST', caFile: m.caCertFile, client: lfi('model-bank') });
      expect([failed.status, failed.headers.location]).toEqual([200, undefined]);
      expect(failed.json()).toMatchObject({ error: 'access_denied', state: pushed.state, iss: bank.issuer });
    } finally {
      await tpp.close();
    }
  });

  it('refuses doConfirm at a headless tenant to the TPP’s certificate, and for an interaction it never opened', async () => {
    const env = await servedEnvironment('model-insurer');
    env['interaction-id'] = randomUUID();
    const asTpp = await send(asPostmanSends('6008: LFI-API Hub: /auth/{interactionId}/doConfirm', env), m.tpps[0]);
    expect(asTpp.status).toBe(403);
    const unknown = await send(asPostmanSends('6008: LFI-API Hub: /auth/{interactionId}/doConfirm', env), lfi('model-insurer'));
    expect([unknown.status, unknown.json().error]).toEqual([400, 'invalid_request']);
  });
});
