import { disposeSandbox, httpsCall, PushedRequest, readOfficialSpec, validateAgainstComponent, pushAuthorizationRequest, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { CompactEncrypt, importJWK } from 'jose';
import * as client from 'openid-client';


const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

function accountAccessDetail(consentId = randomUUID()) {
  return {
    type: 'urn:openfinanceuae:account-access-consent:v2.1',
    consent: {
      ConsentId: consentId,
      Permissions: ['ReadAccountsBasic', 'ReadAccountsDetail', 'ReadBalances'],
      ExpirationDateTime: inOneDay(),
      OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' },
    },
  };
}

/** PII encrypted to the LFI's RSA-OAEP-256 key from its JWKS, as the UAE profile requires at PAR. */
async function encryptedPii(lfiJwksUrl: string, caFile: string): Promise<string> {
  const jwks = (await httpsCall(lfiJwksUrl, { caFile })).json();
  const enc = jwks.keys.find((k: { use: string }) => k.use === 'enc');
  const pii = { Initiation: { Creditor: [{ Creditor: { Name: 'Dubai Electricity' }, CreditorAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: { en: 'DEWA' } } }] } };
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(pii))).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: enc.kid }).encrypt(await importJWK(enc, 'RSA-OAEP-256'));
}

describe('authorization server: a FAPI 2.0 TPP (openid-client) and an LFI (Headless Heimdall) complete the UAE flows', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  const tenant = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const lfi = () => m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!;
  const psu = () => m.psus.find((p) => p.tenantId === 'falcon-bank')!;
  const lfiCall = (method: string, url: string, body?: unknown, form?: Record<string, string>) =>
    httpsCall(url, {
      method,
      caFile: m.caCertFile,
      client: lfi(),
      headers: body ? { 'content-type': 'application/json' } : form ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined,
      body: body ? JSON.stringify(body) : form ? new URLSearchParams(form).toString() : undefined,
    });

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    tpp = await tppClient(tenant().issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  async function push(detail: object = accountAccessDetail(), scope = 'openid accounts'): Promise<PushedRequest> {
    return pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope, authorizationDetails: [detail] });
  }

  /** The LFI's half: GET /auth, PATCH the consent to Authorized, doConfirm; returns the redirect to the TPP. */
  async function lfiAuthorizes(pushed: PushedRequest): Promise<{ location: string; interaction: any }> {
    const started = await lfiCall('GET', `${tenant().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`);
    expect({ status: started.status, location: started.headers.location }).toEqual({ status: 200, location: undefined });
    const interaction = started.json();
    const consentId = interaction.interaction.consentIdsList[0];
    const patch = await lfiCall('PATCH', `${tenant().consentManagerUrl}/consents/${consentId}`, {
      status: 'Authorized',
      psuIdentifiers: { userId: psu().userId },
      accountIds: psu().accountIds!.slice(0, 1),
      authorizationChannel: 'Web',
    });
    expect(patch.status).toBe(204);
    const confirmed = await lfiCall('POST', `${tenant().headlessHeimdallUrl}/auth/${interaction.interaction.interactionId}/doConfirm`, undefined, {});
    expect(confirmed.status).toBe(303);
    return { location: String(confirmed.headers.location), interaction };
  }

  it('publishes the UAE discovery values', async () => {
    const d = tpp.config.serverMetadata();
    expect(d).toMatchObject({
      issuer: tenant().issuer,
      authorization_endpoint: tenant().authorizationEndpoint,
      require_pushed_authorization_requests: true,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
      authorization_response_iss_parameter_supported: true,
      tls_client_certificate_bound_access_tokens: true,
      registration_endpoint: `${tenant().resourceServerUrl}/tpp-registration`,
      authorization_details_types_supported: ['urn:openfinanceuae:account-access-consent:v2.1', 'urn:openfinanceuae:service-initiation-consent:v2.1'],
    });
    for (const k of ['token_endpoint_auth_signing_alg_values_supported', 'request_object_signing_alg_values_supported', 'id_token_signing_alg_values_supported']) {
      expect({ k, v: d[k as keyof typeof d] }).toEqual({ k, v: ['PS256'] });
    }
    expect(d.revocation_endpoint).toBe(`${tenant().issuer}/token/revoke`);
    expect(d.scopes_supported).toEqual(expect.arrayContaining(['openid', 'accounts', 'payments', 'insurance', 'fx', 'account-opening', 'confirmation-of-payee', 'products', 'atm', 'tpp-reports']));
    expect(Object.keys(d.mtls_endpoint_aliases ?? {})).toEqual(expect.arrayContaining(['token_endpoint', 'pushed_authorization_request_endpoint']));
  });

  it('runs PAR → Headless Heimdall → code → token → refresh → introspect → revoke for a data sharing consent', async () => {
    const detail = accountAccessDetail();
    const pushed = await push(detail);
    expect(pushed.authorizationUrl.origin + pushed.authorizationUrl.pathname).toBe(tenant().authorizationEndpoint);
    const consent = await lfiCall('GET', `${tenant().consentManagerUrl}/consents/${detail.consent.ConsentId}`);
    expect(consent.json().data).toMatchObject({ status: 'AwaitingAuthorization', tpp: { clientId: m.tpps[0].clientId } });

    const { location, interaction } = await lfiAuthorizes(pushed);
    expect(interaction.tpp).toMatchObject({ clientId: m.tpps[0].clientId, orgId: m.tpps[0].organisationId });
    expect(interaction.interaction.params.authorization_details[0].consent.ConsentId).toBe(detail.consent.ConsentId);

    const tokens = await client.authorizationCodeGrant(tpp.config, new URL(location), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce, idTokenExpected: true });
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: 600 });
    expect(tokens.refresh_token).toEqual(expect.any(String));
    const details = tokens.authorization_details as any[];
    expect(details).toEqual([{ type: detail.type, consent: expect.objectContaining({ Data: expect.objectContaining({ ConsentId: detail.consent.ConsentId, Status: 'Authorized' }), Links: { Self: expect.stringContaining(detail.consent.ConsentId) } }) }]);

    const introspection = await client.tokenIntrospection(tpp.config, tokens.access_token);
    expect(introspection).toMatchObject({ active: true, client_id: m.tpps[0].clientId, consent_id: detail.consent.ConsentId, cnf: { 'x5t#S256': expect.any(String) } });
    expect((introspection as any).authorization_details[0].consent.Data.Status).toBe('Authorized');

    const refreshed = await client.refreshTokenGrant(tpp.config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.refresh_token).toBeUndefined();

    await client.tokenRevocation(tpp.config, refreshed.access_token);
    expect((await client.tokenIntrospection(tpp.config, refreshed.access_token)).active).toBe(false);
  });

  it('authorizes a single instant payment consent with exactly one debtor account, PII encrypted to the LFI', async () => {
    const consentId = randomUUID();
    const detail = {
      type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
      consent: {
        ConsentId: consentId,
        ExpirationDateTime: inOneDay(),
        ControlParameters: { ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '250.00', Currency: 'AED' } } } },
        PersonalIdentifiableInformation: await encryptedPii(tenant().lfiJwksUrl, m.caCertFile),
        PaymentPurposeCode: 'ACM',
      },
    };
    const pushed = await push(detail, 'openid payments');
    const { location } = await lfiAuthorizes(pushed);
    const tokens = await client.authorizationCodeGrant(tpp.config, new URL(location), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    const consent = (tokens.authorization_details as any[])[0].consent;
    expect(consent.Data).toMatchObject({ ConsentId: consentId, Status: 'Authorized', PaymentConsumption: expect.any(Object) });
    expect(consent.Data).not.toHaveProperty('PersonalIdentifiableInformation');
    expect(tokens.scope).toContain('payments');
  });

  it('authorizes an insurance consent at the insurer with the selected policies', async () => {
    const insurer = m.tenants.find((t) => t.id === 'dune-insurance')!;
    const holder = m.psus.find((p) => p.tenantId === 'dune-insurance')!;
    const insTpp = await tppClient(insurer.issuer, m.tpps[0], m.caCertFile);
    try {
      const consentId = randomUUID();
      const detail = {
        type: 'urn:openfinanceuae:insurance-consent:v2.1',
        consent: { ConsentId: consentId, Permissions: [{ InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies', 'ReadCustomerBasic'] }], OpenFinanceBilling: { Purpose: 'QuoteComparison' }, ExpirationDateTime: inOneDay() },
      };
      const pushed = await pushAuthorizationRequest(insTpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid insurance', authorizationDetails: [detail] });
      const insurerLfi = m.lfiClients.find((c) => c.tenantId === 'dune-insurance')!;
      const call = (method: string, url: string, body?: unknown) =>
        httpsCall(url, { method, caFile: m.caCertFile, client: insurerLfi, headers: body ? { 'content-type': 'application/json' } : undefined, body: body ? JSON.stringify(body) : undefined });
      const started = (await call('GET', `${insurer.headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
      expect((await call('PATCH', `${insurer.consentManagerUrl}/consents/${consentId}`, { status: 'Authorized', psuIdentifiers: { userId: holder.userId }, insurancePolicyIds: holder.insurancePolicyIds, authorizationChannel: 'App' })).status).toBe(204);
      const confirmed = await call('POST', `${insurer.headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`);
      const tokens = await client.authorizationCodeGrant(insTpp.config, new URL(String(confirmed.headers.location)), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
      expect((tokens.authorization_details as any[])[0]).toMatchObject({ type: detail.type, consent: { Data: { ConsentId: consentId, Status: 'Authorized' } } });
      const cc = await client.clientCredentialsGrant(insTpp.config, { scope: 'insurance' });
      const read = await insTpp.fetch(`${insurer.resourceServerUrl}/open-finance/insurance/v2.1/insurance-consents/${consentId}`, { headers: { authorization: `Bearer ${cc.access_token}` } });
      expect(read.status).toBe(200);
      expect(((await read.json()) as any).Data).toMatchObject({ ConsentId: consentId, Status: 'Authorized' });
    } finally {
      await insTpp.close();
    }
  });

  it('sends the user back with access_denied when the LFI calls doFail', async () => {
    const pushed = await push();
    const started = (await lfiCall('GET', `${tenant().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
    const failed = await lfiCall('POST', `${tenant().headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doFail`, undefined, { error: 'access_denied', error_description: 'User declined' });
    expect(failed.status).toBe(303);
    const redirect = new URL(String(failed.headers.location));
    expect(redirect.searchParams.get('error')).toBe('access_denied');
    expect(redirect.searchParams.get('iss')).toBe(tenant().issuer);
    await expect(client.authorizationCodeGrant(tpp.config, redirect, { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state })).rejects.toMatchObject({ error: 'access_denied', error_description: 'User declined' });
  });

  it('refuses doConfirm until the consent is Authorized through the Consent Manager', async () => {
    const pushed = await push();
    const started = (await lfiCall('GET', `${tenant().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
    const early = await lfiCall('POST', `${tenant().headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`, undefined, {});
    expect(early.status).toBe(400);
    expect(early.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(/AwaitingAuthorization/) });
  });

  it('revoking the consent kills its tokens at once', async () => {
    const detail = accountAccessDetail();
    const pushed = await push(detail);
    const { location } = await lfiAuthorizes(pushed);
    const tokens = await client.authorizationCodeGrant(tpp.config, new URL(location), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    expect((await lfiCall('POST', `${tenant().consentManagerUrl}/consents/${detail.consent.ConsentId}/action/revoke`, { revokedBy: 'LFI' })).status).toBe(204);
    expect((await client.tokenIntrospection(tpp.config, tokens.access_token)).active).toBe(false);
    await expect(client.refreshTokenGrant(tpp.config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it.each(['fx', 'account-opening', 'confirmation-of-payee', 'products', 'atm', 'tpp-reports'])('grants client_credentials for %s', async (scope) => {
    const tokens = await client.clientCredentialsGrant(tpp.config, { scope });
    expect(tokens.scope).toBe(scope);
    expect((await client.tokenIntrospection(tpp.config, tokens.access_token)).cnf).toEqual({ 'x5t#S256': expect.any(String) });
  });

  it('keeps refresh tokens across a restart of the sandbox (provider state persists)', async () => {
    const pushed = await push();
    const { location } = await lfiAuthorizes(pushed);
    const tokens = await client.authorizationCodeGrant(tpp.config, new URL(location), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    const port = (url: string) => new URL(url).port;
    const samePorts = { HUB_PORT: port(m.services.hub.url), MOCK_LFI_PORT: port(m.services.mockLfi.url), WEBHOOK_WORKER_PORT: port(m.services.webhookWorker.url) };
    await tpp.close();
    expect(await sp.stop('SIGTERM')).toBe(0);
    sp = await startSandbox({ dataDir: sp.dataDir, env: samePorts });
    tpp = await tppClient(tenant().issuer, m.tpps[0], m.caCertFile);
    const refreshed = await client.refreshTokenGrant(tpp.config, tokens.refresh_token!);
    expect((await client.tokenIntrospection(tpp.config, refreshed.access_token)).active).toBe(true);
  });

  describe('conformance with the official v2.1 documents', () => {
    it('answers the code and refresh grants with the token responses of the authorization-endpoints document', async () => {
      const doc = readOfficialSpec('standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml');
      const pushed = await push();
      const { location } = await lfiAuthorizes(pushed);
      const tokens = await client.authorizationCodeGrant(tpp.config, new URL(location), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
      const codeResponse = tpp.tokenResponses.at(-1);
      expect(validateAgainstComponent(doc, 'AEAuthorizationCodeGrantTokenResponseProperties', codeResponse).errors).toBe('No errors');
      await client.refreshTokenGrant(tpp.config, tokens.refresh_token!);
      expect(validateAgainstComponent(doc, 'AERefreshTokenGrantTokenResponseProperties', tpp.tokenResponses.at(-1)).errors).toBe('No errors');
      await client.clientCredentialsGrant(tpp.config, { scope: 'fx' });
      expect(validateAgainstComponent(doc, 'AEClientCredentialsGrantTokenResponseProperties', tpp.tokenResponses.at(-1)).errors).toBe('No errors');
    });

    it('answers Headless Heimdall GET /auth with an AuthSuccessResponse, and an unknown client with an AuthErrorResponse', async () => {
      const doc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-authorisation-server-openapi.yaml');
      const pushed = await push();
      const ok = await lfiCall('GET', `${tenant().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`);
      expect(validateAgainstComponent(doc, 'AuthSuccessResponse', ok.json()).errors).toBe('No errors');
      const unknown = await lfiCall('GET', `${tenant().headlessHeimdallUrl}/auth?client_id=${randomUUID()}&request_uri=urn:ietf:params:oauth:request_uri:nope`);
      expect(unknown.status).toBe(400);
      expect(validateAgainstComponent(doc, 'AuthErrorResponse', unknown.json()).errors).toBe('No errors');
    });
  });

  describe('the TPP consent resources (gateway access checks)', () => {
    const consentUrl = (id: string) => `${tenant().resourceServerUrl}/open-finance/account-information/v2.1/account-access-consents/${id}`;
    const get = (url: string, token?: string) => tpp.fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('serves the TPP its own consent with a client-credentials token of scope accounts', async () => {
      const detail = accountAccessDetail();
      await push(detail);
      const { access_token } = await client.clientCredentialsGrant(tpp.config, { scope: 'accounts' });
      const res = await get(consentUrl(detail.consent.ConsentId), access_token);
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      expect(body.Data).toMatchObject({ ConsentId: detail.consent.ConsentId, Status: 'AwaitingAuthorization' });
      expect(body.Links.Self).toBe(consentUrl(detail.consent.ConsentId));
      const doc = readOfficialSpec('standards/v2.1-errata2/uae-account-information-openapi.yaml');
      expect(validateAgainstComponent(doc, 'AEConsentStatus.AEBankDataSharingConsentPropertiesV21', body).errors).toBe('No errors');
    });

    it('answers 401 without body for no, unknown and revoked tokens, and 403 AccessToken.InvalidScope without the scope', async () => {
      const detail = accountAccessDetail();
      await push(detail);
      for (const token of [undefined, 'not-a-token']) {
        const res = await get(consentUrl(detail.consent.ConsentId), token);
        expect(res.status).toBe(401);
        expect(await res.text()).toBe('');
        expect(res.headers.get('www-authenticate')).toMatch(/invalid_token/);
      }
      const fx = await client.clientCredentialsGrant(tpp.config, { scope: 'fx' });
      const scoped = await get(consentUrl(detail.consent.ConsentId), fx.access_token);
      expect(scoped.status).toBe(403);
      expect(((await scoped.json()) as any).Errors[0].Code).toBe('AccessToken.InvalidScope');
      await client.tokenRevocation(tpp.config, fx.access_token);
      expect((await get(consentUrl(detail.consent.ConsentId), fx.access_token)).status).toBe(401);
    });

    it("refuses a token presented with another TPP's certificate, and hides other TPPs' consents", async () => {
      const detail = accountAccessDetail();
      await push(detail);
      const { access_token } = await client.clientCredentialsGrant(tpp.config, { scope: 'accounts' });
      const other = await tppClient(tenant().issuer, m.tpps[2], m.caCertFile);
      try {
        expect((await other.fetch(consentUrl(detail.consent.ConsentId), { headers: { authorization: `Bearer ${access_token}` } })).status).toBe(401);
        const own = await client.clientCredentialsGrant(other.config, { scope: 'accounts' });
        expect((await other.fetch(consentUrl(detail.consent.ConsentId), { headers: { authorization: `Bearer ${own.access_token}` } })).status).toBe(404);
      } finally {
        await other.close();
      }
    });
  });
});
