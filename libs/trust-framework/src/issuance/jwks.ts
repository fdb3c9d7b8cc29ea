import { createPublicKey, KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, JWK } from 'jose';

export type KeyUse = 'sig' | 'enc';

export const ALGORITHM_BY_USE: Record<KeyUse, string> = { sig: 'PS256', enc: 'RSA-OAEP-256' };

export interface PublicJwk extends JWK {
  kid: string;
  use: KeyUse;
  alg: string;
}

export interface Jwks {
  keys: PublicJwk[];
}

/** Members that would disclose a private key; never published, whatever a JWKS file contains. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** kid = RFC 7638 thumbprint: anyone holding the public key can recompute it, nothing to keep in sync. */
export async function publicJwk(key: KeyObject, use: KeyUse): Promise<PublicJwk> {
  const jwk = createPublicKey(key).export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk, 'sha256');
  return { ...jwk, use, alg: ALGORITHM_BY_USE[use], kid };
}

export function withoutPrivateMembers(jwks: { keys: object[] }): { keys: object[] } {
  return {
    keys: jwks.keys.map((key) => Object.fromEntries(Object.entries(key).filter(([name]) => !PRIVATE_MEMBERS.includes(name)))),
  };
}

export function serializeJwks(jwks: Jwks): string {
  return `${JSON.stringify(jwks, null, 2)}\n`;
}
