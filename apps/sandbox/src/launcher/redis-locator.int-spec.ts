import { pingRedis } from '@hub/kernel';
import { stopChild } from './children';
import { locateRedis } from './redis-locator';

/** Nothing listens on port 1. */
const NOBODY = 'redis://127.0.0.1:1';

describe('finding a Redis for the sandbox', () => {
  it('uses REDIS_URL when set, and says so when it does not answer', async () => {
    const found = await locateRedis(NOBODY);
    expect(found).toMatchObject({ url: NOBODY, source: 'REDIS_URL' });
    expect(found.summary).toMatch(/does not answer: webhooks wait until it does/);
    expect(found.child).toBeUndefined();
  });

  it('uses the Redis already answering on 127.0.0.1:6379', async () => {
    const found = await locateRedis(undefined);
    expect(found).toMatchObject({ url: 'redis://127.0.0.1:6379', source: 'local' });
  });

  it('starts a private redis-server on a free loopback port when none answers, and it dies with the sandbox', async () => {
    const found = await locateRedis(undefined, NOBODY);
    expect(found.source).toBe('started');
    expect(found.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    await expect(pingRedis(found.url!)).resolves.toBeUndefined();
    await stopChild(found.child!);
    await expect(pingRedis(found.url!)).rejects.toThrow();
  });
});
