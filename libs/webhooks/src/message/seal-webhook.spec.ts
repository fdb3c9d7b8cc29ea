import { compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, type CryptoKey, type JWK } from 'jose';
import { sealWebhook, webhookBearer, type HubSigner } from './seal-webhook';
import type { WebhookClaims } from './webhook-message';

/**
 * Sealing as a TPP opens it: decrypt the JWE with its encryption key, verify the hub's PS256
 * signature inside, read the claims. Real keys, no mocks.
 */
const ISSUER = 'https://localhost:8443/falcon-bank/as';
const HUB_CLIENT_ID = 'hub-falcon-bank';
const URL_ = 'https://localhost:9000/webhooks';
const NOW = new Date('2026-03-01T10:02:30.750Z');
const IAT = Math.floor(NOW.getTime() / 1000);

const claims: WebhookClaims = {
  iss: ISSUER,
  aud: ['1a9fefc2-f84b-493b-8794-b7b53cdb34ff'],
  jti: 'a3c1e0f4-2b7d-4e59-9c86-1d0f3e2a4b5c',
  message: {
    Data: { ConsentId: 'c-1', Status: 'Authorized', Permissions: ['ReadAccountsBasic'] },
    Meta: { EventDateTime: '2026-03-01T10:02:30.300Z', EventResource: 'https://localhost:8443/falcon-bank/rs/open-finance/account-information/v2.1/account-access-consents/c-1', EventType: 'Resource.Updated', ConsentId: 'c-1' },
  },
};

interface KeyPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}

let hub: KeyPair;
let otherHub: KeyPair;
let tpp: KeyPair;
let otherTpp: KeyPair;
let signer: HubSigner;
let tppJwk: JWK;

/** The TPP's public encryption key as its keystore JWKS publishes it. */
async function encryptionJwk(key: CryptoKey, kid: string): Promise<JWK> {
  return { ...(await exportJWK(key)), kid, use: 'enc', alg: 'RSA-OAEP-256' };
}

beforeAll(async () => {
  [hub, otherHub, tpp, otherTpp] = await Promise.all([
    generateKeyPair('PS256', { extractable: true }),
    generateKeyPair('PS256', { extractable: true }),
    generateKeyPair('RSA-OAEP-256', { extractable: true }),
    generateKeyPair('RSA-OAEP-256', { extractable: true }),
  ]);
  signer = { key: hub.privateKey, kid: 'hub-sig-1', clientId: HUB_CLIENT_ID };
  tppJwk = await encryptionJwk(tpp.publicKey, 'tpp-enc-1');
});

/** What the TPP does: decrypt, then verify for the expected issuer and its own client id. */
async function open(jwe: string, decryptWith = tpp.privateKey, verifyWith = hub.publicKey) {
  const { plaintext, protectedHeader: jweHeader } = await compactDecrypt(jwe, decryptWith);
  const jws = new TextDecoder().decode(plaintext);
  const { payload, protectedHeader: jwsHeader } = await jwtVerify(jws, verifyWith, {
    issuer: ISSUER,
    audience: claims.aud[0],
    algorithms: ['PS256'],
    currentDate: new Date(NOW.getTime() + 1_000),
  });
  return { jweHeader, jwsHeader, payload };
}

