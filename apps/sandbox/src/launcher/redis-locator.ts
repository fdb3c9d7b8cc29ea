import { describeRedis, pingRedis } from '@hub/kernel';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { freePort } from './free-ports';

export interface RedisLocation {
  url?: string;
  source: 'REDIS_URL' | 'local' | 'started' | 'none';
  /** What the banner and health say about it. */
  summary: string;
  child?: ChildProcess;
}

const LOCAL_DEFAULT = 'redis://127.0.0.1:6379';
const NO_REDIS = 'no Redis: webhooks are queued and wait until Redis is available (set REDIS_URL or install redis-server)';

async function answers(url: string): Promise<boolean> {
  return pingRedis(url, 800).then(
    () => true,
    () => false,
  );
}

function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answers(url)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** A private redis-server for this sandbox only: loopback, no persistence, dies with the launcher. */
async function startRedisServer(): Promise<RedisLocation | undefined> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  if (await waitUntilAnswering(url, child)) return { url, source: 'started', summary: `${url} (started by the sandbox, no persistence)`, child };
  child.kill('SIGKILL');
  return undefined;
}

/** REDIS_URL if set; else a local Redis on 6379; else a redis-server child; else none, said clearly. */
export async function locateRedis(configured: string | undefined, localDefault = LOCAL_DEFAULT): Promise<RedisLocation> {
  if (configured) {
    const ok = await answers(configured);
    const summary = ok ? `${describeRedis(configured)} (REDIS_URL)` : `${describeRedis(configured)} (REDIS_URL) does not answer: webhooks wait until it does`;
    return { url: configured, source: 'REDIS_URL', summary };
  }
  if (await answers(localDefault)) return { url: localDefault, source: 'local', summary: `${localDefault} (already running)` };
  if (hasRedisServer()) {
    const started = await startRedisServer();
    if (started) return started;
  }
  return { source: 'none', summary: NO_REDIS };
}
