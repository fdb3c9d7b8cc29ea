import type { ReadyMessage } from '@hub/kernel';
import { ChildProcess, fork } from 'node:child_process';

export interface ChildSpec {
  service: string;
  script: string;
  env: NodeJS.ProcessEnv;
}

export interface RunningChild {
  service: string;
  process: ChildProcess;
  ready: ReadyMessage;
}

const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 10_000;

/** Forks one app and resolves when it reports ready over IPC; rejects if it exits first. */
export function startChild(spec: ChildSpec): Promise<RunningChild> {
  const child = fork(spec.script, [], { env: spec.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${spec.service} was not ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    child.on('message', (m: ReadyMessage) => {
      if (m?.type !== 'ready') return;
      clearTimeout(timer);
      resolve({ service: spec.service, process: child, ready: m });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`${spec.service} exited during start (code ${code}, signal ${signal})`), { exitCode: code }));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM, a grace period, then SIGKILL: nothing the launcher started may outlive it. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited(child);
  clearTimeout(timer);
}
