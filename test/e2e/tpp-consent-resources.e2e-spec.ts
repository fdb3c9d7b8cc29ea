import { disposeSandbox, httpsCall, PushedRequest, pushAuthorizationRequest, readOfficialSpec, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient, validateAgainstComponent } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { generateKeyPair, importPKCS8, SignJWT } from 'jose';
import * as client from 'openid-client';

const ACCOUNTS_DOC = 'standards/v2.1-errata2/uae-account-information-openapi.yaml';
const INSURANCE_DOC = 'standards/v2.1-errata1/uae-insurance-openapi.yaml';
const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

function accountAccessDetail(o: { baseConsentId?: string } = {}) {
  return {
    type: 'urn:openfinanceuae:account-access-consent:v2.1',
    consent: {
      ConsentId: randomUUID(),
      ...(o.baseConsentId ? { BaseConsentId: o.baseConsentId } : {}),
      Permissions: ['ReadAccountsBasic', 'ReadBalances'],
      ExpirationDateTime: inOneDay(),
      OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' },
    },
  };
}

function insuranceDetail(o: { baseConsentId?: string } = {}) {
  return {
    type: 'urn:openfinanceuae:insurance-consent:v2.1',
    consent: {
      ConsentId: randomUUID(),
      ...(o.baseConsentId ? { BaseConsentId: o.baseConsentId } : {}),
      Permissions: [{ InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies'] }],
      OpenFinanceBilling: { Purpose: 'QuoteComparison' },
      ExpirationDateTime: inOneDay(),
    },
  };
}

/** Each response body checked against the component the official document names for it. */
function conforms(doc: string, component: string, body: unknown): void {
  expect(validateAgainstComponent(readOfficialSpec(doc), component, body).errors).toBe('No errors');
}

describe('gateway: TPP consent resources (list by base consent, read, revoke and resubscribe by PATCH)', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  let insTpp: TppClient;
  const bank = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const insurer = () => m.tenants.find((t) => t.id === 'dune-insurance')!;
  const accountsUrl = (path = '') => `${bank().resourceServerUrl}/open-finance/account-information/v2.1/account-access-consents${path}`;
  const insuranceUrl = (path = '') => `${insurer().resourceServerUrl}/open-finance/insurance/v2.1/insurance-consents${path}`;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    tpp = await tppClient(bank().issuer, m.tpps[0], m.caCertFile);
    insTpp = await tppClient(insurer().issuer, m.tpps[0], m.caCertFile);
  });

  afterAll(async () => {
    await tpp?.close();
    await insTpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  const token = async (c: TppClient, scope: string) => (await client.clientCredentialsGrant(c.config, { scope })).access_token;

  async function call(c: TppClient, method: string, url: string, scope: string, body?: { json?: unknown; jwt?: string }) {
    const headers: Record<string, string> = { authorization: `Bearer ${await token(c, scope)}` };
    if (body?.json !== undefined) headers['content-type'] = 'application/json';
    if (body?.jwt !== undefined) headers['content-type'] = 'application/jwt';
    const res = await c.fetch(url, { method, headers, body: body?.jwt ?? (body?.json !== undefined ? JSON.stringify(body.json) : undefined) });
    const text = await res.text();
    return { status: res.status, text, json: () => JSON.parse(text) };
  }

  /** A signed PATCH body as the TPP sends it: the Jwt envelope with `message`, PS256 with its registered key. */
  async function signed(message: unknown, o: { key?: Awaited<ReturnType<typeof importPKCS8>>; iss?: string; aud?: string } = {}): Promise<string> {
    const key = o.key ?? (await importPKCS8(readFileSync(m.tpps[0].signingKeyFile, 'utf8'), 'PS256'));
    return new SignJWT({ message })
      .setProtectedHeader({ alg: 'PS256', kid: m.tpps[0].signingKid, typ: 'JWT' })
      .setIssuer(o.iss ?? m.tpps[0].clientId)
      .setAudience([o.aud ?? bank().issuer])
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('5m')
      .sign(key);
  }

  async function push(c: TppClient, detail: object, scope: string): Promise<PushedRequest> {
    return pushAuthorizationRequest(c, { redirectUri: m.tpps[0].redirectUris[0], scope, authorizationDetails: [detail] });
  }

  /** The bank's own calls: Headless Heimdall and the Consent Manager, with its client certificate. */
  const lfiCall = (method: string, url: string, body?: unknown) =>
    httpsCall(url, {
      method,
      caFile: m.caCertFile,
      client: m.lfiClients.find((c) => c.tenantId === 'falcon-bank')!,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });

  /** The LFI authorizes through Headless Heimdall and the Consent Manager; the TPP redeems the code. */
  async function authorizedAccountConsent(): Promise<{ consentId: string; accessToken: string }> {
    const detail = accountAccessDetail();
    const pushed = await push(tpp, detail, 'openid accounts');
    const psu = m.psus.find((p) => p.tenantId === 'falcon-bank')!;
    const started = (await lfiCall('GET', `${bank().headlessHeimdallUrl}/auth?${pushed.authorizationUrl.searchParams}`)).json();
    const patched = await lfiCall('PATCH', `${bank().consentManagerUrl}/consents/${detail.consent.ConsentId}`, {
      status: 'Authorized',
      psuIdentifiers: { userId: psu.userId },
      accountIds: psu.accountIds!.slice(0, 1),
      authorizationChannel: 'Web',
    });
    expect(patched.status).toBe(204);
    const confirmed = await lfiCall('POST', `${bank().headlessHeimdallUrl}/auth/${started.interaction.interactionId}/doConfirm`);
    const tokens = await client.authorizationCodeGrant(tpp.config, new URL(String(confirmed.headers.location)), { pkceCodeVerifier: pushed.codeVerifier, expectedState: pushed.state, expectedNonce: pushed.nonce });
    return { consentId: detail.consent.ConsentId, accessToken: tokens.access_token };
  }

  function expectError(res: { status: number; json: () => any }, status: number, code: string, doc = ACCOUNTS_DOC, component = 'AEError400Response') {
    expect(res.status).toBe(status);
    const body = res.json();
    expect(body.Errors[0].Code).toBe(code);
    conforms(doc, component, body);
    return body.Errors[0];
  }

  describe('Bank Data Sharing', () => {
    it('lists the consents of a baseConsentId as an array of consent resources', async () => {
      const root = accountAccessDetail();
      await push(tpp, root, 'openid accounts');
      const renewal = accountAccessDetail({ baseConsentId: root.consent.ConsentId });
      await push(tpp, renewal, 'openid accounts');
      await push(tpp, accountAccessDetail(), 'openid accounts'); // another group: not listed

      const res = await call(tpp, 'GET', accountsUrl(`?baseConsentId=${root.consent.ConsentId}`), 'accounts');
      expect(res.status).toBe(200);
      const body = res.json();
      expect(body.map((c: any) => c.Data.ConsentId).sort()).toEqual([root.consent.ConsentId, renewal.consent.ConsentId].sort());
      expect(body.find((c: any) => c.Data.ConsentId === renewal.consent.ConsentId).Data.BaseConsentId).toBe(root.consent.ConsentId);
      conforms(ACCOUNTS_DOC, 'AEConsentsByBaseConsentIdResponse', body);
    });

    it('answers 400 without baseConsentId and 404 (no body) for an unknown one', async () => {
      expectError(await call(tpp, 'GET', accountsUrl(), 'accounts'), 400, 'Resource.InvalidFormat');
      const unknown = await call(tpp, 'GET', accountsUrl(`?baseConsentId=${randomUUID()}`), 'accounts');
      expect({ status: unknown.status, text: unknown.text }).toEqual({ status: 404, text: '' });
    });

    it('revokes with a JSON body: 204, the consent reads Revoked by TPP, its tokens are dead, a second revoke is refused', async () => {
      const { consentId, accessToken } = await authorizedAccountConsent();
      expect((await client.tokenIntrospection(tpp.config, accessToken)).active).toBe(true);

      const revoked = await call(tpp, 'PATCH', accountsUrl(`/${consentId}`), 'accounts', { json: { Data: { Status: 'Revoked' } } });
      expect({ status: revoked.status, text: revoked.text }).toEqual({ status: 204, text: '' });

      const read = await call(tpp, 'GET', accountsUrl(`/${consentId}`), 'accounts');
      expect(read.json().Data).toMatchObject({ ConsentId: consentId, Status: 'Revoked', RevokedBy: 'TPP' });
      conforms(ACCOUNTS_DOC, 'AEConsentStatus.AEBankDataSharingConsentPropertiesV21', read.json());
      expect((await client.tokenIntrospection(tpp.config, accessToken)).active).toBe(false);

      const again = await call(tpp, 'PATCH', accountsUrl(`/${consentId}`), 'accounts', { json: { Data: { Status: 'Revoked' } } });
      expectError(again, 400, 'Consent.BusinessRuleViolation');
    });

    it('revokes with a signed body (application/jwt, PS256 by the TPP) and keeps RevokedBy TPP.InitiatedByUser', async () => {
      const { consentId, accessToken } = await authorizedAccountConsent();
      const jwt = await signed({ Data: { Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' } });
      const revoked = await call(tpp, 'PATCH', accountsUrl(`/${consentId}`), 'accounts', { jwt });
      expect({ status: revoked.status, text: revoked.text }).toEqual({ status: 204, text: '' });
      const read = await call(tpp, 'GET', accountsUrl(`/${consentId}`), 'accounts');
      expect(read.json().Data).toMatchObject({ Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' });
      expect((await client.tokenIntrospection(tpp.config, accessToken)).active).toBe(false);
    });

    it('refuses bad signed bodies: another key → JWS.InvalidSignature, garbage → JWS.Malformed, another issuer → JWS.InvalidClaim', async () => {
      const detail = accountAccessDetail();
      await push(tpp, detail, 'openid accounts');
      const url = accountsUrl(`/${detail.consent.ConsentId}`);
      const { privateKey } = await generateKeyPair('PS256');
      const message = { Data: { Status: 'Revoked' } };
      expectError(await call(tpp, 'PATCH', url, 'accounts', { jwt: await signed(message, { key: privateKey }) }), 400, 'JWS.InvalidSignature');
      expectError(await call(tpp, 'PATCH', url, 'accounts', { jwt: 'not.a-jws' }), 400, 'JWS.Malformed');
      expect(expectError(await call(tpp, 'PATCH', url, 'accounts', { jwt: await signed(message, { iss: randomUUID() }) }), 400, 'JWS.InvalidClaim').Path).toBe('iss');
      expect((await call(tpp, 'GET', url, 'accounts')).json().Data.Status).toBe('AwaitingAuthorization');
    });

    it('refuses a body beyond AEPatchConsent with 400 Body.InvalidFormat naming the member, changing nothing', async () => {
      const detail = accountAccessDetail();
      await push(tpp, detail, 'openid accounts');
      const url = accountsUrl(`/${detail.consent.ConsentId}`);
      const cases: [unknown, string][] = [
        [{ Data: { Status: 'Revoked', Reason: 'x' } }, 'Data.Reason'],
        [{ Data: { Status: 'Revoked' }, Meta: {} }, 'Meta'],
        [{ Data: { Status: 'Authorized' } }, 'Data.Status'],
        [{ Data: { Status: 'Revoked', RevokedBy: 'LFI' } }, 'Data.RevokedBy'],
        [{ Subscription: { Webhook: { Url: 'http://tpp.example/hook', IsActive: true } } }, 'Subscription.Webhook.Url'],
      ];
      for (const [json, path] of cases) {
        const error = expectError(await call(tpp, 'PATCH', url, 'accounts', { json }), 400, 'Body.InvalidFormat');
        expect({ json, path: error.Path }).toEqual({ json, path });
      }
      expect((await call(tpp, 'GET', url, 'accounts')).json().Data.Status).toBe('AwaitingAuthorization');
    });

    it('changes the Subscription alone after authorization: 204, the GET shows it, the consent stays Authorized', async () => {
      const { consentId, accessToken } = await authorizedAccountConsent();
      const url = accountsUrl(`/${consentId}`);
      const Subscription = { Webhook: { Url: 'https://tpp.example/hooks/consents', IsActive: true } };
      const res = await call(tpp, 'PATCH', url, 'accounts', { json: { Subscription } });
      expect({ status: res.status, text: res.text }).toEqual({ status: 204, text: '' });
      const read = (await call(tpp, 'GET', url, 'accounts')).json();
      expect(read).toMatchObject({ Data: { Status: 'Authorized' }, Subscription });
      conforms(ACCOUNTS_DOC, 'AEConsentStatus.AEBankDataSharingConsentPropertiesV21', read);

      // Url left out: IsActive alone changes, the registered Url stays (signed body this time).
      const paused = await call(tpp, 'PATCH', url, 'accounts', { jwt: await signed({ Subscription: { Webhook: { IsActive: false } } }) });
      expect(paused.status).toBe(204);
      expect((await call(tpp, 'GET', url, 'accounts')).json().Subscription).toEqual({ Webhook: { Url: Subscription.Webhook.Url, IsActive: false } });
      expect((await client.tokenIntrospection(tpp.config, accessToken)).active).toBe(true);
    });

    it("keeps the Subscription the TPP's: the Consent Manager PATCH has no such key and refuses it", async () => {
      const { consentId } = await authorizedAccountConsent();
      for (const body of [{ Subscription: { Webhook: { Url: 'https://lfi.example/x', IsActive: true } } }, { 'consentBody.Subscription': { Webhook: { IsActive: false } } }]) {
        const res = await lfiCall('PATCH', `${bank().consentManagerUrl}/consents/${consentId}`, body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
      }
      expect((await call(tpp, 'GET', accountsUrl(`/${consentId}`), 'accounts')).json().Subscription).toBeUndefined();
    });

    it('revokes and changes the Subscription in one PATCH; a later Subscription change is 400 Consent.BusinessRuleViolation', async () => {
      const { consentId, accessToken } = await authorizedAccountConsent();
      const url = accountsUrl(`/${consentId}`);
      const Subscription = { Webhook: { Url: 'https://tpp.example/hooks/final', IsActive: false } };
      const both = await call(tpp, 'PATCH', url, 'accounts', { json: { Data: { Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' }, Subscription } });
      expect({ status: both.status, text: both.text }).toEqual({ status: 204, text: '' });
      const read = (await call(tpp, 'GET', url, 'accounts')).json();
      expect(read).toMatchObject({ Data: { Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' }, Subscription });
      expect((await client.tokenIntrospection(tpp.config, accessToken)).active).toBe(false);

      const late = await call(tpp, 'PATCH', url, 'accounts', { json: { Subscription: { Webhook: { Url: 'https://tpp.example/late', IsActive: true } } } });
      expectError(late, 400, 'Consent.BusinessRuleViolation');
      expect((await call(tpp, 'GET', url, 'accounts')).json().Subscription).toEqual(Subscription);
    });

    it("hides another TPP's consent: GET, list and PATCH answer 404 without body", async () => {
      const detail = accountAccessDetail();
      await push(tpp, detail, 'openid accounts');
      const other = await tppClient(bank().issuer, m.tpps[2], m.caCertFile);
      try {
        for (const [method, url, body] of [
          ['GET', accountsUrl(`/${detail.consent.ConsentId}`), undefined],
          ['GET', accountsUrl(`?baseConsentId=${detail.consent.ConsentId}`), undefined],
          ['PATCH', accountsUrl(`/${detail.consent.ConsentId}`), { json: { Data: { Status: 'Revoked' } } }],
        ] as const) {
          const res = await call(other, method, url, 'accounts', body);
          expect({ method, url, status: res.status, text: res.text }).toEqual({ method, url, status: 404, text: '' });
        }
      } finally {
        await other.close();
      }
      expect((await call(tpp, 'GET', accountsUrl(`/${detail.consent.ConsentId}`), 'accounts')).json().Data.Status).toBe('AwaitingAuthorization');
    });

    it('answers 403 AccessToken.InvalidScope to a PATCH with a token of another scope, and 415 (no body) to another media type', async () => {
      const detail = accountAccessDetail();
      await push(tpp, detail, 'openid accounts');
      const url = accountsUrl(`/${detail.consent.ConsentId}`);
      expectError(await call(tpp, 'PATCH', url, 'insurance', { json: { Data: { Status: 'Revoked' } } }), 403, 'AccessToken.InvalidScope', ACCOUNTS_DOC, 'AEError403Response');
      const res = await tpp.fetch(url, { method: 'PATCH', headers: { authorization: `Bearer ${await token(tpp, 'accounts')}`, 'content-type': 'text/plain' }, body: 'Revoked' });
      expect({ status: res.status, text: await res.text() }).toEqual({ status: 415, text: '' });
    });
  });

  describe('Insurance (dune-insurance)', () => {
    it('lists the consents of a BaseConsentId as AEReadInsuranceConsents1', async () => {
      const root = insuranceDetail();
      await push(insTpp, root, 'openid insurance');
      const renewal = insuranceDetail({ baseConsentId: root.consent.ConsentId });
      await push(insTpp, renewal, 'openid insurance');
      const res = await call(insTpp, 'GET', insuranceUrl(`?BaseConsentId=${root.consent.ConsentId}`), 'insurance');
      expect(res.status).toBe(200);
      const body = res.json();
      expect(body.Data.map((d: any) => d.ConsentId).sort()).toEqual([root.consent.ConsentId, renewal.consent.ConsentId].sort());
      expect(body.Meta).toEqual({ TotalPages: 1 });
      conforms(INSURANCE_DOC, 'AEReadInsuranceConsents1', body);
    });

    it('revokes with JSON and with a signed body; a second revoke is refused', async () => {
      const a = insuranceDetail();
      const b = insuranceDetail();
      await push(insTpp, a, 'openid insurance');
      await push(insTpp, b, 'openid insurance');
      const byJson = await call(insTpp, 'PATCH', insuranceUrl(`/${a.consent.ConsentId}`), 'insurance', { json: { Data: { Status: 'Revoked' } } });
      expect({ status: byJson.status, text: byJson.text }).toEqual({ status: 204, text: '' });
      const jwt = await signed({ Data: { Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' } }, { aud: insurer().issuer });
      const bySignature = await call(insTpp, 'PATCH', insuranceUrl(`/${b.consent.ConsentId}`), 'insurance', { jwt });
      expect({ status: bySignature.status, text: bySignature.text }).toEqual({ status: 204, text: '' });

      for (const [id, revokedBy] of [[a.consent.ConsentId, 'TPP'], [b.consent.ConsentId, 'TPP.InitiatedByUser']]) {
        const read = await call(insTpp, 'GET', insuranceUrl(`/${id}`), 'insurance');
        expect(read.json().Data).toMatchObject({ ConsentId: id, Status: 'Revoked', RevokedBy: revokedBy });
        conforms(INSURANCE_DOC, 'AEReadInsuranceConsent1', read.json());
      }
      const again = await call(insTpp, 'PATCH', insuranceUrl(`/${a.consent.ConsentId}`), 'insurance', { json: { Data: { Status: 'Revoked' } } });
      expectError(again, 400, 'Consent.BusinessRuleViolation', INSURANCE_DOC, 'AEError400ResponseBody');
    });

    it('revokes and registers a Subscription in one PATCH (AEUpdateConsent1)', async () => {
      const detail = insuranceDetail();
      await push(insTpp, detail, 'openid insurance');
      const url = insuranceUrl(`/${detail.consent.ConsentId}`);
      const Subscription = { Webhook: { Url: 'https://tpp.example/hooks/insurance', IsActive: true } };
      const res = await call(insTpp, 'PATCH', url, 'insurance', { json: { Data: { Status: 'Revoked' }, Subscription } });
      expect({ status: res.status, text: res.text }).toEqual({ status: 204, text: '' });
      const read = (await call(insTpp, 'GET', url, 'insurance')).json();
      expect(read).toMatchObject({ Data: { Status: 'Revoked', RevokedBy: 'TPP' }, Subscription });
      conforms(INSURANCE_DOC, 'AEReadInsuranceConsent1', read);
    });

    it('requires Data (AEUpdateConsent1), refuses unknown members and bad signatures, and hides unknown consents', async () => {
      const detail = insuranceDetail();
      await push(insTpp, detail, 'openid insurance');
      const url = insuranceUrl(`/${detail.consent.ConsentId}`);
      expect(expectError(await call(insTpp, 'PATCH', url, 'insurance', { json: { Subscription: { Webhook: { IsActive: false } } } }), 400, 'Body.InvalidFormat', INSURANCE_DOC, 'AEError400ResponseBody').Path).toBe('Data');
      expect(expectError(await call(insTpp, 'PATCH', url, 'insurance', { json: { Data: { Status: 'Revoked' }, Extra: 1 } }), 400, 'Body.InvalidFormat', INSURANCE_DOC, 'AEError400ResponseBody').Path).toBe('Extra');
      const { privateKey } = await generateKeyPair('PS256');
      const forged = await signed({ Data: { Status: 'Revoked' } }, { key: privateKey, aud: insurer().issuer });
      expectError(await call(insTpp, 'PATCH', url, 'insurance', { jwt: forged }), 400, 'JWS.InvalidSignature', INSURANCE_DOC, 'AEError400ResponseBody');
      expectError(await call(insTpp, 'GET', insuranceUrl(), 'insurance'), 400, 'Resource.InvalidFormat', INSURANCE_DOC, 'AEError400ResponseBody');
      const unknown = await call(insTpp, 'PATCH', insuranceUrl(`/${randomUUID()}`), 'insurance', { json: { Data: { Status: 'Revoked' } } });
      expect({ status: unknown.status, text: unknown.text }).toEqual({ status: 404, text: '' });
      expect((await call(insTpp, 'GET', url, 'insurance')).json().Data.Status).toBe('AwaitingAuthorization');
    });
  });
});
