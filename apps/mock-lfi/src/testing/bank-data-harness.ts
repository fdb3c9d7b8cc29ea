import { databaseFor, loadConfig, type SandboxConfig } from '@hub/kernel';
import { lfiTenantProfile, type LfiProfile, type LfiTenant } from '@hub/mock-lfi-data';
import { o3Headers, signJwtAuth, type O3Context } from '@hub/ozone-connect';
import { dropDatabase } from '@hub/persistence';
import { ensureTrustFramework, type Directory, type HubApplication } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { importPKCS8 } from 'jose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { startMockLfi } from '../bootstrap';

// Test support for the bank data sharing integration tests: a temporary trust framework, the hub
// keystore, and the mock LFI started as the launcher starts it. Named *-harness so Jest skips it.

export interface Reply {
  status: number;
  body: any;
}

export interface CallOptions {
  /** The PSU named in o3-psu-identifier; null sends no header. */
  userId?: string | null;
  token?: string | null;
  headers?: Record<string, string | undefined>;
}

export class BankDataHarness {
  private workDir!: string;
  private directory!: Directory;
  private hub!: HubApplication;
  private keystore!: Server;
  private config!: SandboxConfig;
  private app!: INestApplication;
  private agent!: Agent;
  private base!: string;

  constructor(
    private readonly tenant: LfiTenant,
    readonly seed: string,
  ) {}

  async start(): Promise<void> {
    this.workDir = mkdtempSync(join(tmpdir(), 'mock-lfi-bank-data-'));
    this.directory = await ensureTrustFramework({ certsDir: join(this.workDir, 'certs'), tenants: [this.tenant], tppApplications: [] });
    this.hub = this.directory.hubApplications.find((a) => a.tenantId === this.tenant.id)!;
    const lfi = this.directory.lfiApplications.find((a) => a.tenantId === this.tenant.id)!;
    const hubBase = `https://127.0.0.1:1/${this.tenant.id}`;
    const profile: LfiProfile = {
      caFile: this.directory.caBundleFile,
      server: this.directory.servers['mock-lfi'],
      seed: this.seed,
      tenants: [
        lfiTenantProfile(this.tenant, { issuer: `${hubBase}/as`, headlessHeimdallUrl: `${hubBase}/hh`, consentManagerUrl: `${hubBase}/cm` }, lfi, {
          organisationId: this.hub.organisationId,
          clientId: this.hub.clientId,
          jwksUrl: await this.startKeystore(),
        }),
      ],
    };
    const schemaPrefix = process.env.DATABASE_URL ? { DATABASE_SCHEMA_PREFIX: `t_${process.pid}_${Date.now()}_` } : {};
    this.config = loadConfig({ ...process.env, ...schemaPrefix, MOCK_LFI_PORT: '0', HUB_PORT: '0', SANDBOX_DATA_DIR: this.workDir, LOG_LEVEL: 'silent' });
    this.app = (await startMockLfi(this.config, profile)).app;
    this.base = `https://127.0.0.1:${(this.app.getHttpServer().address() as AddressInfo).port}/${this.tenant.id}/ozone-connect`;
    this.agent = new Agent({
      connect: { ca: readFileSync(this.directory.caBundleFile), cert: readFileSync(this.hub.transportCertFile), key: readFileSync(this.hub.transportKeyFile) },
    });
  }

  async stop(): Promise<void> {
    await this.agent?.close();
    await this.app?.close();
    if (this.config) await dropDatabase(databaseFor(this.config, 'mock_lfi'));
    this.keystore?.closeAllConnections();
    await new Promise((resolve) => this.keystore?.close(resolve));
    rmSync(this.workDir, { recursive: true, force: true });
  }

  /** A GET as the hub sends it: its certificate, a fresh JWT, the o3 headers of a consented call. */
  async get(path: string, userId: string | null, options: Omit<CallOptions, 'userId'> = {}): Promise<Reply> {
    const ctx: O3Context = {
      callerOrgId: 'org-1',
      callerClientId: 'tpp-client',
      callerSoftwareStatementId: 'ssa-1',
      apiUri: `/open-finance/account-information/v2.1${path.split('?')[0]}`,
      apiOperation: 'GET',
      ozoneInteractionId: 'f0e1d2c3-0000-4000-8000-00000000000b',
      consentId: 'aac-bank-data-1',
      ...(userId ? { psuIdentifiers: { userId } } : {}),
    };
    const token = options.token === undefined ? await this.token() : options.token;
    const headers: Record<string, string> = { ...o3Headers(this.tenant.id, ctx), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value === undefined) delete headers[name];
      else headers[name] = value;
    }
    const res = await request(`${this.base}${path}`, { method: 'GET', headers, dispatcher: this.agent });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined };
  }

  /** A consent-less POST as the hub sends it (e.g. cop-query): no o3-consent-id, no PSU. */
  async postService(path: string, body: unknown, apiUri: string, options: Pick<CallOptions, 'token'> = {}): Promise<Reply> {
    const ctx: O3Context = { callerOrgId: 'org-1', callerClientId: 'tpp-client', callerSoftwareStatementId: 'ssa-1', apiUri, apiOperation: 'POST', ozoneInteractionId: 'f0e1d2c3-0000-4000-8000-00000000000c' };
    const token = options.token === undefined ? await this.token() : options.token;
    const headers: Record<string, string> = { ...o3Headers(this.tenant.id, ctx), 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await request(`${this.base}${path}`, { method: 'POST', headers, body: JSON.stringify(body), dispatcher: this.agent });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined };
  }

  private async token(): Promise<string> {
    return signJwtAuth({
      privateKey: await importPKCS8(readFileSync(this.hub.signingKeyFile, 'utf8'), 'PS256'),
      kid: this.hub.signingKid,
      issuer: this.hub.organisationName,
      subject: this.hub.organisationId,
      audience: this.tenant.id,
    });
  }

  private async startKeystore(): Promise<string> {
    const tls = this.directory.servers.hub;
    const path = `/trust-framework/keystore/${this.hub.organisationId}/${this.hub.softwareStatementId}/application.jwks`;
    this.keystore = createServer({ key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile) }, (req, res) => {
      if (req.url !== path) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(this.hub.jwksFile));
    });
    await new Promise<void>((resolve) => this.keystore.listen(0, '127.0.0.1', resolve));
    return `https://127.0.0.1:${(this.keystore.address() as AddressInfo).port}${path}`;
  }
}
