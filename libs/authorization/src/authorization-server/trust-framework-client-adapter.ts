import type { SandboxConfig, TenantConfig } from '@hub/kernel';
import type { TrustDirectory } from '@hub/trust-framework';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { TppRegistrationService } from '../tpp-registration/tpp-registration.service';
import { servesTenant } from './client-policy';
import { clientMetadata, findTppApplication } from './trust-framework-clients';

/**
 * Clients are not registered in the hub's database: each is a TPP application of the trust
 * framework registry that has onboarded with this tenant (`POST /tpp-registration`) and holds a
 * role the tenant serves. A TPP added with the trust-framework CLI is known at once.
 */
export function trustFrameworkClientAdapter(config: SandboxConfig, tenant: TenantConfig, directory: TrustDirectory, registrations: TppRegistrationService): Adapter {
  const readOnly = async () => {
    throw new Error('clients come from the trust framework registry');
  };
  return {
    async find(clientId: string): Promise<AdapterPayload | undefined> {
      const app = findTppApplication(directory, clientId);
      if (!app || !servesTenant(tenant, app.roles)) return undefined;
      if (!(await registrations.isRegistered(tenant.id, clientId))) return undefined;
      return clientMetadata(config, tenant, app) as AdapterPayload;
    },
    upsert: readOnly,
    findByUid: async () => undefined,
    findByUserCode: async () => undefined,
    consume: readOnly,
    destroy: readOnly,
    revokeByGrantId: readOnly,
  };
}