describe('sealWebhook', () => {
  it('opens to the claims: decrypt with the TPP key, verify with the hub key', async () => {
    const { payload } = await open(await sealWebhook(claims, signer, tppJwk, NOW));
    expect(payload).toEqual({ iss: ISSUER, aud: claims.aud, jti: claims.jti, iat: IAT, nbf: IAT, exp: IAT + 300, message: claims.message });
  });

  it('is a five-part compact JWE whose header names the algorithms and the TPP key', async () => {
    const jwe = await sealWebhook(claims, signer, tppJwk, NOW);
    expect(jwe.split('.')).toHaveLength(5);
    expect(decodeProtectedHeader(jwe)).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'tpp-enc-1', cty: 'JWT' });
  });

  it('signs PS256 under the hub key id, typ JWT', async () => {
    const { jwsHeader } = await open(await sealWebhook(claims, signer, tppJwk, NOW));
    expect(jwsHeader).toEqual({ alg: 'PS256', kid: 'hub-sig-1', typ: 'JWT' });
  });

  it('keeps the jti across attempts and sets fresh times at each', async () => {
    const later = new Date(NOW.getTime() + 60_000);
    const first = await open(await sealWebhook(claims, signer, tppJwk, NOW));
    const second = await compactDecrypt(await sealWebhook(claims, signer, tppJwk, later), tpp.privateKey).then((r) => new TextDecoder().decode(r.plaintext));
    const { payload } = await jwtVerify(second, hub.publicKey, { currentDate: later });
    expect(payload.jti).toBe(first.payload.jti);
    expect(payload.iat).toBe(first.payload.iat! + 60);
    expect(payload.exp).toBe(first.payload.exp! + 60);
  });

  it('is different ciphertext every time (fresh CEK and IV)', async () => {
    const [a, b] = await Promise.all([sealWebhook(claims, signer, tppJwk, NOW), sealWebhook(claims, signer, tppJwk, NOW)]);
    expect(a).not.toBe(b);
  });

  it('cannot be opened with another TPP key', async () => {
    const jwe = await sealWebhook(claims, signer, tppJwk, NOW);
    await expect(compactDecrypt(jwe, otherTpp.privateKey)).rejects.toThrow();
  });

  it('does not verify with another hub key', async () => {
    const jwe = await sealWebhook(claims, signer, tppJwk, NOW);
    await expect(open(jwe, tpp.privateKey, otherHub.publicKey)).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it('is refused once expired (5 minutes)', async () => {
    const { plaintext } = await compactDecrypt(await sealWebhook(claims, signer, tppJwk, NOW), tpp.privateKey);
    const jws = new TextDecoder().decode(plaintext);
    await expect(jwtVerify(jws, hub.publicKey, { currentDate: new Date(NOW.getTime() + 299_000) })).resolves.toBeDefined();
    await expect(jwtVerify(jws, hub.publicKey, { currentDate: new Date(NOW.getTime() + 301_000) })).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('a tampered ciphertext does not decrypt', async () => {
    const parts = (await sealWebhook(claims, signer, tppJwk, NOW)).split('.');
    const ciphertext = Buffer.from(parts[3], 'base64url');
    ciphertext[0] ^= 0xff;
    parts[3] = ciphertext.toString('base64url');
    await expect(compactDecrypt(parts.join('.'), tpp.privateKey)).rejects.toThrow();
  });

  it('refuses an encryption key that is not an RSA key', async () => {
    const ec = await generateKeyPair('ECDH-ES', { extractable: true });
    await expect(sealWebhook(claims, signer, { ...(await exportJWK(ec.publicKey)), kid: 'ec' }, NOW)).rejects.toThrow();
  });
});

describe('webhookBearer', () => {
  it('is a PS256 JWT of the hub: iss the tenant, sub the hub client, aud the webhook URL, 5 minutes', async () => {
    const token = await webhookBearer(URL_, ISSUER, signer, 'bearer-jti-1', NOW);
    const { payload, protectedHeader } = await jwtVerify(token, hub.publicKey, { issuer: ISSUER, audience: URL_, algorithms: ['PS256'], currentDate: NOW });
    expect(protectedHeader).toEqual({ alg: 'PS256', kid: 'hub-sig-1', typ: 'JWT' });
    expect(payload).toEqual({ iss: ISSUER, sub: HUB_CLIENT_ID, aud: URL_, iat: IAT, nbf: IAT, exp: IAT + 300, jti: 'bearer-jti-1' });
  });

  it('is refused for another URL', async () => {
    const token = await webhookBearer(URL_, ISSUER, signer, 'bearer-jti-2', NOW);
    await expect(jwtVerify(token, hub.publicKey, { audience: 'https://localhost:9000/other', currentDate: NOW })).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud' });
  });

  it('does not verify with another hub key', async () => {
    const token = await webhookBearer(URL_, ISSUER, signer, 'bearer-jti-3', NOW);
    await expect(jwtVerify(token, otherHub.publicKey, { currentDate: NOW })).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });
});
