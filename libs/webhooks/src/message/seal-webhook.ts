import { CompactEncrypt, importJWK, SignJWT, type CryptoKey, type JWK, type KeyObject } from 'jose';
import type { WebhookClaims } from './webhook-message';

/** How long a sealed notification (and its bearer JWT) is valid after the attempt. */
const LIFETIME_S = 5 * 60;

export interface HubSigner {
  key: CryptoKey | KeyObject;
  kid: string;
  /** The hub application's client id: `sub` of the bearer JWT. */
  clientId: string;
}

/**
 * The body of a webhook POST: the claims signed by the hub (PS256, its kid in the hub JWKS), then
 * encrypted to the TPP's encryption key (RSA-OAEP-256 / A256GCM, the key's kid in the header).
 */
export async function sealWebhook(claims: WebhookClaims, signer: HubSigner, tppEncryptionKey: JWK, now = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  const jws = await new SignJWT({ message: claims.message })
    .setProtectedHeader({ alg: 'PS256', kid: signer.kid, typ: 'JWT' })
    .setIssuer(claims.iss)
    .setAudience(claims.aud)
    .setJti(claims.jti)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + LIFETIME_S)
    .sign(signer.key);
  const key = await importJWK(tppEncryptionKey, 'RSA-OAEP-256');
  return new CompactEncrypt(new TextEncoder().encode(jws))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', ...(tppEncryptionKey.kid ? { kid: tppEncryptionKey.kid } : {}), cty: 'JWT' })
    .encrypt(key);
}

/** The `Authorization: Bearer` JWT of a webhook POST: self-signed by the hub, audience the webhook URL. */
export async function webhookBearer(url: string, issuer: string, signer: HubSigner, jti: string, now = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'PS256', kid: signer.kid, typ: 'JWT' })
    .setIssuer(issuer)
    .setSubject(signer.clientId)
    .setAudience(url)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + LIFETIME_S)
    .setJti(jti)
    .sign(signer.key);
}
