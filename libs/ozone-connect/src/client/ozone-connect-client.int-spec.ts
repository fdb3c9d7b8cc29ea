import { ensureTrustFramework, type Directory, type HubApplication } from '@hub/trust-framework';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import type { ConsentRecord } from '../wire/consent-record';
import { o3Headers, type O3Context } from './o3-headers';
import { OzoneConnectClient, type OzoneConnectTarget } from './ozone-connect-client';
import { OzoneConnectError } from './ozone-connect-error';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  authorized: boolean;
  peerSubject?: string;
  remotePort?: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const consent: ConsentRecord = {
  id: 'c0a8e1f2-0000-4000-8000-000000000001',
  rarType: 'urn:openfinanceuae:account-access-consent:v2.1',
  standardVersion: 'v2.1',
  consentGroupId: 'group-1',
  consentType: 'cbuae-account-access-consents',
  status: 'AwaitingAuthorization',
  request: { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: {} },
  requestHeaders: {},
  consentBody: { Data: { ConsentId: 'c0a8e1f2-0000-4000-8000-000000000001' } },
  tpp: { clientId: 'tpp-client', tppId: 'tpp-1', tppName: 'Sandbox Fintech', softwareStatementId: 'ssa-1', orgId: 'org-1', decodedSsa: {} },
  updatedAt: 1767225600000,
  psuIdentifiers: { userId: 'psu-1' },
};

const ctx: O3Context = {
  callerOrgId: 'org-1',
  callerClientId: 'tpp-client',
  callerSoftwareStatementId: 'ssa-1',
  apiUri: '/open-finance/account-information/v2.1/account-access-consents',
  apiOperation: 'POST',
  callerInteractionId: 'b1c2d3e4-0000-4000-8000-000000000009',
  ozoneInteractionId: 'b1c2d3e4-0000-4000-8000-000000000009',
};

let certsDir: string;
let directory: Directory;
let hub: HubApplication;
let server: Server;
let port: number;
let handler: Handler;
let received: Received[];
let client: OzoneConnectClient;

function target(baseUrl = `https://127.0.0.1:${port}/alpha-bank/ozone-connect`): OzoneConnectTarget {
  return {
    providerId: 'alpha-bank',
    baseUrl,
    tls: { certFile: hub.transportCertFile, keyFile: hub.transportKeyFile, caFile: directory.caBundleFile },
    signingKeyFile: hub.signingKeyFile,
    signingKid: hub.signingKid,
  };
}

const reply = (status: number, body?: object): Handler => (_req, res) => {
  res.writeHead(status, body ? { 'content-type': 'application/json' } : {});
  res.end(body ? JSON.stringify(body) : undefined);
};

async function freePort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return free;
}

