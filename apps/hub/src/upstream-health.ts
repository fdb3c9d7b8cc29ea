import { HealthCheck, httpsGetJson, mtlsClientOptions, SandboxConfig, tenantUrls } from '@hub/kernel';
import type { Directory } from '@hub/trust-framework';

/** Each tenant's Ozone Connect `/hello-mtls`, called with the hub's client certificate of that tenant. */
export function ozoneConnectHealthChecks(config: SandboxConfig, directory: Directory): HealthCheck[] {
  return config.tenants.map((tenant) => {
    const app = directory.hubApplications.find((a) => a.tenantId === tenant.id);
    const url = `${tenantUrls(config, tenant).ozoneConnectUrl}/hello-mtls`;
    return {
      name: `ozone-connect:${tenant.id}`,
      // The hub still serves discovery, consents and health while an LFI is away.
      critical: false,
      async check() {
        if (!app) throw new Error(`no hub certificate for tenant ${tenant.id}; restart the sandbox to issue it`);
        const tls = mtlsClientOptions({ certFile: app.transportCertFile, keyFile: app.transportKeyFile, caFile: directory.caBundleFile });
        const res = await httpsGetJson(url, tls);
        if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
        return { url, ...(res.body as object) };
      },
    };
  });
}
