import { HealthRegistry, redisHealthCheck, SandboxConfig } from '@hub/kernel';
import type { OzoneConnectClients } from '@hub/ozone-connect';
import { pingDatabase } from '@hub/persistence';
import type { DataSource } from 'typeorm';
import { ozoneConnectHealthChecks } from './upstream-health';

export function registerHubHealth(registry: HealthRegistry, config: SandboxConfig, db: DataSource, clients: OzoneConnectClients): void {
  registry.register({ name: 'database', critical: true, check: () => pingDatabase(db).then(() => undefined) });
  registry.register(redisHealthCheck(config.redis.url, false, 'webhooks are queued until Redis is available'));
  for (const check of ozoneConnectHealthChecks(config, clients)) registry.register(check);
}
