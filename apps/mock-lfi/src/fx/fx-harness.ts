import { databaseFor, loadConfig, type SandboxConfig } from '@hub/kernel';
import { lfiTenantProfile, type LfiProfile, type LfiTenant } from '@hub/mock-lfi-data';
import { o3Headers, signJwtAuth, type O3Context } from '@hub/ozone-connect';
import { dropDatabase } from '@hub/persistence';
import { ensureTrustFramework, type Directory, type HubApplication } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { importPKCS8 } from 'jose';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { Agent, request } from 'undici';
import { startMockLfi } from '../bootstrap';

// Test support for the FX desk integration tests: a temporary trust framework for several tenants,
// the hub keystore, and the mock LFI started as the launcher starts it, called as the hub calls it
// for consent-less services (no o3-consent-id, no o3-psu-identifier). Named *-harness so Jest skips it.
// The tenants' Consent Manager URL points nowhere: the lifecycle's calls fail and are retried.

export interface FxReply {
  status: number;
  body: any;
}

export interface FxCallOptions {
  /** The TPP behind the call (o3-caller-client-id); `tpp-client` unless given. */
  clientId?: string;
  /** null sends no JWT auth. */
  token?: string | null;
  body?: unknown;
}

export class FxHarness {
  private workDir!: string;
  private directory!: Directory;
  private keystore!: Server;
  private config!: SandboxConfig;
  private app!: INestApplication;
  private port!: number;
  private readonly agents = new Map<string, Agent>();

  constructor(
    private readonly tenants: LfiTenant[],
    /** Changes to the loaded config (e.g. the FX desk's) before the mock LFI starts. */
    private readonly configure: (config: SandboxConfig) => void = () => undefined,
  ) {}

  get db(): DataSource {
    return this.app.get<DataSource>(getDataSourceToken());
  }

  get fxConfig() {
    return this.config.mockLfi.fx;
  }

  async start(): Promise<void> {
    this.workDir = mkdtempSync(join(tmpdir(), 'mock-lfi-fx-'));
    this.directory = await ensureTrustFramework({ certsDir: join(this.workDir, 'certs'), tenants: this.tenants, tppApplications: [] });
    const jwksUrls = await this.startKeystore();
    const profile: LfiProfile = {
      caFile: this.directory.caBundleFile,
      server: this.directory.servers['mock-lfi'],
      seed: 'fx-harness',
      tenants: this.tenants.map((tenant) => {
        const hub = this.hubOf(tenant.id);
        const lfi = this.directory.lfiApplications.find((a) => a.tenantId === tenant.id)!;
        const hubBase = `https://127.0.0.1:1/${tenant.id}`;
        return lfiTenantProfile(tenant, { issuer: `${hubBase}/as`, headlessHeimdallUrl: `${hubBase}/hh`, consentManagerUrl: `${hubBase}/cm` }, lfi, {
          organisationId: hub.organisationId,
          clientId: hub.clientId,
          jwksUrl: jwksUrls.get(tenant.id),
        });
      }),
    };
    const schemaPrefix = process.env.DATABASE_URL ? { DATABASE_SCHEMA_PREFIX: `t_${process.pid}_${Date.now()}_` } : {};
    this.config = loadConfig({ ...process.env, ...schemaPrefix, MOCK_LFI_PORT: '0', HUB_PORT: '0', SANDBOX_DATA_DIR: this.workDir, LOG_LEVEL: 'silent' });
    this.configure(this.config);
    this.app = (await startMockLfi(this.config, profile)).app;
    this.port = (this.app.getHttpServer().address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.agents.values()].map((agent) => agent.close()));
    await this.app?.close();
    if (this.config) await dropDatabase(databaseFor(this.config, 'mock_lfi'));
    this.keystore?.closeAllConnections();
    await new Promise((resolve) => this.keystore?.close(resolve));
    rmSync(this.workDir, { recursive: true, force: true });
  }

  /** A call as the hub sends it: the tenant's hub certificate, a fresh JWT, the consent-less o3 headers. */
  async call(tenantId: string, method: 'GET' | 'POST' | 'PATCH', path: string, options: FxCallOptions = {}): Promise<FxReply> {
    const ctx: O3Context = {
      callerOrgId: 'org-1',
      callerClientId: options.clientId ?? 'tpp-client',
      callerSoftwareStatementId: 'ssa-1',
      apiUri: `/open-finance/fx/v2.1${path.replace(/\/fx-quotes\/[^/]+$/, '/fx-quotes/{FxQuoteId}')}`,
      apiOperation: method,
      ozoneInteractionId: randomUUID(),
    };
    const token = options.token === undefined ? await this.token(tenantId) : options.token;
    const headers: Record<string, string> = { ...o3Headers(tenantId, ctx), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const url = `https://127.0.0.1:${this.port}/${tenantId}/ozone-connect${path}`;
    const res = await request(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), dispatcher: this.agentOf(tenantId) });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined };
  }

  private hubOf(tenantId: string): HubApplication {
    return this.directory.hubApplications.find((a) => a.tenantId === tenantId)!;
  }

  private agentOf(tenantId: string): Agent {
    let agent = this.agents.get(tenantId);
    if (!agent) {
      const hub = this.hubOf(tenantId);
      agent = new Agent({ connect: { ca: readFileSync(this.directory.caBundleFile), cert: readFileSync(hub.transportCertFile), key: readFileSync(hub.transportKeyFile) } });
      this.agents.set(tenantId, agent);
    }
    return agent;
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

  /** The hub applications' JWKS, as the trust framework keystore publishes them. */
  private async startKeystore(): Promise<Map<string, string>> {
    const tls = this.directory.servers.hub;
    const paths = new Map(this.tenants.map((t) => [t.id, `/trust-framework/keystore/${this.hubOf(t.id).organisationId}/${this.hubOf(t.id).softwareStatementId}/application.jwks`]));
    const files = new Map(this.tenants.map((t) => [paths.get(t.id)!, this.hubOf(t.id).jwksFile]));
    this.keystore = createServer({ key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile) }, (req, res) => {
      const file = files.get(req.url ?? '');
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => this.keystore.listen(0, '127.0.0.1', resolve));
    const base = `https://127.0.0.1:${(this.keystore.address() as AddressInfo).port}`;
    return new Map([...paths].map(([tenantId, path]) => [tenantId, `${base}${path}`]));
  }
}
