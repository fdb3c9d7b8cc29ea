import 'reflect-metadata';
import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, INestApplication, Module, UseGuards } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiError } from '@hub/kernel';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTrustFramework } from '../bootstrap/ensure-trust-framework';
import { Directory } from '../directory/directory.types';
import { TrustFrameworkModule } from '../nest/trust-framework.module';
import { Caller } from './caller.decorator';
import { CallerIdentity } from './caller-identity';
import { ClientCertificateGuard } from './client-certificate.guard';
import { RequireCaller } from './require-caller.decorator';

@Controller()
@UseGuards(ClientCertificateGuard)
class ProbeController {
  @Get('tpp-only')
  @RequireCaller({ kinds: ['tpp'] })
  tppOnly(@Caller() caller: CallerIdentity) {
    return caller;
  }

  @Get(':tenant/lfi-only')
  @RequireCaller({ kinds: ['lfi'] })
  lfiOnly(@Caller() caller: CallerIdentity) {
    return caller;
  }
}

/** Stands in for the kernel's per-surface filter: status and message are what matter here. */
@Catch(ApiError)
class ProbeFilter implements ExceptionFilter {
  catch(error: ApiError, host: ArgumentsHost): void {
    host.switchToHttp().getResponse().status(error.status).json({ code: error.code, message: error.message });
  }
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

const seed = { clientId: randomUUID(), organisationName: 'Acme', name: 'Acme App', roles: ['BDSP'], redirectUris: ['https://acme.example/cb'] };

let certsDir: string;
let foreignDir: string;
let directory: Directory;
let app: INestApplication;
let port: number;

function get(path: string, client?: { certFile: string; keyFile: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        ca: readFileSync(directory.caBundleFile),
        cert: client && readFileSync(client.certFile),
        key: client && readFileSync(client.keyFile),
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const transport = (a: { transportCertFile: string; transportKeyFile: string }) => ({ certFile: a.transportCertFile, keyFile: a.transportKeyFile });

beforeAll(async () => {
  certsDir = mkdtempSync(join(tmpdir(), 'tf-guard-'));
  foreignDir = mkdtempSync(join(tmpdir(), 'tf-guard-foreign-'));
  directory = await ensureTrustFramework({
    certsDir,
    tenants: [
      { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' },
      { id: 'beta-bank', name: 'Beta Bank', sector: 'banking' },
    ],
    tppApplications: [seed],
  });
  await ensureTrustFramework({ certsDir: foreignDir, tenants: [], tppApplications: [seed] });

  @Module({ imports: [TrustFrameworkModule.forRoot({ certsDir })], controllers: [ProbeController] })
  class ProbeModule {}

  const server = directory.servers.hub;
  app = await NestFactory.create(ProbeModule, {
    logger: false,
    httpsOptions: {
      key: readFileSync(server.keyFile),
      cert: readFileSync(server.certFile),
      ca: readFileSync(directory.caBundleFile),
      requestCert: true,
      rejectUnauthorized: false,
    },
  });
  app.useGlobalFilters(new ProbeFilter());
  await app.listen(0, '127.0.0.1');
  port = (app.getHttpServer().address() as AddressInfo).port;
});

afterAll(async () => {
  await app?.close();
  rmSync(certsDir, { recursive: true, force: true });
  rmSync(foreignDir, { recursive: true, force: true });
});

describe('ClientCertificateGuard over real mTLS', () => {
  it('answers 401 without a client certificate', async () => {
    const reply = await get('/tpp-only');
    expect(reply.status).toBe(401);
    expect(reply.body.message).toMatch(/client \(transport\) certificate is required/);
  });

  it('answers 401 to a certificate from another CA', async () => {
    const reply = await get('/tpp-only', { certFile: join(foreignDir, 'tpps', seed.clientId, 'transport.pem'), keyFile: join(foreignDir, 'tpps', seed.clientId, 'transport.key') });
    expect(reply.status).toBe(401);
    expect(reply.body.message).toMatch(/does not chain to the sandbox CA/);
  });

  it('lets a TPP call a TPP route and names it', async () => {
    const [tpp] = directory.tppApplications;
    const reply = await get('/tpp-only', transport(tpp));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ kind: 'tpp', clientId: seed.clientId, certificateSha256: tpp.certificateSha256 });
  });

  it('lets an LFI call a route of its own tenant', async () => {
    const reply = await get('/alpha-bank/lfi-only', transport(directory.lfiApplications[0]));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ kind: 'lfi', tenantId: 'alpha-bank' });
  });

  it('answers 403 to a TPP on an LFI route', async () => {
    const reply = await get('/alpha-bank/lfi-only', transport(directory.tppApplications[0]));
    expect(reply.status).toBe(403);
    expect(reply.body.message).toMatch(/for an LFI only/);
  });

  it('answers 403 to an LFI on a TPP route', async () => {
    const reply = await get('/tpp-only', transport(directory.lfiApplications[0]));
    expect(reply.status).toBe(403);
    expect(reply.body.message).toMatch(/for a TPP only/);
  });

  it("answers 403 to an LFI on another tenant's route", async () => {
    const reply = await get('/beta-bank/lfi-only', transport(directory.lfiApplications[0]));
    expect(reply.status).toBe(403);
    expect(reply.body.message).toBe('the client certificate belongs to tenant alpha-bank, not to beta-bank');
  });
});

describe('KeystoreController', () => {
  it('serves an application JWKS without a client certificate', async () => {
    const [lfi] = directory.lfiApplications;
    const reply = await get(`/trust-framework/keystore/${lfi.organisationId}/${lfi.softwareStatementId}/application.jwks`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.headers['cache-control']).toBe('max-age=60');
    expect(reply.body).toEqual(JSON.parse(readFileSync(lfi.jwksFile, 'utf8')));
  });

  it('answers 404 with a JSON body for an unknown application', async () => {
    const reply = await get(`/trust-framework/keystore/${randomUUID()}/nope/application.jwks`);
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ code: 'Resource.NotFound' });
  });
});
