/**
 * `npm run bench`: measured figures of the foundation, printed with ratios (no pass/fail).
 * - start-up: first start (new trust framework, new databases) vs a restart reusing everything;
 * - mTLS round trips on the hub: a new TLS handshake per request vs one kept-alive connection.
 * Everything shares this machine's two cores with the load generator; compare runs on one machine.
 */
import { disposeSandbox, SandboxManifest, startSandbox } from '@hub/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

function get(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests per second over `ms`, `concurrency` in flight. */
async function throughput(url: string, agent: Agent, concurrency: number, ms: number): Promise<number> {
  let done = 0;
  const deadline = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < deadline) {
      if ((await get(url, agent)) !== 200) throw new Error(`${url} did not answer 200`);
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done / (ms / 1000);
}

async function main(): Promise<void> {
  const certsDir = mkdtempSync(join(tmpdir(), 'bench-certs-'));
  const [cold, coldMs] = await timed(() => startSandbox({ fresh: true, env: { SANDBOX_CERTS_DIR: certsDir } }));
  await cold.stop('SIGTERM');
  const [warm, warmMs] = await timed(() => startSandbox({ dataDir: cold.dataDir, env: { SANDBOX_CERTS_DIR: certsDir } }));
  console.log(`start-up  first start ${coldMs.toFixed(0)} ms   restart ${warmMs.toFixed(0)} ms   ratio ${(coldMs / warmMs).toFixed(2)}`);

  const m = warm.manifest<SandboxManifest>();
  const lfi = m.lfiClients[0];
  const url = `${m.tenants[0].consentManagerUrl}/hello-mtls`;
  const tls = { ca: readFileSync(m.caCertFile), cert: readFileSync(lfi.transportCertFile), key: readFileSync(lfi.transportKeyFile) };
  const fresh = new Agent({ ...tls, keepAlive: false, maxCachedSessions: 0 });
  const kept = new Agent({ ...tls, keepAlive: true, maxSockets: 8 });
  const handshakes = await throughput(url, fresh, 8, 4000);
  const keptAlive = await throughput(url, kept, 8, 4000);
  console.log(`mTLS      GET cm/hello-mtls, 8 in flight: new handshake each ${handshakes.toFixed(0)} req/s   kept alive ${keptAlive.toFixed(0)} req/s   ratio ${(keptAlive / handshakes).toFixed(2)}`);
  fresh.destroy();
  kept.destroy();
  await disposeSandbox(warm);
  rmSync(certsDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
