import { ChildProcess, spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, type SandboxProcess } from './sandbox-process';

export interface WebhookWorkerProcess {
  process: ChildProcess;
  pid: number;
  /** How this process signs its attempts in `webhook_attempts.worker` (`hostname:pid`). */
  workerId: string;
  /** Everything it printed so far (for failure messages). */
  output(): string;
  /** Sends the signal (SIGKILL: a crash) and resolves once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Extra workers still running, killed when the test process exits whatever happened. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * The environment a sandbox's own children get: the launcher's (`sp.env`) plus what the launcher
 * resolved at start, i.e. the real ports (the relay writes the hub's URLs into each notification)
 * and the Redis it found.
 */
export function sandboxChildEnv(sp: SandboxProcess): NodeJS.ProcessEnv {
  const m = sp.manifest();
  const port = (url: string) => new URL(url).port;
  const redis = (m.redis as { url?: string } | undefined)?.url;
  return {
    ...sp.env,
    HUB_PORT: port(m.services.hub.url),
    MOCK_LFI_PORT: port(m.services.mockLfi.url),
    ...(redis ? { REDIS_URL: redis } : {}),
  };
}

/**
 * Starts one more webhook worker (the built `dist/` app, as the launcher starts its own) against a
 * running sandbox's database and Redis, on a free port, and resolves once it reports ready (its
 * publisher is running by then). It has an IPC channel, so it also exits if the test process dies.
 */
export async function startWebhookWorkerProcess(sp: SandboxProcess, o: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<WebhookWorkerProcess> {
  const env = { ...sandboxChildEnv(sp), WEBHOOK_WORKER_PORT: '0', LOG_LEVEL: 'warn', ...o.env };
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/webhook-worker/src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  running.add(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const worker: WebhookWorkerProcess = {
    process: child,
    pid: child.pid!,
    workerId: `${hostname()}:${child.pid}`,
    output: () => out,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const timeoutMs = o.timeoutMs ?? 30_000;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the extra webhook worker was not ready after ${timeoutMs} ms:\n${out}`)), timeoutMs);
      child.on('message', (m: { type?: string }) => {
        if (m?.type !== 'ready') return;
        clearTimeout(timer);
        resolve();
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`the extra webhook worker exited before it was ready (${child.exitCode ?? child.signalCode}):\n${out}`));
      });
    });
  } catch (e) {
    await worker.kill('SIGKILL');
    throw e;
  }
  return worker;
}
