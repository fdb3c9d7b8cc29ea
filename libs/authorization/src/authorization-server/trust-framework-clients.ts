import type { TenantConfig, SandboxConfig } from '@hub/kernel';
import type { TppRecord } from '@hub/ozone-connect';
import type { TppApplication, TrustDirectory } from '@hub/trust-framework';
import { readFileSync } from 'node:fs';
import { clientPolicy } from './client-policy';

/** Client metadata of a TPP application at one tenant, derived from the trust framework registry (never stored). */
export function clientMetadata(config: SandboxConfig, tenant: TenantConfig, app: TppApplication): Record<string, unknown> {
  const policy = clientPolicy(config, tenant, app);
  const jwks = JSON.parse(readFileSync(app.jwksFile, 'utf8')) as { keys: Record<string, unknown>[] };
  return {
    client_id: app.clientId,
    client_name: app.name,
    redirect_uris: app.redirectUris,
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
    response_types: ['code'],
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'PS256',
    request_object_signing_alg: 'PS256',
    id_token_signed_response_alg: 'PS256',
    require_pushed_authorization_requests: true,
    tls_client_certificate_bound_access_tokens: true,
    // Only the signing key: oidc-provider would refuse an `enc` key it cannot use for JWE.
    jwks: { keys: jwks.keys.filter((k) => k.use === 'sig').map((k) => ({ ...k })) },
    scope: policy.scopes.join(' '),
    authorization_details_types: policy.authorizationDetailsTypes,
  };
}

/** The TPP record the Consent Manager keeps with each consent (`tpp` schema). */
export function tppRecordOf(app: TppApplication, jwksUri: string): TppRecord {
  return {
    clientId: app.clientId,
    tppId: app.organisationId,
    tppName: app.organisationName,
    softwareStatementId: app.softwareStatementId,
    orgId: app.organisationId,
    decodedSsa: {
      client_id: app.clientId,
      client_name: app.name,
      redirect_uris: app.redirectUris,
      jwks_uri: jwksUri,
      // Served next to the JWKS by the trust framework's keystore.
      logo_uri: jwksUri.replace(/application\.jwks$/, 'logo.svg'),
      roles: app.roles,
      organisation_id: app.organisationId,
      application_type: 'web',
    },
  };
}

export function findTppApplication(directory: TrustDirectory, clientId: string): TppApplication | undefined {
  return directory.current().tppApplications.find((a) => a.clientId === clientId);
}
