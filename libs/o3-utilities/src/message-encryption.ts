import { CompactEncrypt, importJWK, type JWK } from 'jose';
import { O3_REFUSALS } from './o3-refusals';

/** The UAE PII and login_hint JWE: RSA-OAEP-256 key wrapping, A256GCM content (the standard's message encryption). */
const JWE_ALG = 'RSA-OAEP-256';
const JWE_ENC = 'A256GCM';

/** The first RSA key the JWKS publishes for encryption. */
export function encryptionKeyOf(jwks: { keys: JWK[] }): JWK {
  const key = jwks.keys.find((k) => k.use === 'enc' && k.kty === 'RSA' && (k.alg === undefined || k.alg === JWE_ALG));
  if (!key) throw O3_REFUSALS.noEncryptionKey();
  return key;
}

/** A compact JWE of the compact JWS `jws`, for the holder of `key` only (`cty: JWT`: the content is a signed JWT). */
export async function encryptMessage(jws: string, key: JWK): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(jws))
    .setProtectedHeader({ alg: JWE_ALG, enc: JWE_ENC, ...(key.kid ? { kid: key.kid } : {}), cty: 'JWT' })
    .encrypt(await importJWK(key, JWE_ALG));
}
