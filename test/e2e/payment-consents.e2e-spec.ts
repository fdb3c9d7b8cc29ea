import { disposeSandbox, httpsCall, pushAuthorizationRequest, readOfficialSpec, SandboxManifest, SandboxProcess, startSandbox, TppClient, tppClient, validateAgainstComponent } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CompactEncrypt, createLocalJWKSet, decodeProtectedHeader, generateKeyPair, importJWK, importPKCS8, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import * as client from 'openid-client';

const DOC = 'standards/v2.1-errata2/uae-bank-initiation-openapi.yaml';
const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

/** Checked against the bank-initiation document's component. */
function conforms(component: string, value: unknown): void {
  expect(validateAgainstComponent(readOfficialSpec(DOC), component, value).errors).toBe('No errors');
}

/**
 * The document's Links.Self is `format: url`, which ajv-formats only grants to public host names:
 * the sandbox's own host (localhost / 127.0.0.1) never passes. Self is compared exactly in the
 * tests; for the schema check its host is swapped for a public one, path kept.
 */
function withPublicSelf(payload: any): unknown {
  const self = payload?.message?.Links?.Self;
  if (typeof self !== 'string') return payload;
  const u = new URL(self);
  return { ...payload, message: { ...payload.message, Links: { ...payload.message.Links, Self: `https://lfi.example.ae${u.pathname}` } } };
}

