import { ApiError } from '@hub/kernel';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, errors, type JSONWebKeySet } from 'jose';

/** What a signed (application/jwt) request body must be to be read. */
export interface SignedBodyExpectations {
  /** The calling TPP: the JWS must be its own statement. */
  clientId: string;
  /** The TPP's public signing keys from the trust directory. */
  jwks: JSONWebKeySet;
  /** Where `aud`, when the TPP sends one, may point: this LFI's issuer, resource server or base URL. */
  audiences: string[];
  now?: Date;
}

/** Clocks of TPP and hub disagree a little; the standards' JWTs are short-lived anyway. */
const SKEW_SECONDS = 30;
/** The only algorithm of the UAE profile. */
const ALGORITHM = 'PS256';

const jwsError = (code: string, message: string, path?: string) => new ApiError(400, code, message, path);

/**
 * A signed request body (Jwt envelope `{iss, exp, nbf, aud?, iat?, message}`): signed PS256 by one
 * of the calling TPP's keys, issued by that TPP and valid now. Returns `message`, which the
 * caller checks like a JSON body.
 */
export async function verifySignedBody(jws: string, o: SignedBodyExpectations): Promise<unknown> {
  const header = headerOf(jws);
  if (header.alg !== ALGORITHM) throw jwsError('JWS.InvalidHeader', `the JWS must be signed with ${ALGORITHM}, not ${String(header.alg)}`, 'alg');
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, createLocalJWKSet(o.jwks), { algorithms: [ALGORITHM] }));
  } catch (e) {
    if (e instanceof errors.JWSInvalid) throw jwsError('JWS.Malformed', 'the body is not a compact JWS');
    throw jwsError('JWS.InvalidSignature', 'the JWS is not signed by a signing key of this TPP');
  }
  const claims = claimsOf(payload);
  checkClaims(claims, o);
  if (claims.message === undefined) throw jwsError('JWS.InvalidClaim', 'the JWS payload has no message', 'message');
  return claims.message;
}

function headerOf(jws: string): Record<string, unknown> {
  if (jws.split('.').length !== 3) throw jwsError('JWS.Malformed', 'the body is not a compact JWS (three base64url parts)');
  try {
    return decodeProtectedHeader(jws) as Record<string, unknown>;
  } catch {
    throw jwsError('JWS.Malformed', 'the JWS protected header is not base64url JSON');
  }
}

function claimsOf(payload: Uint8Array): Record<string, unknown> {
  try {
    const claims: unknown = JSON.parse(new TextDecoder().decode(payload));
    if (typeof claims === 'object' && claims !== null && !Array.isArray(claims)) return claims as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw jwsError('JWS.Malformed', 'the JWS payload is not a JSON object');
}

function checkClaims(claims: Record<string, unknown>, o: SignedBodyExpectations): void {
  const now = Math.floor((o.now ?? new Date()).getTime() / 1000);
  if (claims.iss !== o.clientId) throw jwsError('JWS.InvalidClaim', 'iss must be the client id of the calling TPP', 'iss');
  for (const name of ['exp', 'nbf'] as const) {
    if (typeof claims[name] !== 'number') throw jwsError('JWS.InvalidClaim', `${name} is required (NumericDate)`, name);
  }
  if ((claims.exp as number) <= now - SKEW_SECONDS) throw jwsError('JWS.InvalidClaim', 'the JWS has expired (exp)', 'exp');
  if ((claims.nbf as number) > now + SKEW_SECONDS) throw jwsError('JWS.InvalidClaim', 'the JWS is not valid yet (nbf)', 'nbf');
  if (claims.iat !== undefined && typeof claims.iat !== 'number') throw jwsError('JWS.InvalidClaim', 'iat must be a NumericDate', 'iat');
  if (claims.aud !== undefined) {
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.some((a) => typeof a === 'string' && o.audiences.includes(a.replace(/\/+$/, '')))) {
      throw jwsError('JWS.InvalidClaim', `aud must name this LFI (${o.audiences[0]})`, 'aud');
    }
  }
}
