import { databaseFor, loadConfig, type SandboxConfig } from '@hub/kernel';
import { lfiTenantProfile, type LfiProfile, type LfiTenant } from '@hub/mock-lfi-data';
import { o3Headers, signJwtAuth, type O3Context } from '@hub/ozone-connect';
import { dropDatabase } from '@hub/persistence';
import { ensureTrustFramework, type Directory, type HubApplication, type LfiApplication } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { importPKCS8 } from 'jose';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import type { DataSource } from 'typeorm';
import { Agent, request } from 'undici';
import { startMockLfi } from '../bootstrap';

// Test support for the service desks' integration tests (FX, account opening, insurance quotes):
// a temporary trust framework, the mock LFI started as the launcher starts it and called as the
// hub calls it (the tenant's hub certificate, a fresh JWT auth, o3 headers), and a stand-in for
// the hub's HTTPS side: the keystore with the hub applications' JWKS, and a Consent Manager that
// records the LFI's resource log PATCHes and answers 204 (or what a test says), and answers
// `GET /consents/{id}` with the records a test put in `consentRecords`. Each desk's harness extends
// this one with its own calls. Named *-harness so Jest skips it.

export interface Reply {
  status: number;
  body: any;
}

/** A resource log PATCH (`/{log}/{logId}`) the LFI sent to the stand-in Consent Manager. */
export interface LoggedPatch {
  tenantId: string;
  log: string;
  logId: string;
  body: any;
  /** Subject CN of the client certificate the LFI called with. */
  clientCn?: string;
}

export interface HubCall {
  /** What the o3 headers say (see serviceContext). */
  context: O3Context;
  body?: unknown;
  /** A JWT auth of the test's own; null sends none. A fresh one of the hub unless given. */
  token?: string | null;
  /** Headers to override, or (undefined) to drop. */
  headers?: Record<string, string | undefined>;
}

export interface ServiceDeskHarnessOptions {
  /** Names the temporary directory, e.g. 'fx'. */
  desk: string;
  tenants: LfiTenant[];
  seed: string;
  /** Changes to the loaded config (e.g. the desk's step delays) before the mock LFI starts. */
  configure?: (config: SandboxConfig) => void;
  /** false: no stand-in, the tenants' Consent Manager URL points nowhere and every PATCH fails. */
  consentManager?: boolean;
}

/** The o3 headers of a TPP's consent-less service call, as the hub sends them. */
export function serviceContext(apiUri: string, method: string, caller: Partial<O3Context> = {}): O3Context {
  return { callerOrgId: 'org-1', callerClientId: 'tpp-client', callerSoftwareStatementId: 'ssa-1', apiUri, apiOperation: method, ozoneInteractionId: randomUUID(), ...caller };
}

export class ServiceDeskHarness {
  /** Every PATCH the LFI made, whatever the answer. */
  readonly attempts: LoggedPatch[] = [];
  /** The PATCHes the stand-in recorded (answered 204). */
  readonly logged: LoggedPatch[] = [];
  /** What the stand-in Consent Manager answers to a log PATCH (204 unless a test changes it). */
  answerLog: (patch: LoggedPatch) => number = () => 204;
  /** What the stand-in Consent Manager answers to `GET /{tenant}/cm/consents/{id}`, by `${tenantId}/${consentId}` (404 when absent). */
  readonly consentRecords = new Map<string, unknown>();
  config!: SandboxConfig;
  private profile!: LfiProfile;
  /** https://127.0.0.1:{port} of the mock LFI. */
  base!: string;
  private directory!: Directory;
  private workDir!: string;
  private servers: Server[] = [];
  private app!: INestApplication;
  private readonly agents = new Map<string, Agent>();

  constructor(private readonly options: ServiceDeskHarnessOptions) {}

  get db(): DataSource {
    return this.app.get<DataSource>(getDataSourceToken());
  }

  get caFile(): string {
    return this.directory.caBundleFile;
  }

  async start(): Promise<void> {
    const { desk, tenants, seed, configure } = this.options;
    this.workDir = mkdtempSync(join(tmpdir(), `mock-lfi-${desk}-`));
    this.directory = await ensureTrustFramework({ certsDir: join(this.workDir, 'certs'), tenants, tppApplications: [] });
    const keystoreBase = await this.listen(this.keystore());
    const hubBase = this.options.consentManager === false ? 'https://127.0.0.1:1' : await this.listen(this.consentManager());
    this.profile = {
      caFile: this.directory.caBundleFile,
      server: this.directory.servers['mock-lfi'],
      seed,
      tenants: tenants.map((tenant) => {
        const hub = this.hubOf(tenant.id);
        const base = `${hubBase}/${tenant.id}`;
        return lfiTenantProfile(tenant, { issuer: `${base}/as`, headlessHeimdallUrl: `${base}/hh`, consentManagerUrl: `${base}/cm` }, this.lfiOf(tenant.id), {
          organisationId: hub.organisationId,
          clientId: hub.clientId,
          jwksUrl: `${keystoreBase}${jwksPath(hub)}`,
        });
      }),
    };
    const schemaPrefix = process.env.DATABASE_URL ? { DATABASE_SCHEMA_PREFIX: `t_${process.pid}_${Date.now()}_` } : {};
    this.config = loadConfig({ ...process.env, ...schemaPrefix, MOCK_LFI_PORT: '0', HUB_PORT: '0', SANDBOX_DATA_DIR: this.workDir, LOG_LEVEL: 'silent' });
    configure?.(this.config);
    await this.startApp();
  }

