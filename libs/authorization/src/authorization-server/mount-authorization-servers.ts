import { TENANT_SURFACES } from '@hub/kernel';
import type { INestApplication } from '@nestjs/common';
import { AuthorizationServers } from './authorization-servers';

/**
 * Mounts each tenant's provider on the Express stack at `/{tenant}/as`, before Nest registers its
 * body parsers (so oidc-provider reads the untouched request stream) and its routes.
 */
export function mountAuthorizationServers(app: INestApplication): void {
  const servers = app.get(AuthorizationServers);
  for (const tenantId of servers.tenants()) {
    app.use(`/${tenantId}/${TENANT_SURFACES.authorizationServer}`, servers.forTenant(tenantId).callback());
  }
}
