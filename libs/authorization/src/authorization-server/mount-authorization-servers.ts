import { SandboxConfig, tenantUrls, TENANT_SURFACES } from '@hub/kernel';
import type { Directory } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { signingJwk } from './tenant-signing-keys';
import { createTenantProvider } from './tenant-provider';

/**
 * Mounts each tenant's provider on the Express stack at `/{tenant}/as` before Nest registers its
 * body parsers, so oidc-provider reads the untouched request stream.
 */
export async function mountAuthorizationServers(app: INestApplication, config: SandboxConfig, directory: Directory): Promise<void> {
  for (const tenant of config.tenants) {
    const hubApp = directory.hubApplications.find((a) => a.tenantId === tenant.id);
    if (!hubApp) throw new Error(`no hub signing key for tenant ${tenant.id}`);
    const provider = createTenantProvider({
      issuer: tenantUrls(config, tenant).issuer,
      signingKey: await signingJwk(hubApp.signingKeyFile, hubApp.signingKid),
      accessTokenTtlSeconds: config.tokens.accessTokenTtlSeconds,
    });
    app.use(`/${tenant.id}/${TENANT_SURFACES.authorizationServer}`, provider.callback());
  }
}
