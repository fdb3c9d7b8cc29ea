import { ApiError } from '@hub/kernel';
import { generateKeyPairSync } from 'node:crypto';
import { compactDecrypt, exportJWK, type JWK } from 'jose';
import { encryptionKeyOf, encryptMessage } from './message-encryption';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('encryptMessage (the o3 message-encryption helper)', () => {
  let enc: JWK;
  let sig: JWK;
  beforeAll(async () => {
    enc = { ...(await exportJWK(rsa.publicKey)), kid: 'enc-1', use: 'enc', alg: 'RSA-OAEP-256' };
    sig = { ...(await exportJWK(rsa.publicKey)), kid: 'sig-1', use: 'sig', alg: 'PS256' };
  });

  it('encrypts to the use: enc key, RSA-OAEP-256 / A256GCM with its kid and cty JWT, for its private key only', async () => {
    const key = encryptionKeyOf({ keys: [sig, enc] });
    expect(key.kid).toBe('enc-1');
    const jwe = await encryptMessage('a.b.c', key);
    const { plaintext, protectedHeader } = await compactDecrypt(jwe, rsa.privateKey);
    expect(protectedHeader).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'enc-1', cty: 'JWT' });
    expect(new TextDecoder().decode(plaintext)).toBe('a.b.c');
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    await expect(compactDecrypt(jwe, other)).rejects.toThrow();
  });

  it('refuses a JWKS without an RSA encryption key: 400 Body.InvalidFormat on jwksUrl', () => {
    for (const keys of [[sig], [], [{ ...enc, kty: 'EC' }], [{ ...enc, alg: 'RSA1_5' }]]) {
      let refused: unknown;
      try {
        encryptionKeyOf({ keys });
      } catch (e) {
        refused = e;
      }
      expect(refused).toBeInstanceOf(ApiError);
      expect(refused).toMatchObject({ status: 400, code: 'Body.InvalidFormat', path: 'jwksUrl' });
    }
  });
});
