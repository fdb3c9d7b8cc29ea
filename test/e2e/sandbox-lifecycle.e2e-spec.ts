import { databaseFor, loadConfig } from '@hub/kernel';
import { generateLfiData } from '@hub/mock-lfi-data';
import { mockLfiPersistenceParts } from '@hub/mock-lfi-store';
import { openDatabase } from '@hub/persistence';
import { httpsCall, isAlive, MANIFEST_SCHEMA_FILE, readJsonFile, readOfficialSpec, disposeSandbox, SandboxManifest, SandboxProcess, startSandbox, validateAgainst } from '@hub/testing';
import { existsSync } from 'node:fs';


/** Every string property whose name says it is a file. */
function filesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => filesIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/File$/.test(k) && typeof v === 'string') found.push(v);
      else filesIn(v, found);
    }
  }
  return found;
}

async function countMockLfiPsus(sp: SandboxProcess): Promise<number> {
  const config = loadConfig(sp.env);
  const ds = await openDatabase(databaseFor(config, 'mock_lfi'), mockLfiPersistenceParts);
  try {
    return Number((await ds.query('SELECT COUNT(*) AS n FROM mock_lfi_psus'))[0].n);
  } finally {
    await ds.destroy();
  }
}

describe('npm start: the whole sandbox as one process group', () => {
  let first: SandboxProcess;
  let manifest: SandboxManifest;

  beforeAll(async () => {
    first = await startSandbox({ fresh: true });
    manifest = first.manifest();
  });

  afterAll(async () => {
    if (first) await disposeSandbox(first);
  });

  it('writes a manifest that validates against the sandbox manifest schema', () => {
    const check = validateAgainst(readJsonFile(MANIFEST_SCHEMA_FILE), manifest);
    expect(check.errors).toBe('No errors');
    expect(check.valid).toBe(true);
    expect(manifest.tenants.map((t) => `${t.sector}${t.headless ? ' (headless)' : ''}`).sort()).toEqual(['banking', 'banking', 'banking (headless)', 'insurance', 'insurance (headless)']);
  });

  it('names only files that exist', () => {
    const files = filesIn(manifest);
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => !existsSync(f))).toEqual([]);
  });

  it('publishes each tenant discovery document under its own issuer', async () => {
    for (const t of manifest.tenants) {
      const res = await httpsCall(t.discoveryUrl, { caFile: manifest.caCertFile });
      expect(res.status).toBe(200);
      expect(res.json().issuer).toBe(t.issuer);
      expect(res.json().require_pushed_authorization_requests).toBe(true);
    }
  });

  it('answers on every URL of the manifest', async () => {
    const ca = manifest.caCertFile;
    const tpp = manifest.tpps[0];
    for (const t of manifest.tenants) {
      const lfi = manifest.lfiClients.find((c) => c.tenantId === t.id)!;
      expect((await httpsCall(`${t.resourceServerUrl}/tpp-registration`, { method: 'POST', caFile: ca, client: tpp })).status).toBe(204);
      expect((await httpsCall(`${t.headlessHeimdallUrl}/hello-mtls`, { caFile: ca, client: lfi })).json().mtlsStatus).toBe('established');
      expect((await httpsCall(`${t.consentManagerUrl}/hello-mtls`, { caFile: ca, client: lfi })).json().mtlsStatus).toBe('established');
      expect((await httpsCall(`${t.ozoneConnectUrl}/hello`, { caFile: ca })).json().connectionEstablished).toBe(true);
      if (t.headless) {
        // The caller plays the LFI: the authorization endpoint is Headless Heimdall's /auth, for the LFI's certificate.
        expect(t.authorizationEndpoint).toBe(`${t.headlessHeimdallUrl}/auth`);
        const started = await httpsCall(t.authorizationEndpoint, { caFile: ca, client: lfi });
        expect([started.status, started.headers['content-type']]).toEqual([400, expect.stringMatching(/application\/json/)]);
      } else {
        const page = await httpsCall(t.authorizationEndpoint, { caFile: ca });
        expect(page.status).toBe(400);
        expect(page.headers['content-type']).toMatch(/text\/html/);
      }
      const lfiJwks = (await httpsCall(t.lfiJwksUrl, { caFile: ca })).json();
      expect(lfiJwks.keys.map((k: { use: string; alg: string }) => `${k.use}:${k.alg}`).sort()).toEqual(['enc:RSA-OAEP-256', 'sig:PS256']);
    }
    for (const app of manifest.tpps) expect((await httpsCall(app.jwksUrl, { caFile: ca })).status).toBe(200);
  });

  it('reports every component ready, including each LFI reachable over mTLS', async () => {
    for (const [name, svc] of Object.entries(manifest.services)) {
      const res = await httpsCall(svc.health, { caFile: manifest.caCertFile });
      expect({ name, status: res.json().status }).toEqual({ name, status: 'ok' });
    }
    const hub = (await httpsCall(manifest.services.hub.health, { caFile: manifest.caCertFile })).json();
    expect(Object.keys(hub.checks)).toEqual(expect.arrayContaining(['database', 'redis', 'ozone-connect:falcon-bank']));
  });

  it('publishes Swagger UI and an OpenAPI document per surface, generated from the controllers', async () => {
    const hub = manifest.services.hub as unknown as { url: string; docs: Record<string, string> };
    const ui = await httpsCall(hub.docs.hub, { caFile: manifest.caCertFile });
    expect(ui.status).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
    const rs = (await httpsCall(`${hub.docs['resource-server']}/json`, { caFile: manifest.caCertFile })).json();
    expect(Object.keys(rs.paths)).toEqual(expect.arrayContaining(['/{tenant}/rs/tpp-registration', '/{tenant}/rs/open-finance/account-information/v2.1/account-access-consents/{ConsentId}']));
    const cm = (await httpsCall(`${hub.docs['consent-manager']}/json`, { caFile: manifest.caCertFile })).json();
    expect(Object.keys(cm.paths)).toEqual(expect.arrayContaining(['/{tenant}/cm/hello-mtls', '/{tenant}/cm/consents/{consentId}']));
    expect(cm.paths['/{tenant}/cm/consents/{consentId}'].patch.requestBody.content['application/json'].schema.$ref).toMatch(/ConsentPatchDto/);
    const lfi = (await httpsCall(`${manifest.services.mockLfi.url}/docs/json`, { caFile: manifest.caCertFile })).json();
    expect(Object.keys(lfi.paths)).toEqual(expect.arrayContaining(['/{tenant}/ozone-connect/hello-mtls', '/{tenant}/authorize']));
  });

  it('publishes every Consent Manager operation of the official api-hub v2.1 document (POST /consents answering why it is not offered)', async () => {
    const official = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');
    const expected = Object.entries(official.paths as Record<string, object>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} /{tenant}/cm${path}`));
    const hub = manifest.services.hub as unknown as { docs: Record<string, string> };
    const ours = (await httpsCall(`${hub.docs['consent-manager']}/json`, { caFile: manifest.caCertFile })).json();
    const served = Object.entries(ours.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(expected.length).toBeGreaterThan(8);
    expect(expected.filter((op) => !served.includes(op))).toEqual([]);
  });

  it('publishes every operation of the official TPP-facing v2.1 documents (errata first), TPP reports and onboarding', async () => {
    // The authorization endpoints and the webhook template are the authorization server's and the TPP's.
    const documents = [
      'standards/v2.1-errata2/uae-account-information-openapi.yaml',
      'standards/v2.1-errata2/uae-bank-initiation-openapi.yaml',
      'standards/v2.1-errata2/uae-confirmation-of-payee-openapi.yaml',
      'standards/v2.1-errata1/uae-fx-service-initiation-openapi.yaml',
      'standards/v2.1-errata1/uae-insurance-openapi.yaml',
      'standards/v2.1/uae-account-opening-service-initiation-openapi.yaml',
      'standards/v2.1/uae-atm-openapi.yaml',
      'standards/v2.1/uae-product-openapi.yaml',
      'api-hub/v2.1.x/uae-api-hub-tpp-reports-openapi.yaml',
      'api-hub/v2.1.x/uae-api-hub-tpp-onboarding-openapi.yaml',
    ];
    const anyName = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
    const escaped = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, (c) => `\\${c}`);
    const hub = manifest.services.hub as unknown as { docs: Record<string, string> };
    const ours = (await httpsCall(`${hub.docs['resource-server']}/json`, { caFile: manifest.caCertFile })).json();
    // Ours may be parameterised where a document spells each path out (e.g. {line}-insurance-policies).
    const served = Object.entries(ours.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => new RegExp(`^${m.toUpperCase()} ${escaped(anyName(path.replace(/^\/\{tenant\}\/rs/, ''))).replace(/\{\}/g, '[^/]+')}$`)),
    );
    const official = documents.flatMap((file) => {
      const doc = readOfficialSpec(file);
      const server = (doc.servers?.[0]?.url ?? '') as string;
      return Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${anyName(server + path)}`),
      );
    });
    expect(official.length).toBeGreaterThanOrEqual(90);
    expect(official.filter((op) => !served.some((r) => r.test(op)))).toEqual([]);
  });

  it('seeds the deterministic users of every tenant', async () => {
    const config = loadConfig(first.env);
    const expected = config.tenants.flatMap((t) => generateLfiData(t, config.seed).psus.map((p) => p.userId));
    expect(manifest.psus.map((p) => p.userId)).toEqual(expected);
    expect(await countMockLfiPsus(first)).toBe(expected.length);
  });

  it('stops every process, removes the manifest and exits 0 on SIGINT; a second start reuses the data without duplicates', async () => {
    const pids = Object.values(manifest.pids);
    expect(await first.stop('SIGINT')).toBe(0);
    expect(existsSync(first.manifestPath)).toBe(false);
    expect(pids.filter(isAlive)).toEqual([]);

    const again = await startSandbox({ dataDir: first.dataDir });
    try {
      expect(again.manifest<SandboxManifest>().psus).toEqual(manifest.psus);
      expect(await countMockLfiPsus(again)).toBe(manifest.psus.length);
    } finally {
      expect(await again.stop('SIGTERM')).toBe(0);
    }
  });
});
