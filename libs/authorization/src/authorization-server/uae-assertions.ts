import { errors, KoaContextWithOIDC } from 'oidc-provider';
import type { TrustDirectory } from '@hub/trust-framework';
import { peerCertificate } from './peer-certificate';

/** The UAE profile: a client assertion lives at most 5 minutes (`exp` ≤ `iat` + 300). */
const MAX_ASSERTION_LIFETIME_S = 300;
/** The UAE profile: a request object's `exp` is at most 10 minutes after its `nbf`. */
const MAX_REQUEST_OBJECT_LIFETIME_S = 600;

type Claims = Record<string, unknown>;

/**
 * Client assertions (private_key_jwt) at PAR, token, introspection and revocation. oidc-provider
 * already checks the PS256 signature, iss = sub = client_id, exp, nbf/iat with clock tolerance
 * and jti replay; the UAE rules add: `aud` is exactly the issuer, `iat`/`exp`/`jti` present, a
 * lifetime of at most 5 minutes, and the transport certificate of the call belongs to the same
 * client (a TPP cannot use another application's certificate).
 */
export function assertClientAssertion(directory: TrustDirectory) {
  return async (ctx: KoaContextWithOIDC, claims: Claims, _header: Claims, client: { clientId: string }): Promise<void> => {
    if (claims.aud !== ctx.oidc.issuer) throw new errors.InvalidClientAuth(`the client assertion's aud must be the issuer ${ctx.oidc.issuer}`);
    for (const claim of ['iat', 'exp', 'jti']) {
      if (claims[claim] === undefined) throw new errors.InvalidClientAuth(`the client assertion has no ${claim} claim`);
    }
    if (Number(claims.exp) - Number(claims.iat) > MAX_ASSERTION_LIFETIME_S) {
      throw new errors.InvalidClientAuth('the client assertion may live at most 5 minutes (exp - iat ≤ 300)');
    }
    const cert = peerCertificate(ctx, directory);
    if (!cert) throw new errors.InvalidClientAuth('a client (transport) certificate issued by the trust framework is required');
    const caller = directory.identify(cert);
    if (caller?.kind !== 'tpp' || caller.clientId !== client.clientId) {
      throw new errors.InvalidClientAuth(`the transport certificate does not belong to client ${client.clientId}`);
    }
  };
}

/** What a PAR body may carry besides the request object: client authentication only. */
const PAR_BODY_MEMBERS = new Set(['client_id', 'client_assertion', 'client_assertion_type', 'request']);

/**
 * Request objects (JAR at PAR): exp, aud, nbf required; exp − nbf ≤ 10 minutes; and every
 * authorization parameter inside the signed object (FAPI 2.0 message signing: nothing unsigned
 * travels beside it).
 */
export async function assertRequestObject(ctx: KoaContextWithOIDC, claims: Claims): Promise<void> {
  if (ctx.oidc.route === 'pushed_authorization_request') {
    const outside = Object.keys((ctx.oidc as unknown as { body?: Record<string, unknown> }).body ?? {}).filter((k) => !PAR_BODY_MEMBERS.has(k));
    if (outside.length) throw new errors.InvalidRequest(`${outside.join(', ')} must be inside the signed request object, not beside it`);
  }
  for (const claim of ['exp', 'aud', 'nbf']) {
    if (claims[claim] === undefined) throw new errors.InvalidRequestObject(`the request object has no ${claim} claim`);
  }
  const lifetime = Number(claims.exp) - Number(claims.nbf);
  if (!(lifetime > 0 && lifetime <= MAX_REQUEST_OBJECT_LIFETIME_S)) {
    throw new errors.InvalidRequestObject('the request object exp must be after nbf and at most 10 minutes after it');
  }
}
