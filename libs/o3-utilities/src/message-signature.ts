import { CompactSign, type CompactJWSHeaderParameters } from 'jose';
import { O3_REFUSALS } from './o3-refusals';
import { ps256SigningKey } from './signing-key';

/** What the collection sends: the JWS header, the claims, and the key to sign them with. */
export interface MessageToSign {
  header: Record<string, unknown>;
  body: Record<string, unknown>;
  signingKeyPEM: string;
}

/**
 * The compact JWS of `body` under `header`, signed PS256 with the caller's own key. The header
 * and the claims are signed as given (the collection's `exp`/`nbf` are its own business); the
 * sandbox only refuses what could not be a UAE JWS.
 */
export async function signMessage(message: MessageToSign): Promise<string> {
  const { header } = message;
  if (header.alg !== 'PS256') throw O3_REFUSALS.algorithm(header.alg);
  if (typeof header.kid !== 'string' || header.kid.trim() === '') throw O3_REFUSALS.kid();
  const key = ps256SigningKey(message.signingKeyPEM);
  try {
    return await new CompactSign(new TextEncoder().encode(JSON.stringify(message.body))).setProtectedHeader(header as CompactJWSHeaderParameters).sign(key);
  } catch (e) {
    // The key and the algorithm were checked above: what jose refuses now is the header (crit, b64…).
    throw O3_REFUSALS.header((e as Error).message);
  }
}
