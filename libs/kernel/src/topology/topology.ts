import type { SandboxConfig, TenantConfig } from '../config/sandbox-config';

/**
 * Every public URL of the sandbox, derived from config in one place so the apps, the banner and
 * the manifest can never disagree. Mirrors the real hub's hosts (auth1 / as1 / rs1 / hh / cm) as
 * path segments under one tenant base.
 */
export interface TenantUrls {
  base: string;
  issuer: string;
  discoveryUrl: string;
  resourceServerUrl: string;
  headlessHeimdallUrl: string;
  consentManagerUrl: string;
  authorizationEndpoint: string;
  ozoneConnectUrl: string;
}

export const TENANT_SURFACES = { authorizationServer: 'as', resourceServer: 'rs', headlessHeimdall: 'hh', consentManager: 'cm' } as const;

export function hubBaseUrl(config: SandboxConfig): string {
  return `https://${config.publicHost}:${config.ports.hub}`;
}

export function mockLfiBaseUrl(config: SandboxConfig): string {
  return `https://${config.publicHost}:${config.ports.mockLfi}`;
}

export function webhookWorkerBaseUrl(config: SandboxConfig): string {
  return `https://${config.publicHost}:${config.ports.webhookWorker}`;
}

export function tenantBaseUrl(config: SandboxConfig, tenantId: string): string {
  return config.tenantRouting === 'host'
    ? `https://${tenantId}.${config.publicHost}:${config.ports.hub}`
    : `${hubBaseUrl(config)}/${tenantId}`;
}

export function mockLfiTenantUrl(config: SandboxConfig, tenantId: string): string {
  return `${mockLfiBaseUrl(config)}/${tenantId}`;
}

/**
 * Where the TPP sends the user: the LFI's own page when configured, Headless Heimdall's /auth at a
 * headless tenant (the caller plays the LFI there), else the mock LFI's login page.
 */
function authorizationEndpointOf(config: SandboxConfig, tenant: TenantConfig, headlessHeimdallUrl: string): string {
  if (tenant.headless) return `${headlessHeimdallUrl}/auth`;
  return tenant.authorizationEndpoint ?? `${mockLfiTenantUrl(config, tenant.id)}/authorize`;
}

export function tenantUrls(config: SandboxConfig, tenant: TenantConfig): TenantUrls {
  const base = tenantBaseUrl(config, tenant.id);
  const issuer = `${base}/${TENANT_SURFACES.authorizationServer}`;
  const headlessHeimdallUrl = `${base}/${TENANT_SURFACES.headlessHeimdall}`;
  return {
    base,
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    resourceServerUrl: `${base}/${TENANT_SURFACES.resourceServer}`,
    headlessHeimdallUrl,
    consentManagerUrl: `${base}/${TENANT_SURFACES.consentManager}`,
    authorizationEndpoint: authorizationEndpointOf(config, tenant, headlessHeimdallUrl),
    ozoneConnectUrl: tenant.ozoneConnectUrl ?? `${mockLfiTenantUrl(config, tenant.id)}/ozone-connect`,
  };
}

export function keystoreUrl(config: SandboxConfig, organisationId: string, softwareStatementId: string): string {
  return `${hubBaseUrl(config)}/trust-framework/keystore/${organisationId}/${softwareStatementId}/application.jwks`;
}

/** Where an app keeps its data: its own SQLite file, or its own schema of the PostgreSQL database. */
export function databaseFor(config: SandboxConfig, app: 'hub' | 'mock_lfi'): { url?: string; sqliteFile: string; schema: string } {
  return {
    url: config.database.url,
    sqliteFile: `${config.dataDir}/${app.replace('_', '-')}.sqlite`,
    schema: `${config.database.schemaPrefix ?? ''}${app}`,
  };
}
