import { exportJWK, importPKCS8, JWK } from 'jose';
import { readFileSync } from 'node:fs';

/** The tenant's hub signing key (PS256) as the private JWK oidc-provider signs ID tokens with. */
export async function signingJwk(keyFile: string, kid: string): Promise<JWK> {
  const key = await importPKCS8(readFileSync(keyFile, 'utf8'), 'PS256', { extractable: true });
  return { ...(await exportJWK(key)), kid, alg: 'PS256', use: 'sig' };
}
