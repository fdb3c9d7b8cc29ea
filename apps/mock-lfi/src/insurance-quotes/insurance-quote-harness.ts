import { databaseFor, loadConfig, type SandboxConfig } from '@hub/kernel';
import { lfiTenantProfile, type LfiProfile, type LfiTenant } from '@hub/mock-lfi-data';
import { o3Headers, signJwtAuth, type O3Context } from '@hub/ozone-connect';
import { dropDatabase } from '@hub/persistence';
import { ensureTrustFramework, type Directory, type HubApplication } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { importPKCS8 } from 'jose';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { startMockLfi } from '../bootstrap';

// Test support for the quote desk's integration tests: a temporary trust framework, the mock LFI
// started as the launcher starts it and called as the hub calls it (hub certificate, JWT auth,
// o3 headers), and a stand-in for the hub's HTTPS side: the keystore with the hub's JWKS and a
// Consent Manager that records the LFI's `PATCH /insurance-quote-log/{logId}` calls and answers
// 204 (or what a test says). Named *-harness so Jest skips it.

export interface Reply {
  status: number;
  body: any;
}

/** A call the LFI made to the stand-in Consent Manager. */
export interface LoggedPatch {
  tenantId: string;
  logId: string;
  body: any;
  /** Subject CN of the client certificate the LFI called with. */
  clientCn?: string;
}

export interface CallOptions {
  /** The TPP behind the call (o3-caller-client-id); `tpp-client` unless given. */
  clientId?: string;
  body?: unknown;
  /** For consented reads (policies): the PSU and the consent. */
  userId?: string;
}

export class InsuranceQuoteHarness {
  /** Every PATCH the LFI made, whatever the answer. */
  readonly attempts: LoggedPatch[] = [];
  /** The PATCHes the stand-in recorded (answered 204). */
  readonly logged: LoggedPatch[] = [];
  /** What the stand-in Consent Manager answers to a log PATCH (204 unless a test changes it). */
  answerLog: (patch: LoggedPatch) => number = () => 204;
  private workDir!: string;
  private directory!: Directory;
  private hubSide!: Server;
  private config!: SandboxConfig;
  private app!: INestApplication;
  private port!: number;
  private readonly agents = new Map<string, Agent>();

  constructor(
    private readonly tenants: LfiTenant[],
    readonly seed: string,
    /** Changes to the loaded config (e.g. the quote desk's step delay) before the mock LFI starts. */
    private readonly configure: (config: SandboxConfig) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    this.workDir = mkdtempSync(join(tmpdir(), 'mock-lfi-insurance-quotes-'));
    this.directory = await ensureTrustFramework({ certsDir: join(this.workDir, 'certs'), tenants: this.tenants, tppApplications: [] });
    const hubBase = await this.startHubSide();
    const profile: LfiProfile = {
      caFile: this.directory.caBundleFile,
      server: this.directory.servers['mock-lfi'],
      seed: this.seed,
      tenants: this.tenants.map((tenant) => {
        const hub = this.hubOf(tenant.id);
        const lfi = this.directory.lfiApplications.find((a) => a.tenantId === tenant.id)!;
        const base = `${hubBase}/${tenant.id}`;
        return lfiTenantProfile(tenant, { issuer: `${base}/as`, headlessHeimdallUrl: `${base}/hh`, consentManagerUrl: `${base}/cm` }, lfi, {
          organisationId: hub.organisationId,
          clientId: hub.clientId,
          jwksUrl: `${hubBase}${this.keystorePath(tenant.id)}`,
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
    this.hubSide?.closeAllConnections();
    await new Promise((resolve) => this.hubSide?.close(resolve));
    rmSync(this.workDir, { recursive: true, force: true });
  }

  /** The LFI application's client id of a tenant (the CN of its transport certificate). */
  lfiClientId(tenantId: string): string {
    return this.directory.lfiApplications.find((a) => a.tenantId === tenantId)!.clientId;
  }

  /**
   * A call as the hub sends it: the tenant's hub certificate, a fresh JWT, the o3 headers of a
   * consent-less service call, or of a consented read when `userId` is given.
   */
  async call(tenantId: string, method: 'GET' | 'POST' | 'PATCH', path: string, options: CallOptions = {}): Promise<Reply> {
    const ctx: O3Context = {
      callerOrgId: 'org-1',
      callerClientId: options.clientId ?? 'tpp-client',
      callerSoftwareStatementId: 'ssa-1',
      apiUri: `/open-finance/insurance/v2.1${path.split('?')[0].replace(/-insurance-(quotes|policies)\/[^/]+/, '-insurance-$1/{id}')}`,
      apiOperation: method,
      ozoneInteractionId: randomUUID(),
      ...(options.userId ? { consentId: 'ic-insurance-quotes-1', psuIdentifiers: { userId: options.userId } } : {}),
    };
    const headers: Record<string, string> = { ...o3Headers(tenantId, ctx), authorization: `Bearer ${await this.token(tenantId)}` };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const url = `https://127.0.0.1:${this.port}/${tenantId}/ozone-connect${path}`;
    const res = await request(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), dispatcher: this.agentOf(tenantId) });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined };
  }

  private hubOf(tenantId: string): HubApplication {
    return this.directory.hubApplications.find((a) => a.tenantId === tenantId)!;
  }

  private keystorePath(tenantId: string): string {
    const hub = this.hubOf(tenantId);
    return `/trust-framework/keystore/${hub.organisationId}/${hub.softwareStatementId}/application.jwks`;
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

  /** The hub's HTTPS side: keystore JWKS and the Consent Manager's insurance quote log. */
  private async startHubSide(): Promise<string> {
    const tls = this.directory.servers.hub;
    const jwks = new Map(this.tenants.map((t) => [this.keystorePath(t.id), this.hubOf(t.id).jwksFile]));
    this.hubSide = createServer({ key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile), ca: readFileSync(this.directory.caBundleFile), requestCert: true, rejectUnauthorized: false }, (req, res) => {
      const file = jwks.get(req.url ?? '');
      if (req.method === 'GET' && file) return void res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file));
      void this.recordLogPatch(req, res);
    });
    await new Promise<void>((resolve) => this.hubSide.listen(0, '127.0.0.1', resolve));
    return `https://127.0.0.1:${(this.hubSide.address() as AddressInfo).port}`;
  }

  private async recordLogPatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/([^/]+)\/cm\/insurance-quote-log\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method !== 'PATCH' || !match) return void res.writeHead(404).end();
    let text = '';
    for await (const chunk of req) text += chunk;
    const peer = (req.socket as TLSSocket).getPeerCertificate?.();
    const patch: LoggedPatch = { tenantId: match[1], logId: decodeURIComponent(match[2]), body: JSON.parse(text), clientCn: peer?.subject?.CN as string | undefined };
    const status = this.answerLog(patch);
    this.attempts.push(patch);
    if (status === 204) this.logged.push(patch);
    res.writeHead(status, { 'content-type': 'application/json' }).end(status === 204 ? undefined : JSON.stringify({ errorCode: 'Body.InvalidFormat', errorMessage: 'refused by the test' }));
  }
}
