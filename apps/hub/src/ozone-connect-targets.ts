import { SandboxConfig, tenantUrls } from '@hub/kernel';
import type { OzoneConnectTarget } from '@hub/ozone-connect';
import type { Directory } from '@hub/trust-framework';

/** Where and how the hub calls each tenant's Ozone Connect: its URL, the hub's C4 certificate and JWT-auth key. */
export function ozoneConnectTargets(config: SandboxConfig, directory: Directory): OzoneConnectTarget[] {
  return config.tenants.map((tenant) => {
    const hub = directory.hubApplications.find((a) => a.tenantId === tenant.id);
    if (!hub) throw new Error(`the trust framework has no hub certificate for tenant ${tenant.id}`);
    return {
      providerId: tenant.id,
      baseUrl: tenantUrls(config, tenant).ozoneConnectUrl,
      tls: { certFile: hub.transportCertFile, keyFile: hub.transportKeyFile, caFile: directory.caBundleFile },
      signingKeyFile: hub.signingKeyFile,
      signingKid: hub.signingKid,
    };
  });
}
