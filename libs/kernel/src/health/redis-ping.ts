import Redis from 'ioredis';
import type { HealthCheck } from './health-registry';

/**
 * One PING on a throw-away connection: used by the launcher to find a Redis and by readiness
 * checks. No retries, so a missing Redis is reported in about a second instead of hanging.
 */
export async function pingRedis(url: string, timeoutMs = 1000): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined); // reported through the rejected promise below
  try {
    await client.connect();
    const answer = await client.ping();
    if (answer !== 'PONG') throw new Error(`unexpected answer ${answer}`);
  } finally {
    client.disconnect();
  }
}

/** Redis URL shown without its password. */
export function describeRedis(url: string): string {
  const u = new URL(url);
  u.password = u.password ? '***' : '';
  return u.toString();
}

export function redisHealthCheck(url: string | undefined, critical: boolean, note: string): HealthCheck {
  return {
    name: 'redis',
    critical,
    async check() {
      if (!url) throw new Error(`no Redis configured: ${note}`);
      try {
        await pingRedis(url);
      } catch (e) {
        throw new Error(`${describeRedis(url)} does not answer (${(e as Error).message}): ${note}`);
      }
      return { url: describeRedis(url) };
    },
  };
}
