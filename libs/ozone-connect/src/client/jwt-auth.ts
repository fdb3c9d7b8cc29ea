import { randomUUID } from 'node:crypto';
import { SignJWT, type CryptoKey, type KeyObject } from 'jose';

/**
 * Ozone Connect JWT auth: `exp` 10 to 30 s after `iat`. The one lifetime of both sides: the hub
 * signs with the longest (it keeps a call alive through a slow TLS handshake), and an LFI refuses
 * a token that lives longer.
 */
export const JWT_AUTH_LIFETIME_SECONDS = 30;

export interface JwtAuthInput {
  /** The sender's PS256 signing key (published in its application JWKS under `kid`). */
  privateKey: CryptoKey | KeyObject;
  kid: string;
  /** The O of the sender's TLS certificate subject. */
  issuer: string;
  /** The OU (organisation id) of the sender's TLS certificate subject. */
  subject: string;
  /** The receiver's provider id. */
  audience: string;
  now?: Date;
}

/**
 * Ozone Connect "JWT Auth": a short-lived PS256 JWT whose issuer and subject repeat the
 * organisation of the mTLS certificate, so the LFI can tie the token to the TLS client and derive
 * the JWKS to verify it with. A fresh token (new `jti`) per call lets the LFI reject replays.
 */
export function signJwtAuth(input: JwtAuthInput): Promise<string> {
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'PS256', typ: 'JOSE', cty: 'json', kid: input.kid })
    .setIssuer(input.issuer)
    .setSubject(input.subject)
    .setAudience(input.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + JWT_AUTH_LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(input.privateKey);
}
