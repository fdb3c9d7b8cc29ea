import Provider, { Configuration } from 'oidc-provider';
import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';

export interface TenantProviderSettings {
  issuer: string;
  signingKey: JWK;
  accessTokenTtlSeconds: number;
}

/**
 * One OpenID Provider per LFI tenant (own issuer, own keys), as the real hub runs one instance
 * per LFI. This is the foundation's cut: discovery and JWKS with the UAE profile's algorithm and
 * PAR settings; clients, RAR consent types, mTLS binding and the Headless Heimdall interaction
 * arrive with the authorization server issue.
 */
export function createTenantProvider(s: TenantProviderSettings): Provider {
  const configuration: Configuration = {
    jwks: { keys: [s.signingKey as never] },
    clients: [],
    // Cookie keys only sign short-lived interaction cookies; a restart simply ends open interactions.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: true },
      requestObjects: { enabled: true, requireSignedRequestObject: true },
    },
    enabledJWA: {
      clientAuthSigningAlgValues: ['PS256'],
      requestObjectSigningAlgValues: ['PS256'],
      idTokenSigningAlgValues: ['PS256'],
    },
    clientAuthMethods: ['private_key_jwt'],
    clientDefaults: { id_token_signed_response_alg: 'PS256', token_endpoint_auth_method: 'private_key_jwt' },
    pkce: { required: () => true },
    ttl: { AccessToken: s.accessTokenTtlSeconds },
    renderError: (ctx, out) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  };
  return new Provider(s.issuer, configuration);
}
