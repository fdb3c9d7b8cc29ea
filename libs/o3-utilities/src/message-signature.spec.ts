import { ApiError } from '@hub/kernel';
import { generateKeyPairSync } from 'node:crypto';
import { compactVerify, decodeProtectedHeader } from 'jose';
import { signMessage, type MessageToSign } from './message-signature';
import { normalisedPem } from './signing-key';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const pkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const claims = { iss: 'client-1', aud: 'https://localhost/falcon-bank/as', exp: 1767225900.25, authorization_details: [{ type: 'urn:openfinanceuae:insurance-consent:v2.1' }] };
const message = (o: Partial<MessageToSign> = {}): MessageToSign => ({ header: { alg: 'PS256', kid: 'kid-1' }, body: claims, signingKeyPEM: pkcs8, ...o });

async function refusal(m: MessageToSign): Promise<{ status: number; code: string; path?: string; message: string }> {
  const e = await signMessage(m).then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(e)}`);
  return { status: e.status, code: e.code, path: e.path, message: e.message };
}

describe('signMessage (the o3 message-signature helper)', () => {
  it('signs the claims as given under the header as given, PS256, verifiable with the public key', async () => {
    const jws = await signMessage(message({ header: { alg: 'PS256', kid: 'kid-1', typ: 'JWT' } }));
    const { payload, protectedHeader } = await compactVerify(jws, rsa.publicKey, { algorithms: ['PS256'] });
    expect(protectedHeader).toEqual({ alg: 'PS256', kid: 'kid-1', typ: 'JWT' });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(claims);
  });

  it.each([
    ['a PKCS#1 PEM', pkcs1],
    ['a PEM with literal \\n escapes (a Postman variable)', pkcs8.replace(/\n/g, '\\n')],
    ['a PEM pasted on one line', pkcs8.replace(/\n/g, ' ')],
  ])('accepts %s', async (_what, pem) => {
    const jws = await signMessage(message({ signingKeyPEM: pem }));
    await expect(compactVerify(jws, rsa.publicKey)).resolves.toBeDefined();
    expect(decodeProtectedHeader(jws).kid).toBe('kid-1');
  });

  it.each([
    ['RS256', { alg: 'RS256', kid: 'k' }, 'header.alg'],
    ['none', { alg: 'none', kid: 'k' }, 'header.alg'],
    ['ES256', { alg: 'ES256', kid: 'k' }, 'header.alg'],
    ['no alg', { kid: 'k' }, 'header.alg'],
    ['no kid', { alg: 'PS256' }, 'header.kid'],
    ['an empty kid', { alg: 'PS256', kid: ' ' }, 'header.kid'],
    ['an unknown crit extension', { alg: 'PS256', kid: 'k', crit: ['x-unknown'], 'x-unknown': 1 }, 'header'],
  ])('refuses a header with %s: 400 JWS.InvalidHeader', async (_what, header, path) => {
    expect(await refusal(message({ header }))).toMatchObject({ status: 400, code: 'JWS.InvalidHeader', path });
  });

  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicOnly = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const encrypted = rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' }).toString();
  it.each([
    ['not a PEM', 'hello', /unencrypted PEM private key/],
    ['a PEM with a broken body', pkcs8.replace(/[A-Za-z]{20}/, 'A'), /unencrypted PEM private key/],
    ['a public key', publicOnly, /unencrypted PEM private key/],
    ['an encrypted private key', encrypted, /unencrypted PEM private key/],
    ['an EC key', ec, /must be an RSA key for PS256; got ec key/],
    ['a 1024-bit RSA key', small, /at least 2048 bits; got 1024/],
  ])('refuses %s as signingKeyPEM: 400 Body.InvalidFormat', async (_what, pem, text) => {
    const r = await refusal(message({ signingKeyPEM: pem }));
    expect(r).toMatchObject({ status: 400, code: 'Body.InvalidFormat', path: 'signingKeyPEM' });
    expect(r.message).toMatch(text);
    // The key is never echoed.
    expect(r.message).not.toContain(pem.length > 80 ? pem.slice(40, 80) : pem);
  });

  it('normalises only what is one PEM block', () => {
    expect(normalisedPem('not a pem')).toBe('not a pem');
    expect(normalisedPem(pkcs8.replace(/\n/g, '\\n'))).toBe(pkcs8);
  });
});
