import type { SandboxConfig, TenantConfig } from '@hub/kernel';
import type { TppApplication } from '@hub/trust-framework';
import { CONSENT_RAR_TYPES, RAR_TYPES_BY_ROLE, RAR_TYPES_BY_SECTOR } from '../rich-authorization-requests/index-internal';

const TYPES_BY_ROLE = RAR_TYPES_BY_ROLE;
const TYPES_BY_SECTOR = RAR_TYPES_BY_SECTOR;
const RAR_TYPE = CONSENT_RAR_TYPES;

/** The scopes a consent type's tokens carry (`accounts openid`, `payments openid`, `insurance openid`). */
const SCOPE_BY_TYPE: Record<string, string> = {
  [RAR_TYPE.accountAccess]: 'accounts',
  [RAR_TYPE.serviceInitiation]: 'payments',
  [RAR_TYPE.insurance]: 'insurance',
};

/** Every scope the hub knows (discovery `scopes_supported`). */
export const SUPPORTED_SCOPES = ['openid', 'accounts', 'payments', 'insurance', 'fx', 'account-opening', 'confirmation-of-payee', 'products', 'atm', 'tpp-reports'];

export interface ClientPolicy {
  /** RAR types this application may request at this tenant. */
  authorizationDetailsTypes: string[];
  /** Scopes it may request (authorization code and client credentials). */
  scopes: string[];
}

/** What a TPP application may do at one tenant: its roles ∩ the tenant's sector, plus the configured client-credentials scopes. */
export function clientPolicy(config: SandboxConfig, tenant: TenantConfig, app: Pick<TppApplication, 'clientId' | 'roles'>): ClientPolicy {
  const served = TYPES_BY_SECTOR[tenant.sector];
  const types = app.roles.flatMap((r) => TYPES_BY_ROLE[r] ?? []).filter((t) => served.includes(t));
  const roleScopes = app.roles.flatMap((r) => config.authorization.roleScopes[r] ?? []);
  const configured = config.authorization.clientScopes?.[app.clientId] ?? roleScopes;
  const scopes = new Set(['openid', ...types.map((t) => SCOPE_BY_TYPE[t]), ...configured.filter((s) => SUPPORTED_SCOPES.includes(s))]);
  return { authorizationDetailsTypes: types, scopes: [...scopes] };
}

/** True when the application holds a role this tenant serves (TPP onboarding). */
export function servesTenant(tenant: TenantConfig, roles: string[]): boolean {
  return roles.some((r) => (TYPES_BY_ROLE[r] ?? []).some((t) => TYPES_BY_SECTOR[tenant.sector].includes(t)));
}

export function rarTypesOfSector(tenant: TenantConfig): string[] {
  return TYPES_BY_SECTOR[tenant.sector];
}