beforeAll(async () => {
  certsDir = mkdtempSync(join(tmpdir(), 'ozone-connect-client-'));
  directory = await ensureTrustFramework({ certsDir, tenants: [{ id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' }], tppApplications: [] });
  hub = directory.hubApplications[0];
  const tls = directory.servers['mock-lfi'];
  server = createServer(
    { key: readFileSync(tls.keyFile), cert: readFileSync(tls.certFile), ca: readFileSync(directory.caBundleFile), requestCert: true, rejectUnauthorized: false },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const socket = req.socket as TLSSocket;
        received.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          authorized: socket.authorized,
          peerSubject: socket.getPeerX509Certificate()?.subject,
          remotePort: socket.remotePort,
        });
        handler(req, res);
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  client = new OzoneConnectClient(target());
});

beforeEach(() => {
  received = [];
  handler = reply(204);
});

afterAll(async () => {
  await client?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(certsDir, { recursive: true, force: true });
});

describe('OzoneConnectClient', () => {
  it('posts a consent event over mTLS with the hub certificate, JWT auth and the o3 headers', async () => {
    await client.postConsentEvent('post', consent, ctx);
    const [req] = received;
    expect(req).toMatchObject({ method: 'POST', url: '/alpha-bank/ozone-connect/consent/event/post', authorized: true });
    expect(req.peerSubject).toContain(`CN=${hub.clientId}`);
    expect(req.headers).toMatchObject({
      ...o3Headers('alpha-bank', { ...ctx, consentId: consent.id, psuIdentifiers: consent.psuIdentifiers }),
      'x-fapi-interaction-id': ctx.ozoneInteractionId,
      'content-type': 'application/json',
    });
    expect(req.headers['o3-consent-id']).toBe(consent.id);
    expect(JSON.parse(req.body)).toEqual(consent);
  });

  it('signs a JWT the hub JWKS verifies, bound to the certificate organisation and the provider', async () => {
    await client.postConsentEvent('patch', consent, ctx);
    const token = /^Bearer (.+)$/.exec(String(received[0].headers.authorization))![1];
    const jwks = createLocalJWKSet(JSON.parse(readFileSync(hub.jwksFile, 'utf8')));
    const { payload, protectedHeader } = await jwtVerify(token, jwks, {
      algorithms: ['PS256'],
      audience: 'alpha-bank',
      issuer: hub.organisationName,
      subject: hub.organisationId,
      maxTokenAge: 30,
    });
    expect(protectedHeader).toEqual({ alg: 'PS256', typ: 'JOSE', cty: 'json', kid: hub.signingKid });
    expect(payload.exp! - payload.iat!).toBe(30);
  });

  it('keeps one connection alive across calls and signs a fresh JWT for each', async () => {
    await client.postConsentEvent('post', consent, ctx);
    await client.postConsentEvent('patch', consent, ctx);
    expect(received[1].remotePort).toBe(received[0].remotePort);
    expect(received[1].headers.authorization).not.toBe(received[0].headers.authorization);
  });

  it('reads a resource with the query, the o3 headers of the read and o3-fx-transactions when the read says it', async () => {
    handler = reply(200, { data: [], meta: {} });
    const read = { ...ctx, consentId: consent.id, psuIdentifiers: consent.psuIdentifiers };
    await client.getResource('/accounts/acc-1/transactions', { page: '1', fromBookingDateTime: undefined }, { ...read, fxTransactions: true });
    await client.getResource('/accounts/acc-1/transactions', {}, { ...read, fxTransactions: false });
    await client.getResource('/accounts/acc-1/balances', {}, read);
    expect(received.map((r) => [r.method, r.url, r.headers['o3-fx-transactions']])).toEqual([
      ['GET', '/alpha-bank/ozone-connect/accounts/acc-1/transactions?page=1', 'true'],
      ['GET', '/alpha-bank/ozone-connect/accounts/acc-1/transactions', 'false'],
      ['GET', '/alpha-bank/ozone-connect/accounts/acc-1/balances', undefined],
    ]);
    expect(received[0].headers).toMatchObject({ 'o3-consent-id': consent.id, 'o3-api-operation': ctx.apiOperation.toUpperCase() });
  });

  it('posts a payment with the o3 headers of a consented call, and leaves them out of a call without consent', async () => {
    handler = reply(201, { data: { id: 'pay-1', status: 'Pending' }, meta: {} });
    const payment = { ...ctx, apiUri: '/open-finance/payment/v2.1/payments', consentId: consent.id, psuIdentifiers: consent.psuIdentifiers };
    await expect(client.callConsented('POST', '/payments', { paymentType: 'cbuae-payment' }, payment)).resolves.toEqual({ status: 201, body: { data: { id: 'pay-1', status: 'Pending' }, meta: {} } });
    await client.callService('POST', '/fx-quotes', { data: {} }, payment);
    expect(received[0]).toMatchObject({ method: 'POST', url: '/alpha-bank/ozone-connect/payments', body: '{"paymentType":"cbuae-payment"}' });
    expect(received[0].headers).toMatchObject({ ...o3Headers('alpha-bank', payment), 'content-type': 'application/json' });
    expect(received[0].headers['o3-psu-identifier']).toBe(Buffer.from(JSON.stringify({ userId: 'psu-1' })).toString('base64'));
    expect(received[1].headers['o3-consent-id']).toBeUndefined();
    expect(received[1].headers['o3-psu-identifier']).toBeUndefined();
  });

  it('sends a service call\'s query and the headers its document adds, never letting them replace the o3 headers', async () => {
    handler = reply(200, { data: [], meta: { totalPages: 1, totalRecords: 0 } });
    const products = { ...ctx, apiUri: '/open-finance/product/v2.1/products', apiOperation: 'GET' };
    await client.callService('GET', '/products', undefined, products, {
      query: { ProductCategory: 'Mortgage', IsShariaCompliant: undefined, page: '1', 'page-size': '100' },
      headers: { 'x-fapi-customer-ip-address': '10.1.2.3', 'o3-provider-id': 'someone-else' },
    });
    await client.callService('POST', '/leads', { data: { Email: 'a@example.ae' } }, { ...products, apiOperation: 'POST' }, { headers: { 'x-fapi-customer-ip-address': '10.1.2.3' } });
    expect(received.map((r) => [r.method, r.url, r.headers['x-fapi-customer-ip-address'], r.headers['o3-provider-id']])).toEqual([
      ['GET', '/alpha-bank/ozone-connect/products?ProductCategory=Mortgage&page=1&page-size=100', '10.1.2.3', 'alpha-bank'],
      ['POST', '/alpha-bank/ozone-connect/leads', '10.1.2.3', 'alpha-bank'],
    ]);
    expect(received[1]).toMatchObject({ body: '{"data":{"Email":"a@example.ae"}}' });
  });

  it('reads under a consent without a body', async () => {
    handler = reply(200, { data: { id: 'pay-1' } });
    await client.callConsented('GET', '/payments/pay-1', undefined, { ...ctx, apiOperation: 'GET', consentId: consent.id });
    expect(received[0]).toMatchObject({ method: 'GET', url: '/alpha-bank/ozone-connect/payments/pay-1', body: '' });
    expect(received[0].headers).toMatchObject({ 'o3-consent-id': consent.id, 'o3-api-operation': 'GET' });
    expect(received[0].headers['content-type']).toBeUndefined();
  });

  it('returns the validation and augmentation answers, calling the consent-events spelling', async () => {
    handler = reply(200, { data: { status: 'invalid', code: 'Consent.BusinessRuleViolation', description: 'no' }, meta: {} });
    await expect(client.validateConsent(consent, ctx)).resolves.toEqual({ data: { status: 'invalid', code: 'Consent.BusinessRuleViolation', description: 'no' }, meta: {} });
    handler = reply(200, { OpenFinanceBilling: { IsLargeCorporate: false } });
    await expect(client.augmentConsent(consent, ctx)).resolves.toEqual({ OpenFinanceBilling: { IsLargeCorporate: false } });
    expect(received.map((r) => r.url)).toEqual(['/alpha-bank/ozone-connect/consent/action/validate', '/alpha-bank/ozone-connect/consent/action/augment']);
  });

  it('passes a payment file through as its bytes and media type, under a consent not yet authorised (no PSU)', async () => {
    const file = Buffer.from('CreditorIBAN,CreditorName,Amount,Currency,Reference\r\nAE070331234567890123456,Aisha,1.00,AED,r\r\n');
    const upload = { ...ctx, apiUri: '/open-finance/payment/v2.1/payment-consents/{ConsentId}/file', consentId: consent.id };
    await expect(client.uploadFile(`/payment-consents/${consent.id}/file`, file, 'text/csv; charset=utf-8', upload)).resolves.toEqual({ status: 204 });
    expect(received[0]).toMatchObject({ method: 'POST', url: `/alpha-bank/ozone-connect/payment-consents/${consent.id}/file`, body: file.toString('utf8') });
    expect(received[0].headers).toMatchObject({ 'content-type': 'text/csv; charset=utf-8', 'o3-consent-id': consent.id, 'o3-api-operation': 'POST' });
    expect(received[0].headers['o3-psu-identifier']).toBeUndefined();
    expect(received[0].headers.authorization).toMatch(/^Bearer /);
  });

  it('reads a report file as the bytes and media type the LFI sent', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end('PaymentId,Status\r\np-1,Accepted\r\n');
    };
    const read = { ...ctx, apiOperation: 'GET', consentId: consent.id, psuIdentifiers: consent.psuIdentifiers };
    await expect(client.getFile('/payments/p-1/report-file', read)).resolves.toEqual({ status: 200, mediaType: 'text/csv', bytes: Buffer.from('PaymentId,Status\r\np-1,Accepted\r\n') });
    expect(received[0]).toMatchObject({ method: 'GET', url: '/alpha-bank/ozone-connect/payments/p-1/report-file' });
    expect(received[0].headers.accept).toBe('*/*');
  });

  it('refuses a file call the LFI refuses with the LFI error', async () => {
    handler = reply(400, { errorCode: 'Consent.FailsControlParameters', errorMessage: 'ControlSum' });
    const upload = { ...ctx, consentId: consent.id };
    await expect(client.uploadFile('/payment-consents/c/file', Buffer.from('x'), 'text/csv', upload)).rejects.toMatchObject({ status: 400, permanent: true, errorCode: 'Consent.FailsControlParameters' });
  });

  it('refuses a validation answer without a status as a permanent failure', async () => {
    handler = reply(200, { data: {} });
    await expect(client.validateConsent(consent, ctx)).rejects.toMatchObject({ permanent: true, status: 200 });
  });

  it('calls hello-mtls with the certificate only', async () => {
    handler = reply(200, { connectionEstablished: true, mtlsStatus: 'established' });
    await expect(client.helloMtls()).resolves.toEqual({ connectionEstablished: true, mtlsStatus: 'established' });
    expect(received[0]).toMatchObject({ method: 'GET', url: '/alpha-bank/ozone-connect/hello-mtls', authorized: true });
    expect(received[0].headers.authorization).toBeUndefined();
  });

  it('maps 400 to a permanent error carrying the LFI error', async () => {
    handler = reply(400, { errorCode: 'Body.InvalidFormat', errorMessage: 'o3-api-uri is required' });
    const error = await client.postConsentEvent('post', consent, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OzoneConnectError);
    expect(error).toMatchObject({ status: 400, permanent: true, errorCode: 'Body.InvalidFormat', errorMessage: 'o3-api-uri is required' });
  });

  it('maps 500 to a retryable error', async () => {
    handler = reply(500, { errorCode: 'GenericError', errorMessage: 'down' });
    await expect(client.postConsentEvent('post', consent, ctx)).rejects.toMatchObject({ status: 500, permanent: false, errorCode: 'GenericError' });
  });

  it('gives up after its timeout with a retryable error', async () => {
    handler = () => undefined;
    const impatient = new OzoneConnectClient(target(), { timeoutMs: 300 });
    try {
      const error = await impatient.postConsentEvent('post', consent, ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OzoneConnectError);
      expect(error).toMatchObject({ permanent: false, status: undefined });
      expect((error as Error).message).toContain('no answer within 300 ms');
    } finally {
      await impatient.close();
    }
  });

  it('reports a signing key it cannot use as a permanent failure, without calling the LFI', async () => {
    const unsigned = new OzoneConnectClient({ ...target(), signingKeyFile: hub.transportCertFile });
    try {
      await expect(unsigned.postConsentEvent('post', consent, ctx)).rejects.toMatchObject({ name: 'OzoneConnectError', permanent: true, status: undefined });
      expect(received).toEqual([]);
    } finally {
      await unsigned.close();
    }
  });

  it('reports a refused connection as retryable', async () => {
    const unreachable = new OzoneConnectClient(target(`https://127.0.0.1:${await freePort()}/alpha-bank/ozone-connect`));
    try {
      const error = await unreachable.postConsentEvent('post', consent, ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OzoneConnectError);
      expect(error).toMatchObject({ permanent: false, status: undefined });
      expect((error as Error).message).toContain('ECONNREFUSED');
    } finally {
      await unreachable.close();
    }
  });
});
