import { databaseFor, findRootDir, loadConfig } from '@hub/kernel';
import { dropDatabase } from '@hub/persistence';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './eventually';

/** The repository root, whether this runs from sources (tests) or from dist/ (benchmarks). */
export const REPO_ROOT = findRootDir(__dirname);

/** Certificates are reused across test runs (like a developer's certs/), in a git-ignored folder of their own. */
export const TEST_CERTS_DIR = join(REPO_ROOT, 'var', 'test-certs');

export interface SandboxProcess {
  process: ChildProcess;
  dataDir: string;
  manifestPath: string;
  env: NodeJS.ProcessEnv;
  /** Everything the launcher and its children printed so far. */
  output(): string;
  manifest<T = SandboxManifest>(): T;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SandboxManifest {
  caCertFile: string;
  tenants: { id: string; name: string; sector: string; headless?: boolean; issuer: string; discoveryUrl: string; resourceServerUrl: string; headlessHeimdallUrl: string; consentManagerUrl: string; authorizationEndpoint: string; ozoneConnectUrl: string; lfiJwksUrl: string; hubJwksUrl: string }[];
  tpps: { clientId: string; organisationId: string; softwareStatementId: string; roles: string[]; redirectUris: string[]; transportCertFile: string; transportKeyFile: string; signingKeyFile: string; signingKid: string; jwksUrl: string; credentialsDir: string }[];
  lfiClients: { tenantId: string; organisationId: string; clientId: string; transportCertFile: string; transportKeyFile: string }[];
  psus: { tenantId: string; userId: string; username: string; password: string; otp: string; name: string; profile: string; customerCategory: string; accountIds?: string[]; insurancePolicyIds?: string[] }[];
  services: Record<string, { url: string; health: string }>;
  pids: Record<string, number>;
  [key: string]: unknown;
}

export interface StartOptions {
  fresh?: boolean;
  /** Reuse the data directory of an earlier run (to test restarts). */
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

let suiteCounter = 0;

/** With DATABASE_URL set, each sandbox of a test run gets its own PostgreSQL schemas. */
function databaseEnv(dataDir: string): NodeJS.ProcessEnv {
  if (!process.env.DATABASE_URL) return {};
  const id = dataDir.split('-').pop()!.toLowerCase().replace(/[^a-z0-9]/g, '');
  return { DATABASE_SCHEMA_PREFIX: `e2e_${id}_` };
}

async function waitForManifest(sp: SandboxProcess, timeoutMs: number): Promise<void> {
  const written = () => {
    if (sp.process.exitCode !== null) throw new Error(`the sandbox exited with ${sp.process.exitCode}:\n${sp.output()}`);
    return existsSync(sp.manifestPath);
  };
  await eventually(written, { timeoutMs, intervalMs: 100, what: () => `the manifest:\n${sp.output()}` });
}

/**
 * Starts the built sandbox exactly as `npm start` does (the launcher in its own process, every
 * app as its child) on free ports, with its own data directory, and waits for the manifest.
 */
export async function startSandbox(options: StartOptions = {}): Promise<SandboxProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `hub-sandbox-${process.pid}-${suiteCounter++}-`));
  const manifestPath = join(dataDir, 'sandbox.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HUB_PORT: '0',
    MOCK_LFI_PORT: '0',
    WEBHOOK_WORKER_PORT: '0',
    SANDBOX_DATA_DIR: dataDir,
    SANDBOX_CERTS_DIR: TEST_CERTS_DIR,
    SANDBOX_MANIFEST: manifestPath,
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'warn',
    ...databaseEnv(dataDir),
    ...options.env,
  };
  const args = [join(REPO_ROOT, 'dist/apps/sandbox/src/main.js'), ...(options.fresh ? ['--fresh'] : [])];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const sp: SandboxProcess = {
    process: child,
    dataDir,
    manifestPath,
    env,
    output: () => out,
    manifest: () => JSON.parse(readFileSync(manifestPath, 'utf8')),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
  try {
    await waitForManifest(sp, options.timeoutMs ?? 60_000);
  } catch (e) {
    await sp.stop('SIGKILL');
    throw e;
  }
  return sp;
}

/** Removes what a test sandbox left: its data directory and, on PostgreSQL, its schemas. */
export async function disposeSandbox(sp: SandboxProcess): Promise<void> {
  await sp.stop('SIGKILL');
  const config = loadConfig(sp.env);
  if (config.database.url) {
    await dropDatabase(databaseFor(config, 'hub'));
    await dropDatabase(databaseFor(config, 'mock_lfi'));
  }
  rmSync(sp.dataDir, { recursive: true, force: true });
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
