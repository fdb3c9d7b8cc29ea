import type { Adapter, AuthorizationDetail, Configuration, ErrorOut, KoaContextWithOIDC } from 'oidc-provider';
import { errors } from 'oidc-provider';
import Provider from 'oidc-provider';
import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import type { SandboxConfig, TenantConfig } from '@hub/kernel';
import type { TrustDirectory } from '@hub/trust-framework';
import { SUPPORTED_SCOPES } from './client-policy';
import { consentGrantDetail } from './consent-grant';
import { peerCertificate } from './peer-certificate';
import { assertClientAssertion, assertRequestObject } from './uae-assertions';

export interface TenantProviderSettings {
  config: SandboxConfig;
  tenant: TenantConfig;
  issuer: string;
  /** The tenant's resource server: the audience of every access token. */
  resourceServerUrl: string;
  signingKey: JWK;
  directory: TrustDirectory;
  adapter: (model: string) => Adapter;
  /** RAR `validate` per type (the consent schema, roles, uniqueness). */
  rarTypes: Record<string, { validate(ctx: KoaContextWithOIDC, detail: Record<string, unknown>, client: unknown): Promise<void> }>;
  /** The token response's and introspection's `authorization_details`: the current TPP view of the consent. */
  authorizationDetailsForToken(ctx: KoaContextWithOIDC, rar: unknown): Promise<readonly AuthorizationDetail[] | undefined>;
}

/** Only what a JSON body needs: the default HTML error page is not for machines. */
function renderJsonError(ctx: KoaContextWithOIDC, out: ErrorOut): void {
  ctx.type = 'json';
  ctx.body = out;
}

function secondsUntil(epochSeconds: number): number {
  return Math.max(1, Math.floor(epochSeconds - Date.now() / 1000));
}

/**
 * One OpenID Provider per LFI tenant, configured to the CBUAE FAPI 2.0 profile: PAR with signed
 * request objects only, PS256 everywhere, private_key_jwt, PKCE S256, mTLS-bound opaque tokens,
 * RAR for the UAE consent types, no refresh token rotation, refresh tokens as long-lived as the
 * consent.
 */
export function createTenantProvider(s: TenantProviderSettings): Provider {
  const { config } = s;
  const issuerPath = new URL(s.issuer).pathname;
  const configuration: Configuration = {
    adapter: s.adapter,
    jwks: { keys: [s.signingKey] },
    clients: [],
    // Interaction cookies never reach a browser (Headless Heimdall keeps them); a restart ends open interactions.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    scopes: SUPPORTED_SCOPES,
    responseTypes: ['code'],
    clientAuthMethods: ['private_key_jwt'],
    clockTolerance: config.authorization.clockToleranceSeconds,
    enabledJWA: {
      clientAuthSigningAlgValues: ['PS256'],
      requestObjectSigningAlgValues: ['PS256'],
      idTokenSigningAlgValues: ['PS256'],
      userinfoSigningAlgValues: ['PS256'],
      introspectionSigningAlgValues: ['PS256'],
      authorizationSigningAlgValues: ['PS256'],
    },
    clientDefaults: { id_token_signed_response_alg: 'PS256', token_endpoint_auth_method: 'private_key_jwt', grant_types: ['authorization_code'], response_types: ['code'] },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      fapi: { enabled: true, profile: '2.0' },
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: true },
      requestObjects: { enabled: true, requireSignedRequestObject: true, assertJwtClaimsAndHeader: assertRequestObject },
      mTLS: { enabled: true, certificateBoundAccessTokens: true, getCertificate: (ctx) => peerCertificate(ctx, s.directory) },
      clientCredentials: { enabled: true },
      introspection: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      userinfo: { enabled: true },
      dPoP: { enabled: Boolean(s.tenant.dpop) },
      rpInitiatedLogout: { enabled: false },
      // oidc-provider requires a resource for RAR. The UAE profile names none: every token is for
      // this tenant's resource server, which is the default (and only) resource.
      resourceIndicators: {
        enabled: true,
        defaultResource: () => s.resourceServerUrl,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: KoaContextWithOIDC, resource: string) => {
          if (resource !== s.resourceServerUrl) throw new errors.InvalidTarget(`the only resource of this tenant is ${s.resourceServerUrl}`);
          return { scope: SUPPORTED_SCOPES.join(' '), audience: s.resourceServerUrl, accessTokenTTL: config.tokens.accessTokenTtlSeconds, accessTokenFormat: 'opaque' };
        },
      },
      richAuthorizationRequests: {
        enabled: true,
        types: s.rarTypes,
        authorizationDetailsForGrantSource: (ctx: KoaContextWithOIDC) => ctx.oidc.grant?.rar,
        authorizationDetailsForAccessToken: (ctx, _token, source) => s.authorizationDetailsForToken(ctx, source?.rar ?? ctx.oidc.entities.Grant?.rar),
        authorizationDetailsForIntrospection: (ctx, token) => s.authorizationDetailsForToken(ctx, token.rar),
      },
    },
    routes: { pushed_authorization_request: '/par', introspection: '/introspection', revocation: '/token/revoke', userinfo: '/userinfo' },
    interactions: { url: (_ctx, interaction) => `${issuerPath}/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: config.tokens.accessTokenTtlSeconds,
      ClientCredentials: config.tokens.accessTokenTtlSeconds,
      AuthorizationCode: config.tokens.authorizationCodeTtlSeconds,
      PushedAuthorizationRequest: config.tokens.pushedAuthorizationRequestTtlSeconds,
      IdToken: config.tokens.accessTokenTtlSeconds,
      Interaction: config.tokens.interactionTtlSeconds,
      Session: 3600,
      // Refresh tokens and grants live as long as the consent they stand for.
      RefreshToken: (ctx: KoaContextWithOIDC) => secondsUntil(consentGrantDetail(ctx.oidc.entities.Grant?.rar)?.consentExpiresAt ?? Date.now() / 1000 + 3600),
      Grant: (_ctx: KoaContextWithOIDC, grant: { rar?: unknown }) => secondsUntil(consentGrantDetail(grant?.rar)?.consentExpiresAt ?? Date.now() / 1000 + 3600),
    },
    // The v2.1 refresh response carries no new refresh token.
    rotateRefreshToken: () => false,
    issueRefreshToken: async (_ctx, client, code) => client.grantTypeAllowed('refresh_token') && code.kind === 'AuthorizationCode',
    // Consent status, not a browser session at the hub, governs token life.
    expiresWithSession: async () => false,
    // Every consent is its own grant: never reuse a previous grant of the client.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    extraTokenClaims: async (_ctx, token) => {
      const detail = consentGrantDetail((token as { rar?: unknown }).rar) ?? undefined;
      const consentId = detail?.consentId ?? ((token as { rar?: { consent?: { Data?: { ConsentId?: string } } }[] }).rar?.[0]?.consent?.Data?.ConsentId);
      return consentId ? { consent_id: consentId } : undefined;
    },
    assertJwtClientAuthClaimsAndHeader: assertClientAssertion(s.directory),
    renderError: renderJsonError,
  };
  return new Provider(s.issuer, configuration);
}
