import { databaseFor, EXIT_PORT_IN_USE, findRootDir, SandboxConfig } from '@hub/kernel';
import { describeDatabase, dropDatabase } from '@hub/persistence';
import { ensureTrustFramework } from '@hub/trust-framework';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBanner } from './banner';
import { RunningChild, startChild, stopChild } from './children';
import { resolvePort } from './free-ports';
import { writeLfiProfile } from './lfi-profile-writer';
import { buildManifest, removeManifest, writeManifest } from './manifest';
import { locateRedis, RedisLocation } from './redis-locator';

export interface LaunchOptions {
  fresh: boolean;
  log: (line: string) => void;
}

/**
 * Port 0 in config becomes a concrete free port here, then reaches every app through its env
 * variable (the apps must know each other's URLs before they listen). Another process may take
 * such a port before the app binds it: the app then exits with EXIT_PORT_IN_USE and the launcher
 * tries again with new ports.
 */
async function resolvePorts(config: SandboxConfig, requested: SandboxConfig['ports']): Promise<void> {
  config.ports.hub = await resolvePort(requested.hub);
  config.ports.mockLfi = await resolvePort(requested.mockLfi);
  config.ports.webhookWorker = await resolvePort(requested.webhookWorker);
}

const PORT_ATTEMPTS = 3;

function portTaken(e: unknown): boolean {
  return (e as { exitCode?: number })?.exitCode === EXIT_PORT_IN_USE;
}

/** Marks a folder as the sandbox's own, so `--fresh` never empties a folder it did not create. */
const DATA_MARKER = '.sandbox-data';

function claimDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, DATA_MARKER), 'This folder holds the data of a UAE Open Finance hub sandbox; `npm start -- --fresh` empties it.\n');
}

/** The repository's own var/ is ours; any other folder must be empty or carry the marker. */
function assertOwnDataDir(config: SandboxConfig): void {
  const dir = config.dataDir;
  if (!existsSync(dir) || dir === join(config.rootDir, 'var')) return;
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes(DATA_MARKER)) {
    throw new Error(`--fresh would empty ${dir}, which the sandbox did not create: choose an empty or new SANDBOX_DATA_DIR`);
  }
}

/** `--fresh`: an empty data directory and empty schemas; certificates are kept (they are not data). */
async function wipeData(config: SandboxConfig): Promise<void> {
  assertOwnDataDir(config);
  await dropDatabase(databaseFor(config, 'hub'));
  await dropDatabase(databaseFor(config, 'mock_lfi'));
  rmSync(config.dataDir, { recursive: true, force: true });
}

function childEnv(config: SandboxConfig, redis: RedisLocation, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HUB_PORT: String(config.ports.hub),
    MOCK_LFI_PORT: String(config.ports.mockLfi),
    WEBHOOK_WORKER_PORT: String(config.ports.webhookWorker),
    SANDBOX_DATA_DIR: config.dataDir,
    SANDBOX_CERTS_DIR: config.certsDir,
    ...(redis.url ? { REDIS_URL: redis.url } : {}),
    ...extra,
  };
}

export class Sandbox {
  private children: RunningChild[] = [];
  private redisChild?: ChildProcess;
  private stopping?: Promise<void>;

  constructor(private readonly config: SandboxConfig) {}

  async start(options: LaunchOptions): Promise<void> {
    const started = Date.now();
    const { config } = this;
    if (options.fresh) await wipeData(config);
    claimDataDir(config.dataDir);
    const directory = await ensureTrustFramework({ certsDir: config.certsDir, tenants: config.tenants, tppApplications: config.tppApplications });
    const redis = await locateRedis(config.redis.url);
    this.redisChild = redis.child;
    const requested = { ...config.ports };
    const autoPorts = Object.values(requested).includes(0);
    for (let attempt = 1; ; attempt++) {
      await resolvePorts(config, requested);
      try {
        this.children = await this.startAll(this.childSpecs(directory, redis));
        break;
      } catch (e) {
        if (!(autoPorts && portTaken(e) && attempt < PORT_ATTEMPTS)) throw e;
        options.log(`a port was taken while starting (attempt ${attempt}); trying other free ports`);
      }
    }
    for (const c of this.children) c.process.once('exit', (code) => this.onChildExit(c.service, code, options.log));
    const manifest = buildManifest(config, directory, {
      startedAt: new Date(),
      redis: { url: redis.url, summary: redis.summary },
      database: describeDatabase(databaseFor(config, 'hub')),
      pids: Object.fromEntries([['launcher', process.pid], ...this.children.map((c) => [c.service, c.ready.pid]), ...(redis.child?.pid ? [['redis', redis.child.pid]] : [])]),
      docs: this.children.find((c) => c.service === 'hub')!.ready.docs,
    });
    writeManifest(config.manifestPath, manifest);
    options.log(renderBanner(manifest, config.manifestPath, Date.now() - started));
  }

  private childSpecs(directory: Awaited<ReturnType<typeof ensureTrustFramework>>, redis: RedisLocation): Parameters<typeof startChild>[0][] {
    const { config } = this;
    const profile = writeLfiProfile(config, directory);
    const dist = join(findRootDir(), 'dist', 'apps');
    return [
      { service: 'hub', script: join(dist, 'hub/src/main.js'), env: childEnv(config, redis) },
      { service: 'mock-lfi', script: join(dist, 'mock-lfi/src/main.js'), env: childEnv(config, redis, { MOCK_LFI_PROFILE: profile }) },
      { service: 'webhook-worker', script: join(dist, 'webhook-worker/src/main.js'), env: childEnv(config, redis) },
    ];
  }

  /** All apps start together; if one fails, the others are stopped before the error is reported. */
  private async startAll(specs: Parameters<typeof startChild>[0][]): Promise<RunningChild[]> {
    const results = await Promise.allSettled(specs.map(startChild));
    const running = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      await Promise.all(running.map((c) => stopChild(c.process)));
      throw failed.reason;
    }
    return running;
  }

  private onChildExit(service: string, code: number | null, log: (line: string) => void): void {
    if (this.stopping) return;
    log(`${service} stopped unexpectedly (exit code ${code}); stopping the sandbox`);
    void this.stop().then(() => process.exit(1));
  }

  /** Stops every child (apps, then the private Redis) and removes the manifest. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await Promise.all(this.children.map((c) => stopChild(c.process)));
      if (this.redisChild) await stopChild(this.redisChild);
      removeManifest(this.config.manifestPath);
    })();
    return this.stopping;
  }
}
