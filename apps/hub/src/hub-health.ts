import { HealthRegistry, redisHealthCheck, SandboxConfig } from '@hub/kernel';
import { pingDatabase } from '@hub/persistence';
import type { Directory } from '@hub/trust-framework';
import type { DataSource } from 'typeorm';
import { ozoneConnectHealthChecks } from './upstream-health';

export function registerHubHealth(registry: HealthRegistry, config: SandboxConfig, directory: Directory, db: DataSource): void {
  registry.register({ name: 'database', critical: true, check: () => pingDatabase(db).then(() => undefined) });
  registry.register(redisHealthCheck(config.redis.url, false, 'webhooks are queued until Redis is available'));
  for (const check of ozoneConnectHealthChecks(config, directory)) registry.register(check);
}
