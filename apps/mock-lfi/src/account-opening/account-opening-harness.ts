import { databaseFor, loadConfig, type SandboxConfig } from '@hub/kernel';
import { lfiTenantProfile, type LfiProfile, type LfiTenant } from '@hub/mock-lfi-data';
import { o3Headers, signJwtAuth, type O3Context } from '@hub/ozone-connect';
import { dropDatabase } from '@hub/persistence';
import { ensureTrustFramework, type Directory, type HubApplication, type LfiApplication } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { importPKCS8 } from 'jose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { startMockLfi } from '../bootstrap';

// Test support for the account opening integration tests: a temporary trust framework, the hub's
// keystore, a stand-in for the hub's Consent Manager that records what the LFI reports, and the
// mock LFI started as the launcher starts it. Named *-harness so Jest does not run it.

export interface Reply {
  status: number;
  body: any;
}

/** One `PATCH /account-opening-log/{logId}` the LFI sent to the hub. */
export interface ReportedStatus {
  tenantId: string;
  accountId: string;
  body: { OpeningStatus: string; AdditionalStatusInformation?: string };
  /** The CN of the client certificate the LFI presented. */
  clientCn: string;
}

export interface CallerOptions {
  /** o3-caller-client-id: the TPP the hub calls for. */
  clientId?: string;
  /** Override or (undefined) drop headers. */
  headers?: Record<string, string | undefined>;
}

export class AccountOpeningHarness {
  readonly reported: ReportedStatus[] = [];
  /** What the stand-in Consent Manager answers: 204 unless a test says otherwise. */
  hubAnswer = 204;
  config!: SandboxConfig;
  /** https://127.0.0.1:{port} of the mock LFI. */
  base!: string;
  private workDir!: string;
  private directory!: Directory;
  private keystore!: Server;
  private consentManager!: Server;
  private app!: INestApplication;
  private readonly agents = new Map<string, Agent>();

  constructor(
    readonly tenants: LfiTenant[],
    readonly seed: string,
    private readonly timing = { awaitingUserInputAfterMs: 0, completedAfterMs: 0 },
  ) {}

  get caFile(): string {
    return this.directory.caBundleFile;
  }

