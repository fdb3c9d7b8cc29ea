import type { KoaContextWithOIDC } from 'oidc-provider';

export interface DiscoveryOverrides {
  /** The LFI's own authorization page. */
  authorizationEndpoint: string;
  /** `POST /tpp-registration` on the tenant's resource server. */
  registrationEndpoint: string;
  authorizationDetailsTypes: string[];
}

const MTLS_ALIASED = ['token_endpoint', 'pushed_authorization_request_endpoint', 'introspection_endpoint', 'revocation_endpoint', 'userinfo_endpoint'];

/**
 * oidc-provider's `discovery` option only fills keys it does not set itself, so the values the UAE
 * hub publishes differently are written here, after the provider built the document:
 * authorization_endpoint is the LFI's page, registration_endpoint the TPP onboarding endpoint, and
 * every endpoint is also listed under mtls_endpoint_aliases (all of them require mTLS anyway).
 */
export function discoveryOverrides(o: DiscoveryOverrides) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> => {
    await next();
    if (ctx.oidc?.route !== 'discovery' || ctx.status !== 200 || !ctx.body || typeof ctx.body !== 'object') return;
    const doc = ctx.body as Record<string, unknown>;
    doc.authorization_endpoint = o.authorizationEndpoint;
    doc.registration_endpoint = o.registrationEndpoint;
    doc.authorization_details_types_supported = o.authorizationDetailsTypes;
    doc.tls_client_certificate_bound_access_tokens = true;
    doc.mtls_endpoint_aliases = Object.fromEntries(MTLS_ALIASED.filter((k) => doc[k]).map((k) => [k, doc[k]]));
    ctx.set('Cache-Control', 'max-age=900');
  };
}
