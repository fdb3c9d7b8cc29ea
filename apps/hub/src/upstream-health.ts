import { HealthCheck, SandboxConfig, tenantUrls } from '@hub/kernel';
import type { OzoneConnectClients } from '@hub/ozone-connect';

/** Each tenant's Ozone Connect `/hello-mtls`, through the same client (C4 certificate) the hub uses for traffic. */
export function ozoneConnectHealthChecks(config: SandboxConfig, clients: OzoneConnectClients): HealthCheck[] {
  return config.tenants.map((tenant) => ({
    name: `ozone-connect:${tenant.id}`,
    // The hub still serves discovery, consents and health while an LFI is away.
    critical: false,
    async check() {
      const answer = await clients.forTenant(tenant.id).helloMtls();
      return { url: tenantUrls(config, tenant).ozoneConnectUrl, ...(answer as object) };
    },
  }));
}