  /**
   * Stops the mock LFI and starts it again on the same database, as after a crash or a deploy;
   * `configure` may change the config first (e.g. a desk's delays).
   */
  async restart(configure?: (config: SandboxConfig) => void): Promise<void> {
    await this.app.close();
    configure?.(this.config);
    await this.startApp();
  }

  private async startApp(): Promise<void> {
    this.config.ports.mockLfi = 0;
    this.app = (await startMockLfi(this.config, this.profile)).app;
    const port = (this.app.getHttpServer().address() as AddressInfo).port;
    // The launcher knows the port before the start; here it is known only once port 0 is bound.
    this.config.ports.mockLfi = port;
    this.base = `https://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.agents.values()].map((agent) => agent.close()));
    await this.app?.close();
    if (this.config) await dropDatabase(databaseFor(this.config, 'mock_lfi'));
    for (const server of this.servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    rmSync(this.workDir, { recursive: true, force: true });
  }

  /** The LFI application's client id of a tenant (the CN of its transport certificate). */
  lfiClientId(tenantId: string): string {
    return this.lfiOf(tenantId).clientId;
  }

  /** The LFI application of a tenant (its certificates and keys). */
  lfiApplication(tenantId: string): LfiApplication {
    return this.lfiOf(tenantId);
  }

  /** An Ozone Connect call as the hub sends it: the tenant's hub certificate, a fresh JWT auth, the o3 headers. */
  async asHub(tenantId: string, method: 'GET' | 'POST' | 'PATCH', path: string, call: HubCall): Promise<Reply> {
    const headers = await this.hubHeaders(tenantId, call.context, call.token);
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    for (const [name, value] of Object.entries(call.headers ?? {})) {
      if (value === undefined) delete headers[name];
      else headers[name] = value;
    }
    return this.send(`/${tenantId}/ozone-connect${path}`, method, headers, call.body, this.hubAgent(tenantId));
  }

  /** The headers of the hub's call: the o3 headers and a JWT auth (a fresh one of the hub unless given; null: none). */
  async hubHeaders(tenantId: string, context: O3Context, token?: string | null): Promise<Record<string, string>> {
    const bearer = token === undefined ? await this.token(tenantId) : token;
    return { ...o3Headers(tenantId, context), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) };
  }

  /** The connection pool with the hub's client certificate of the tenant. */
  hubAgent(tenantId: string): Agent {
    const hub = this.hubOf(tenantId);
    return this.agent(`hub:${tenantId}`, hub.transportCertFile, hub.transportKeyFile);
  }

  /** An Ozone Connect call with a body sent as it is (e.g. a payment file), with the hub's certificate. */
  async raw(tenantId: string, method: 'POST', path: string, headers: Record<string, string>, body: Buffer): Promise<Reply> {
    const res = await request(`${this.base}/${tenantId}/ozone-connect${path}`, { method, headers, body, dispatcher: this.hubAgent(tenantId) });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined };
  }

  /** A back-office call (POST unless told) with the LFI's own certificate of `as` (default: the tenant itself). */
  asLfi(tenantId: string, path: string, body: unknown, as = tenantId, method: 'POST' | 'PUT' = 'POST'): Promise<Reply> {
    const lfi = this.lfiOf(as);
    return this.send(`/${tenantId}${path}`, method, { 'content-type': 'application/json' }, body, this.agent(`lfi:${as}`, lfi.transportCertFile, lfi.transportKeyFile));
  }

  private async send(path: string, method: string, headers: Record<string, string>, body: unknown, dispatcher: Agent): Promise<Reply> {
    const res = await request(`${this.base}${path}`, { method: method as 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body), dispatcher });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined };
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
  private keystore(): Server {
    const tls = this.directory.servers.hub;
    return createServer({ key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile) }, (req, res) => {
      const hub = this.directory.hubApplications.find((a) => jwksPath(a) === req.url);
      if (!hub) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(hub.jwksFile));
    });
  }

  /** `PATCH /{tenant}/cm/{log}/{logId}`, mTLS like the real one: records it, answers what `answerLog` says. */
  private consentManager(): Server {
    const tls = this.directory.servers.hub;
    const options = { key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile), ca: readFileSync(this.directory.caBundleFile), requestCert: true, rejectUnauthorized: true };
    return createServer(options, (req, res) => void this.recordLogPatch(req, res));
  }

  private async recordLogPatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const consent = /^\/([^/]+)\/cm\/consents\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && consent) {
      const record = this.consentRecords.get(`${consent[1]}/${decodeURIComponent(consent[2])}`);
      if (!record) return void res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errorCode: 'Resource.NotFound', errorMessage: 'no such consent' }));
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: record, meta: {} }));
    }
    const match = /^\/([^/]+)\/cm\/([a-z-]+-log)\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method !== 'PATCH' || !match) return void res.writeHead(404).end();
    let text = '';
    for await (const chunk of req) text += chunk;
    const peer = (req.socket as TLSSocket).getPeerCertificate();
    const patch: LoggedPatch = { tenantId: match[1], log: match[2], logId: decodeURIComponent(match[3]), body: JSON.parse(text), clientCn: peer?.subject?.CN as string | undefined };
    const status = this.answerLog(patch);
    this.attempts.push(patch);
    if (status === 204) this.logged.push(patch);
    res.writeHead(status, { 'content-type': 'application/json' }).end(status === 204 ? undefined : JSON.stringify({ errorCode: 'Body.InvalidFormat', errorMessage: 'refused by the test' }));
  }

  private async listen(server: Server): Promise<string> {
    this.servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
}

function jwksPath(hub: HubApplication): string {
  return `/trust-framework/keystore/${hub.organisationId}/${hub.softwareStatementId}/application.jwks`;
}