  async start(): Promise<void> {
    this.workDir = mkdtempSync(join(tmpdir(), 'mock-lfi-account-opening-'));
    this.directory = await ensureTrustFramework({ certsDir: join(this.workDir, 'certs'), tenants: this.tenants, tppApplications: [] });
    const keystoreBase = await this.startKeystore();
    const cmBase = await this.startConsentManager();
    const profile: LfiProfile = {
      caFile: this.directory.caBundleFile,
      server: this.directory.servers['mock-lfi'],
      seed: this.seed,
      tenants: this.tenants.map((tenant) => {
        const hub = this.hubOf(tenant.id);
        const hubBase = `${cmBase}/${tenant.id}`;
        return lfiTenantProfile(tenant, { issuer: `${hubBase}/as`, headlessHeimdallUrl: `${hubBase}/hh`, consentManagerUrl: `${hubBase}/cm` }, this.lfiOf(tenant.id), {
          organisationId: hub.organisationId,
          clientId: hub.clientId,
          jwksUrl: `${keystoreBase}${jwksPath(hub)}`,
        });
      }),
    };
    const schemaPrefix = process.env.DATABASE_URL ? { DATABASE_SCHEMA_PREFIX: `t_${process.pid}_${Date.now()}_` } : {};
    this.config = loadConfig({ ...process.env, ...schemaPrefix, MOCK_LFI_PORT: '0', HUB_PORT: '0', SANDBOX_DATA_DIR: this.workDir, LOG_LEVEL: 'silent' });
    this.config.mockLfi.accountOpening = { ...this.timing };
    this.app = (await startMockLfi(this.config, profile)).app;
    const port = (this.app.getHttpServer().address() as AddressInfo).port;
    // The launcher knows the port before the start; here it is known only once port 0 is bound.
    this.config.ports.mockLfi = port;
    this.base = `https://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.agents.values()].map((a) => a.close()));
    await this.app?.close();
    if (this.config) await dropDatabase(databaseFor(this.config, 'mock_lfi'));
    for (const server of [this.keystore, this.consentManager]) {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
    rmSync(this.workDir, { recursive: true, force: true });
  }

  /** `POST /accounts` as the hub sends it: its certificate, a fresh JWT, the o3 headers of a consent-less call. */
  postOpening(tenantId: string, body: unknown, options: CallerOptions = {}): Promise<Reply> {
    return this.oc(tenantId, 'POST', '/accounts', this.serviceContext('/accounts', 'POST', options), options, body);
  }

  getStatus(tenantId: string, accountId: string, options: CallerOptions = {}): Promise<Reply> {
    return this.oc(tenantId, 'GET', `/accounts/${accountId}/status`, this.serviceContext('/accounts/{AccountId}/status', 'GET', options), options);
  }

  /** A consented Bank Data Sharing read for the PSU, e.g. `/accounts?accountIds=…`. */
  getAsConsented(tenantId: string, path: string, userId: string): Promise<Reply> {
    const ctx: O3Context = { ...this.serviceContext(`/open-finance/account-information/v2.1${path.split('?')[0]}`, 'GET', {}), consentId: 'aac-opening-1', psuIdentifiers: { userId } };
    return this.oc(tenantId, 'GET', path, ctx, {});
  }

  /** A back-office call with the LFI's own certificate of `as` (default: the tenant itself). */
  async operator(tenantId: string, path: string, body: unknown, as = tenantId): Promise<Reply> {
    const lfi = this.lfiOf(as);
    const res = await request(`${this.base}/${tenantId}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      dispatcher: this.agent(`lfi:${as}`, lfi.transportCertFile, lfi.transportKeyFile),
    });
    return reply(res.statusCode, await res.body.text());
  }

  /** The reports the hub has received for one opening, in order. */
  reportsOf(accountId: string): string[] {
    return this.reported.filter((r) => r.accountId === accountId).map((r) => r.body.OpeningStatus);
  }

  private serviceContext(apiPath: string, method: string, options: CallerOptions): O3Context {
    return {
      callerOrgId: 'org-tpp-1',
      callerClientId: options.clientId ?? 'tpp-client-1',
      callerSoftwareStatementId: 'ssa-1',
      apiUri: apiPath.startsWith('/open-finance') ? apiPath : `/open-finance/account-opening/v2.1${apiPath}`,
      apiOperation: method,
      ozoneInteractionId: 'f0e1d2c3-0000-4000-8000-0000000000a0',
    };
  }

  private async oc(tenantId: string, method: 'GET' | 'POST', path: string, ctx: O3Context, options: CallerOptions, body?: unknown): Promise<Reply> {
    const hub = this.hubOf(tenantId);
    const headers: Record<string, string> = { ...o3Headers(tenantId, ctx), authorization: `Bearer ${await this.token(tenantId)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value === undefined) delete headers[name];
      else headers[name] = value;
    }
    const res = await request(`${this.base}/${tenantId}/ozone-connect${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      dispatcher: this.agent(`hub:${tenantId}`, hub.transportCertFile, hub.transportKeyFile),
    });
    return reply(res.statusCode, await res.body.text());
  }

  private async token(tenantId: string): Promise<string> {
    const hub = this.hubOf(tenantId);
    return signJwtAuth({
      privateKey: await importPKCS8(readFileSync(hub.signingKeyFile, 'utf8'), 'PS256'),
      kid: hub.signingKid,
      issuer: hub.organisationName,
      subject: hub.organisationId,
      audience: tenantId,
    });
  }

  private agent(name: string, certFile: string, keyFile: string): Agent {
    let agent = this.agents.get(name);
    if (!agent) {
      agent = new Agent({ connect: { ca: readFileSync(this.directory.caBundleFile), cert: readFileSync(certFile), key: readFileSync(keyFile) } });
      this.agents.set(name, agent);
    }
    return agent;
  }

  private hubOf(tenantId: string): HubApplication {
    return this.directory.hubApplications.find((a) => a.tenantId === tenantId)!;
  }

  private lfiOf(tenantId: string): LfiApplication {
    return this.directory.lfiApplications.find((a) => a.tenantId === tenantId)!;
  }

  /** Serves each hub application's JWKS, as the trust framework keystore does. */
  private async startKeystore(): Promise<string> {
    const tls = this.directory.servers.hub;
    this.keystore = createServer({ key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile) }, (req, res) => {
      const hub = this.directory.hubApplications.find((a) => jwksPath(a) === req.url);
      if (!hub) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(hub.jwksFile));
    });
    return listen(this.keystore);
  }

  /** `PATCH /{tenant}/cm/account-opening-log/{id}`, mTLS like the real one: records it, answers `hubAnswer`. */
  private async startConsentManager(): Promise<string> {
    const tls = this.directory.servers.hub;
    this.consentManager = createServer({ key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile), ca: readFileSync(this.directory.caBundleFile), requestCert: true, rejectUnauthorized: true }, (req, res) => {
      const match = /^\/([^/]+)\/cm\/account-opening-log\/([^/?]+)$/.exec(req.url ?? '');
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        if (req.method !== 'PATCH' || !match) return void res.writeHead(404).end();
        const clientCn = String((req.socket as import('node:tls').TLSSocket).getPeerCertificate().subject?.CN ?? '');
        if (this.hubAnswer === 204) this.reported.push({ tenantId: match[1], accountId: decodeURIComponent(match[2]), body: JSON.parse(text), clientCn });
        if (this.hubAnswer === 204) return void res.writeHead(204).end();
        res.writeHead(this.hubAnswer, { 'content-type': 'application/json' }).end(JSON.stringify({ errorCode: 'GenericError', errorMessage: 'stand-in refusal' }));
      });
    });
    return listen(this.consentManager);
  }
}

function jwksPath(hub: HubApplication): string {
  return `/trust-framework/keystore/${hub.organisationId}/${hub.softwareStatementId}/application.jwks`;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function reply(status: number, text: string): Reply {
  return { status, body: text ? JSON.parse(text) : undefined };
}

/** Waits until `probe` returns something truthy (polling; never asserts how long it took). */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
