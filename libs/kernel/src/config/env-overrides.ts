/**
 * Environment variables that override `config/sandbox.json`. One table, so the README, the error
 * messages and the loader agree on every name.
 */
export interface EnvOverride {
  env: string;
  key: string;
  kind: 'string' | 'int';
}

export const ENV_OVERRIDES: readonly EnvOverride[] = [
  { env: 'HUB_PORT', key: 'ports.hub', kind: 'int' },
  { env: 'MOCK_LFI_PORT', key: 'ports.mockLfi', kind: 'int' },
  { env: 'WEBHOOK_WORKER_PORT', key: 'ports.webhookWorker', kind: 'int' },
  { env: 'PUBLIC_HOST', key: 'publicHost', kind: 'string' },
  { env: 'TENANT_ROUTING', key: 'tenantRouting', kind: 'string' },
  { env: 'SANDBOX_DATA_DIR', key: 'dataDir', kind: 'string' },
  { env: 'SANDBOX_CERTS_DIR', key: 'certsDir', kind: 'string' },
  { env: 'SANDBOX_MANIFEST', key: 'manifestPath', kind: 'string' },
  { env: 'SANDBOX_SEED', key: 'seed', kind: 'string' },
  { env: 'DATABASE_URL', key: 'database.url', kind: 'string' },
  { env: 'DATABASE_SCHEMA_PREFIX', key: 'database.schemaPrefix', kind: 'string' },
  { env: 'REDIS_URL', key: 'redis.url', kind: 'string' },
  { env: 'ACCESS_TOKEN_TTL_SECONDS', key: 'tokens.accessTokenTtlSeconds', kind: 'int' },
  { env: 'INTERACTION_TTL_SECONDS', key: 'tokens.interactionTtlSeconds', kind: 'int' },
  { env: 'WEBHOOK_MAX_ATTEMPTS', key: 'webhooks.maxAttempts', kind: 'int' },
  { env: 'WEBHOOK_BACKOFF_BASE_MS', key: 'webhooks.backoffBaseMs', kind: 'int' },
  { env: 'WEBHOOK_LOCK_DURATION_MS', key: 'webhooks.lockDurationMs', kind: 'int' },
  { env: 'LOG_LEVEL', key: 'log.level', kind: 'string' },
  { env: 'LOG_FORMAT', key: 'log.format', kind: 'string' },
];

export function envNameOf(key: string): string | undefined {
  return ENV_OVERRIDES.find((o) => o.key === key)?.env;
}
