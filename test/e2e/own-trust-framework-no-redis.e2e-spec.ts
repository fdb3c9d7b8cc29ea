import { disposeSandbox, httpsCall, REPO_ROOT, SandboxManifest, SandboxProcess, startSandbox } from '@hub/testing';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Nothing listens on port 1: a Redis that never answers. */
const DEAD_REDIS = 'redis://127.0.0.1:1';

describe('a sandbox with a brand-new trust framework, host-based tenant routing and an unreachable Redis', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let certsDir: string;

  function tf(args: string[]) {
    return spawnSync(process.execPath, [join(REPO_ROOT, 'tools/run-built.js'), 'dist/apps/sandbox/src/tf-cli.js', ...args], { env: sp.env, encoding: 'utf8' });
  }

  beforeAll(async () => {
    certsDir = mkdtempSync(join(tmpdir(), 'tf-certs-'));
    sp = await startSandbox({ fresh: true, env: { SANDBOX_CERTS_DIR: certsDir, REDIS_URL: DEAD_REDIS, TENANT_ROUTING: 'host' } });
    m = sp.manifest();
  });

  afterAll(async () => {
    if (sp) await disposeSandbox(sp);
    rmSync(certsDir, { recursive: true, force: true });
  });

  it('creates the whole trust framework on first start', () => {
    expect(m.caCertFile).toBe(join(certsDir, 'ca', 'bundle.pem'));
    expect(m.tpps).toHaveLength(3);
    expect(existsSync(join(certsDir, 'directory.json'))).toBe(true);
  });

  it('serves each tenant on its own host name, with a certificate valid for it', async () => {
    const falcon = m.tenants.find((t) => t.id === 'falcon-bank')!;
    expect(falcon.issuer).toMatch(/^https:\/\/falcon-bank\.localhost:\d+\/as$/);
    const discovery = await httpsCall(falcon.discoveryUrl, { caFile: m.caCertFile, loopback: true });
    expect(discovery.json().issuer).toBe(falcon.issuer);
    const reg = await httpsCall(`${falcon.resourceServerUrl}/tpp-registration`, { method: 'POST', caFile: m.caCertFile, client: m.tpps[0], loopback: true });
    expect(reg.status).toBe(204);
    const path = await httpsCall(`${m.services.hub.url}/falcon-bank/as/.well-known/openid-configuration`, { caFile: m.caCertFile });
    expect(path.status).toBe(200);
  });

  it('starts anyway without Redis and says so in the banner, the manifest and health', async () => {
    expect(sp.output()).toMatch(/redis +redis:\/\/127\.0\.0\.1:1\/? \(REDIS_URL\) does not answer: webhooks wait until it does/);
    expect((m.redis as { summary: string }).summary).toMatch(/does not answer/);
    const hub = await httpsCall(m.services.hub.health, { caFile: m.caCertFile });
    expect(hub.status).toBe(200);
    expect(hub.json()).toMatchObject({ status: 'degraded', checks: { redis: { status: 'down', critical: false } } });
    expect(hub.json().checks.redis.error).toMatch(/webhooks are queued until Redis is available/);
    const worker = await httpsCall(m.services.webhookWorker.health, { caFile: m.caCertFile });
    expect(worker.status).toBe(503);
    expect(worker.json()).toMatchObject({ status: 'down', checks: { redis: { status: 'down', critical: true } } });
  });

  it('adds a TPP application with the CLI that the running sandbox accepts at once', async () => {
    const added = tf(['add-tpp', '--name', 'CLI Fintech', '--org-name', 'CLI Fintech LLC', '--roles', 'BDSP', '--redirect-uri', 'https://localhost:9999/cb']);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const tpps = sp.manifest<SandboxManifest>().tpps;
    const app = tpps.find((t) => (t as unknown as { name: string }).name === 'CLI Fintech')!;
    expect(app.roles).toEqual(['BDSP']);
    expect(readFileSync(join(app.credentialsDir, 'README.md'), 'utf8')).toMatch(/transport/i);
    const reg = await httpsCall(`${m.tenants[0].resourceServerUrl}/tpp-registration`, { method: 'POST', caFile: m.caCertFile, client: app, loopback: true });
    expect(reg.status).toBe(204);
    expect((await httpsCall(app.jwksUrl, { caFile: m.caCertFile })).json().keys).toHaveLength(2);
    expect(tf(['list']).stdout).toContain(app.clientId);
  });

  it('verifies the consent audit trail of the running sandbox with npm run audit:verify', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'tools/run-built.js'), 'dist/apps/hub/src/audit-verify.js'], { env: sp.env, encoding: 'utf8' });
    expect(run.stdout).toMatch(/Consent audit trail intact: \d+ consents? checked/);
    expect(run.status).toBe(0);
  });

  it('refuses bad CLI input with a clear message and registers nothing', () => {
    const before = sp.manifest<SandboxManifest>().tpps.length;
    const bad = tf(['add-tpp', '--name', 'Bad', '--roles', 'BDSP', '--redirect-uri', 'http://insecure.example/cb']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/https/i);
    const missing = tf(['add-tpp', '--name', 'No roles']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--roles/);
    expect(sp.manifest<SandboxManifest>().tpps).toHaveLength(before);
  });
});

describe('npm start -- --fresh', () => {
  it('refuses to empty a data directory the sandbox did not create, and leaves it untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-sandbox-'));
    writeFileSync(join(dir, 'precious.txt'), 'keep me');
    try {
      await expect(startSandbox({ fresh: true, dataDir: dir, timeoutMs: 20_000 })).rejects.toThrow(/--fresh would empty .* which the sandbox did not create/);
      expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