describe('gateway: Bank Service Initiation payment consent resource (signed GET and PATCH)', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let tpp: TppClient;
  let hubKeys: ReturnType<typeof createLocalJWKSet>;
  const bank = () => m.tenants.find((t) => t.id === 'falcon-bank')!;
  const url = (id: string) => `${bank().resourceServerUrl}/open-finance/payment/v2.1/payment-consents/${id}`;

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    tpp = await tppClient(bank().issuer, m.tpps[0], m.caCertFile);
    hubKeys = createLocalJWKSet((await httpsCall(bank().hubJwksUrl, { caFile: m.caCertFile })).json());
  });

  afterAll(async () => {
    await tpp?.close();
    if (sp) await disposeSandbox(sp);
  });

  const token = async (c: TppClient, scope: string) => (await client.clientCredentialsGrant(c.config, { scope })).access_token;

  async function call(c: TppClient, method: string, target: string, scope: string, body?: { json?: unknown; jwt?: string }) {
    const headers: Record<string, string> = { authorization: `Bearer ${await token(c, scope)}` };
    if (body?.json !== undefined) headers['content-type'] = 'application/json';
    if (body?.jwt !== undefined) headers['content-type'] = 'application/jwt';
    const res = await c.fetch(target, { method, headers, body: body?.jwt ?? (body?.json !== undefined ? JSON.stringify(body.json) : undefined) });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  }

  /** A hub-signed answer: PS256 by the tenant's hub key, issued by the tenant, addressed to the TPP. */
  async function verified(res: { type: string; text: string }, component: string): Promise<JWTPayload & { message: any }> {
    expect(res.type).toMatch(/^application\/jwt/);
    expect(decodeProtectedHeader(res.text)).toMatchObject({ alg: 'PS256', typ: 'JWT', kid: expect.any(String) });
    const { payload } = await jwtVerify(res.text, hubKeys, { algorithms: ['PS256'], issuer: bank().issuer, audience: m.tpps[0].clientId });
    expect(payload.exp! - payload.iat!).toBe(300);
    conforms(component, withPublicSelf(payload));
    return payload as JWTPayload & { message: any };
  }

  async function signedError(res: { status: number; type: string; text: string }, status: number, code: string) {
    expect(res.status).toBe(status);
    const { message } = await verified(res, `AEError${status}ResponseSigned`);
    expect(message.Errors[0].Code).toBe(code);
    return message.Errors[0];
  }

  /** A signed PATCH body as the TPP sends it (AEPatchPaymentConsentSigned). */
  async function signed(message: unknown, key?: Awaited<ReturnType<typeof importPKCS8>>): Promise<string> {
    return new SignJWT({ message })
      .setProtectedHeader({ alg: 'PS256', kid: m.tpps[0].signingKid, typ: 'JWT' })
      .setIssuer(m.tpps[0].clientId)
      .setAudience([bank().issuer])
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('5m')
      .sign(key ?? (await importPKCS8(readFileSync(m.tpps[0].signingKeyFile, 'utf8'), 'PS256')));
  }

  /** PII encrypted to the LFI's RSA-OAEP-256 key, as PAR requires for payments. */
  async function encryptedPii(): Promise<string> {
    const jwks = (await httpsCall(bank().lfiJwksUrl, { caFile: m.caCertFile })).json();
    const enc = jwks.keys.find((k: { use: string }) => k.use === 'enc');
    const pii = { Initiation: { Creditor: [{ Creditor: { Name: 'Dubai Electricity' }, CreditorAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: { en: 'DEWA' } } }] } };
    return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(pii))).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: enc.kid }).encrypt(await importJWK(enc, 'RSA-OAEP-256'));
  }

  /** A single instant payment consent pushed by PAR: AwaitingAuthorization. */
  async function pushedPaymentConsent(): Promise<string> {
    const ConsentId = randomUUID();
    const detail = {
      type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
      consent: {
        ConsentId,
        ExpirationDateTime: inOneDay(),
        ControlParameters: { ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '250.00', Currency: 'AED' } } } },
        PersonalIdentifiableInformation: await encryptedPii(),
        PaymentPurposeCode: 'ACM',
      },
    };
    await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid payments', authorizationDetails: [detail] });
    return ConsentId;
  }

  const read = async (id: string) => (await verified(await call(tpp, 'GET', url(id), 'payments'), 'AEPaymentConsentResponseSigned')).message;

  it('reads a payment consent as a hub-signed application/jwt whose message is the document\'s consent response', async () => {
    const id = await pushedPaymentConsent();
    const res = await call(tpp, 'GET', url(id), 'payments');
    expect(res.status).toBe(200);
    const { message, aud } = await verified(res, 'AEPaymentConsentResponseSigned');
    expect(aud).toEqual([m.tpps[0].clientId]);
    expect(message.Data).toMatchObject({ ConsentId: id, Status: 'AwaitingAuthorization' });
    expect(message.Data).not.toHaveProperty('PersonalIdentifiableInformation');
    expect(message.Links).toEqual({ Self: url(id), Related: [] });
    conforms('AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties', (withPublicSelf({ message }) as any).message);
  });

  it('revokes with a signed body: 204 without body, then reads Revoked by TPP.InitiatedByUser with the new Subscription; a second revoke is a signed 400', async () => {
    const id = await pushedPaymentConsent();
    const Subscription = { Webhook: { Url: 'https://tpp.example/hooks/payments', IsActive: true } };
    const res = await call(tpp, 'PATCH', url(id), 'payments', { jwt: await signed({ Data: { Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' }, Subscription }) });
    expect({ status: res.status, text: res.text }).toEqual({ status: 204, text: '' });
    expect(await read(id)).toMatchObject({ Data: { ConsentId: id, Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' }, Subscription });
    const again = await call(tpp, 'PATCH', url(id), 'payments', { jwt: await signed({ Data: { Status: 'Revoked' } }) });
    await signedError(again, 400, 'Consent.BusinessRuleViolation');
  });

  it('refuses an unsigned JSON body and other media types with 415 (no body), changing nothing', async () => {
    const id = await pushedPaymentConsent();
    const json = await call(tpp, 'PATCH', url(id), 'payments', { json: { Data: { Status: 'Revoked' } } });
    expect({ status: json.status, text: json.text }).toEqual({ status: 415, text: '' });
    const res = await tpp.fetch(url(id), { method: 'PATCH', headers: { authorization: `Bearer ${await token(tpp, 'payments')}`, 'content-type': 'text/plain' }, body: 'Revoked' });
    expect({ status: res.status, text: await res.text() }).toEqual({ status: 415, text: '' });
    expect((await read(id)).Data.Status).toBe('AwaitingAuthorization');
  });

  it('answers bad signed bodies with signed 400s: another key → JWS.InvalidSignature, garbage → JWS.Malformed, unknown member → Body.InvalidFormat', async () => {
    const id = await pushedPaymentConsent();
    const { privateKey } = await generateKeyPair('PS256');
    await signedError(await call(tpp, 'PATCH', url(id), 'payments', { jwt: await signed({ Data: { Status: 'Revoked' } }, privateKey) }), 400, 'JWS.InvalidSignature');
    await signedError(await call(tpp, 'PATCH', url(id), 'payments', { jwt: 'not.a-jws' }), 400, 'JWS.Malformed');
    expect((await signedError(await call(tpp, 'PATCH', url(id), 'payments', { jwt: await signed({ Data: { Status: 'Revoked', Reason: 'x' } }) }), 400, 'Body.InvalidFormat')).Path).toBe('Data.Reason');
    expect((await read(id)).Data.Status).toBe('AwaitingAuthorization');
  });

  it('answers a token without the payments scope with a signed 403 AccessToken.InvalidScope', async () => {
    const id = await pushedPaymentConsent();
    await signedError(await call(tpp, 'GET', url(id), 'accounts'), 403, 'AccessToken.InvalidScope');
    await signedError(await call(tpp, 'PATCH', url(id), 'accounts', { jwt: await signed({ Data: { Status: 'Revoked' } }) }), 403, 'AccessToken.InvalidScope');
  });

  it("hides another TPP's consents, unknown ids and consents of other types: 404 without body; no token is 401 without body", async () => {
    const id = await pushedPaymentConsent();
    const other = await tppClient(bank().issuer, m.tpps[2], m.caCertFile);
    try {
      for (const method of ['GET', 'PATCH']) {
        const res = await call(other, method, url(id), 'payments', method === 'PATCH' ? { jwt: 'x.y.z' } : undefined);
        expect({ method, status: res.status, text: res.text }).toEqual({ method, status: 404, text: '' });
      }
    } finally {
      await other.close();
    }
    const unknown = await call(tpp, 'GET', url(randomUUID()), 'payments');
    expect({ status: unknown.status, text: unknown.text }).toEqual({ status: 404, text: '' });
    const accounts = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId: randomUUID(), Permissions: ['ReadAccountsBasic'], ExpirationDateTime: inOneDay(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } } };
    await pushAuthorizationRequest(tpp, { redirectUri: m.tpps[0].redirectUris[0], scope: 'openid accounts', authorizationDetails: [accounts] });
    const otherType = await call(tpp, 'GET', url(accounts.consent.ConsentId), 'payments');
    expect({ status: otherType.status, text: otherType.text }).toEqual({ status: 404, text: '' });
    const anonymous = await tpp.fetch(url(id), {});
    expect({ status: anonymous.status, text: await anonymous.text() }).toEqual({ status: 401, text: '' });
    expect((await read(id)).Data.Status).toBe('AwaitingAuthorization');
  });
});
