import { AuthorizationServers } from '@hub/authorization';
import { ConsentService, ConsentStatus, type ConsentCaller } from '@hub/consent';
import { loadConfig, SandboxConfig, tenantUrls, type TenantConfig } from '@hub/kernel';
import type { TppRecord } from '@hub/ozone-connect';
import { PaymentLog } from '@hub/payments';
import { dropDatabase } from '@hub/persistence';
import { httpsCall, readOfficialSpec, TEST_CERTS_DIR, validateAgainstComponent, type HttpsResult } from '@hub/testing';
import { Directory, ensureTrustFramework, type TppApplication } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { createLocalJWKSet, decodeJwt, importPKCS8, jwtVerify, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from './bootstrap';

/**
 * Bank Service Initiation payments through a real hub (HTTPS, client certificates, signed bodies,
 * the payment log on the real database) to a scripted LFI that records what the hub sends it. The
 * tokens are minted in the tenant's authorization server as the authorization code grant of the
 * consent would issue them (certificate-bound, scope payments, the consent's id): the consent
 * journey itself is the e2e suites'.
 */
const TENANT = 'falcon-bank';
const DAY_MS = 24 * 60 * 60 * 1000;
const BANK_INITIATION = 'standards/v2.1-errata2/uae-bank-initiation-openapi.yaml';
const JWE = 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a2V5.aXY.Y2lwaGVy.dGFn';
const aed = (Amount: string) => ({ Amount, Currency: 'AED' });

interface LfiCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

/** An LFI's Ozone Connect whose answer to POST /payments the test chooses; consent events and actions are accepted. */
class ScriptedLfi {
  readonly calls: LfiCall[] = [];
  /** The next answers to POST /payments (default: 201 Pending with a fresh id). */
  readonly paymentAnswers: { status: number; body: object }[] = [];
  private readonly made = new Map<string, Record<string, unknown>>();
  private server?: Server;
  port = 0;

  async start(tls: { certFile: string; keyFile: string }, caFile: string): Promise<void> {
    this.server = createServer({ cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile), ca: readFileSync(caFile), requestCert: true, rejectUnauthorized: true }, (req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => this.answer(req, res, text ? JSON.parse(text) : undefined));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  payments(): LfiCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/payments'));
  }

  private answer(req: IncomingMessage, res: ServerResponse, body: any): void {
    const path = (req.url ?? '').replace(/^\/[^/]+\/ozone-connect/, '');
    this.calls.push({ method: req.method ?? '', path, headers: req.headers, body });
    const send = (status: number, json?: object): void => void res.writeHead(status, json ? { 'content-type': 'application/json' } : {}).end(json ? JSON.stringify(json) : undefined);
    if (path.startsWith('/consent/event/')) return send(204);
    if (path === '/consent/action/validate') return send(200, { data: { status: 'valid' }, meta: {} });
    if (path === '/consent/action/augment') return send(200, {});
    if (req.method === 'POST' && path === '/payments') return this.pay(body, send);
    const read = /^\/payments\/([^/]+)$/.exec(path);
    if (read && this.made.has(read[1])) return send(200, { data: { ...this.made.get(read[1]), status: 'AcceptedSettlementCompleted', paymentTransactionId: 'AANI-1' }, meta: {} });
    if (/^\/payment-consents\/[^/]+\/refund$/.test(path)) {
      return send(200, { data: { consentId: path.split('/')[2], refundAccount: { schemeName: 'IBAN', identification: 'AE070331234567890123456', name: { en: 'Ada Lovelace' } } }, meta: {} });
    }
    send(404, { errorCode: 'GenericError', errorMessage: `no ${path} here` });
  }

  /** Idempotent on the TPP's x-idempotency-key, as the Ozone Connect document asks of the LFI. */
  private pay(body: any, send: (status: number, json?: object) => void): void {
    const key = body?.requestHeaders?.['x-idempotency-key'];
    const earlier = [...this.made.values()].find((p) => p.key === key);
    if (earlier) return send(201, { data: withoutKey(earlier), meta: {} });
    const scripted = this.paymentAnswers.shift();
    if (scripted) return send(scripted.status, scripted.body);
    const id = `pay-${randomUUID().slice(0, 8)}`;
    const payment = {
      id,
      key,
      consentId: body.request.Data.ConsentId,
      status: 'Pending',
      statusUpdateDateTime: new Date().toISOString(),
      creationDateTime: new Date().toISOString(),
      instruction: { Amount: { amount: body.request.Data.Instruction.Amount.Amount, currency: body.request.Data.Instruction.Amount.Currency } },
      paymentPurposeCode: body.request.Data.PaymentPurposeCode,
    };
    this.made.set(id, payment);
    send(201, { data: withoutKey(payment), meta: {} });
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

function withoutKey(payment: Record<string, unknown>): Record<string, unknown> {
  const { key: _key, ...rest } = payment;
  return rest;
}

describe('Bank Service Initiation payments (TPP-facing)', () => {
  let app: INestApplication;
  let base: string;
  let config: SandboxConfig;
  let directory: Directory;
  let consents: ConsentService;
  let paymentLog: PaymentLog;
  let dataDir: string;
  const lfi = new ScriptedLfi();
  const doc = readOfficialSpec(BANK_INITIATION);

  const tpp = (): TppApplication => directory.tppApplications[0];
  const otherTpp = (): TppApplication => directory.tppApplications[2];
  const rs = () => tenantUrls(config, config.tenants.find((t) => t.id === TENANT) as TenantConfig).resourceServerUrl;
  const url = (path: string) => `${base}/${TENANT}/rs/open-finance/payment/v2.1${path}`;
  const selfUrl = (path: string) => `${rs()}/open-finance/payment/v2.1${path}`;

  function tppRecord(app: TppApplication = tpp()): TppRecord {
    return { clientId: app.clientId, tppId: app.organisationId, tppName: app.organisationName, softwareStatementId: app.softwareStatementId, orgId: app.organisationId, decodedSsa: { client_name: app.name, roles: app.roles } };
  }

  /** An Authorized payment consent of the TPP on the debtor account acc-debtor-1. */
  async function authorizedConsent(o: { schedule?: object; permissions?: string[]; baseConsentId?: string; status?: ConsentStatus } = {}): Promise<string> {
    const ConsentId = randomUUID();
    const schedule = o.schedule ?? { MultiPayment: { PeriodicSchedule: { Type: 'VariableOnDemand', PeriodType: 'Day', PeriodStartDate: new Date(Date.now() - DAY_MS).toISOString().slice(0, 10), Controls: { MaximumIndividualAmount: aed('100.00') } } } };
    await consents.create(
      {
        tenantId: TENANT,
        tpp: tppRecord(),
        authorizationDetail: {
          type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
          consent: {
            ConsentId,
            ...(o.baseConsentId ? { BaseConsentId: o.baseConsentId } : {}),
            ExpirationDateTime: new Date(Date.now() + 30 * DAY_MS).toISOString(),
            ControlParameters: { ConsentSchedule: schedule },
            PersonalIdentifiableInformation: JWE,
            PaymentPurposeCode: 'ACM',
            ...(o.permissions ? { Permissions: o.permissions } : {}),
          },
        },
      },
      { actor: 'Hub', interactionId: randomUUID() },
    );
    const lfiApp = directory.lfiApplications.find((a) => a.tenantId === TENANT)!;
    const lfiCaller: ConsentCaller = { actor: 'LFI', interactionId: randomUUID(), orgId: lfiApp.organisationId, clientId: lfiApp.clientId };
    await consents.patch(TENANT, ConsentId, { status: ConsentStatus.Authorized, psuIdentifiers: { userId: 'psu-1' }, accountIds: ['acc-debtor-1'] }, lfiCaller);
    if (o.status) await consents.patch(TENANT, ConsentId, { status: o.status }, lfiCaller);
    return ConsentId;
  }

  /** A certificate-bound access token of the tenant's authorization server, as its grants issue them. */
  async function token(o: { consentId?: string; scope?: string; app?: TppApplication } = {}): Promise<string> {
    const provider = app.get(AuthorizationServers).forTenant(TENANT);
    const owner = o.app ?? tpp();
    const at = new provider.AccessToken({
      clientId: owner.clientId,
      accountId: 'psu-1',
      scope: o.scope ?? 'openid payments',
      expiresIn: 600,
      'x5t#S256': owner.certificateSha256,
      gty: o.consentId ? 'authorization_code' : 'client_credentials',
      // The grant's authorization detail names the consent; the server derives consent_id from it.
      ...(o.consentId ? { rar: [{ consentId: o.consentId }] } : {}),
    } as never);
    return at.save();
  }

  async function sign(message: unknown, app: TppApplication = tpp()): Promise<string> {
    const key = await importPKCS8(readFileSync(app.signingKeyFile, 'utf8'), 'PS256');
    return new SignJWT({ message: message as Record<string, unknown> })
      .setProtectedHeader({ alg: 'PS256', kid: app.signingKid, typ: 'JWT' })
      .setIssuer(app.clientId)
      .setAudience(rs())
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('5m')
      .sign(key);
  }

  const paymentMessage = (consentId: string, amount = '25.00') => ({
    Data: { ConsentId: consentId, Instruction: { Amount: aed(amount) }, PersonalIdentifiableInformation: JWE, PaymentPurposeCode: 'ACM', DebtorReference: 'Invoice 7', OpenFinanceBilling: { Type: 'PushP2P' } },
  });

  async function pay(consentId: string, o: { key?: string | null; amount?: string; message?: unknown; consentIdHeader?: string; bearer?: string; contentType?: string; interactionId?: string } = {}): Promise<HttpsResult> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${o.bearer ?? (await token({ consentId }))}`,
      'content-type': o.contentType ?? 'application/jwt',
      'x-fapi-interaction-id': o.interactionId ?? randomUUID(),
    };
    if (o.key !== null) headers['x-idempotency-key'] = o.key ?? randomUUID().replace(/-/g, '');
    if (o.consentIdHeader) headers['x-consent-id'] = o.consentIdHeader;
    const message = o.message ?? paymentMessage(consentId, o.amount);
    const body = headers['content-type'] === 'application/json' ? JSON.stringify(message) : await sign(message);
    return httpsCall(url('/payments'), { method: 'POST', caFile: directory.caBundleFile, client: tpp(), headers, body });
  }

  async function read(path: string, o: { app?: TppApplication; headers?: Record<string, string> } = {}): Promise<HttpsResult> {
    const owner = o.app ?? tpp();
    return httpsCall(url(path), { caFile: directory.caBundleFile, client: owner, headers: { authorization: `Bearer ${await token({ app: owner })}`, ...o.headers } });
  }

  /** The `message` of a hub-signed body, verified with the tenant's hub keys. */
  async function opened(res: HttpsResult): Promise<any> {
    expect(String(res.headers['content-type'])).toMatch(/^application\/jwt/);
    const hub = directory.hubApplications.find((a) => a.tenantId === TENANT)!;
    const { payload } = await jwtVerify(res.text, createLocalJWKSet(JSON.parse(readFileSync(hub.jwksFile, 'utf8'))), { algorithms: ['PS256'], audience: tpp().clientId });
    return payload.message;
  }

  const errorOf = (res: HttpsResult) => ({ status: res.status, code: res.text ? (decodeJwt(res.text).message as any).Errors[0].Code : undefined });
  /** '' when valid against the document's component. Links name the test hub (localhost, port 0), which ajv's `url` format refuses: they are checked under a public host name. */
  const conformant = (component: string, value: unknown) => {
    const check = validateAgainstComponent(doc, component, JSON.parse(JSON.stringify(value).replace(/https:\/\/localhost(:\d+)?\//g, 'https://hub.sandbox.example/')));
    return check.valid ? '' : check.errors;
  };
  /** The last call the LFI received on a path. */
  const lastCall = (path: RegExp) => lfi.calls.filter((c) => path.test(c.path)).at(-1)!;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hub-payments-'));
    const env = { ...process.env, HUB_PORT: '0', SANDBOX_DATA_DIR: dataDir, SANDBOX_CERTS_DIR: TEST_CERTS_DIR, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', DATABASE_SCHEMA_PREFIX: `pay_${process.pid}_` };
    config = loadConfig(env);
    directory = await ensureTrustFramework({ certsDir: config.certsDir, tenants: config.tenants, tppApplications: config.tppApplications });
    await lfi.start(directory.servers['mock-lfi'], directory.caBundleFile);
    const defaults = JSON.parse(readFileSync(join(config.rootDir, 'config', 'sandbox.json'), 'utf8'));
    const file = join(dataDir, 'test-config.json');
    writeFileSync(file, JSON.stringify({ tenants: defaults.tenants.map((t: { id: string }) => ({ ...t, ozoneConnectUrl: `https://localhost:${lfi.port}/${t.id}/ozone-connect` })) }));
    config = loadConfig({ ...env, SANDBOX_CONFIG: file });
    const hub = await startHub(config);
    app = hub.app;
    base = `https://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
    consents = app.get(ConsentService);
    paymentLog = app.get(PaymentLog);
  });

  afterAll(async () => {
    await app?.close();
    await lfi.close();
    if (config?.database.url) await dropDatabase({ url: config.database.url, sqliteFile: '', schema: `${config.database.schemaPrefix}hub` });
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('POST /payments', () => {
    it('sends the payment to the LFI under the consent and answers 201 with the signed payment, Location and the key', async () => {
      const consentId = await authorizedConsent();
      const key = randomUUID().replace(/-/g, '');
      const interactionId = randomUUID();
      const res = await pay(consentId, { key, consentIdHeader: consentId, interactionId });
      expect(res.status).toBe(201);
      expect(res.headers['x-fapi-interaction-id']).toBe(interactionId);
      const body = await opened(res);
      expect(conformant('AEPaymentIdResponse', body)).toBe('');
      const paymentId = body.Data.PaymentId;
      expect(body.Data).toMatchObject({ ConsentId: consentId, Status: 'Pending', Instruction: { Amount: aed('25.00') }, DebtorReference: 'Invoice 7', OpenFinanceBilling: { Type: 'PushP2P' } });
      expect(body.Links).toEqual({ Self: selfUrl(`/payments/${paymentId}`), Related: selfUrl(`/payment-consents/${consentId}`) });
      expect(res.headers.location).toBe(selfUrl(`/payments/${paymentId}`));
      expect(res.headers['x-idempotency-key']).toBe(key);

      const [sent] = lfi.payments().slice(-1);
      expect(sent.headers).toMatchObject({ 'o3-consent-id': consentId, 'o3-api-uri': '/open-finance/payment/v2.1/payments', 'o3-api-operation': 'POST', 'o3-caller-client-id': tpp().clientId, 'o3-caller-interaction-id': interactionId });
      expect(JSON.parse(Buffer.from(String(sent.headers['o3-psu-identifier']), 'base64').toString())).toEqual({ userId: 'psu-1' });
      expect(sent.body).toMatchObject({ paymentType: 'cbuae-payment', requestUrl: selfUrl('/payments'), request: paymentMessage(consentId), tpp: { clientId: tpp().clientId } });
      expect(sent.body.requestHeaders).toMatchObject({ 'x-idempotency-key': key, 'x-consent-id': consentId });
      expect(sent.body.requestHeaders).not.toHaveProperty('authorization');
      expect(await paymentLog.find(TENANT, paymentId)).toMatchObject({ state: 'Created', consentId, clientId: tpp().clientId, idempotencyKey: key, amount: '25.00', accountId: 'acc-debtor-1' });
    });

    it('answers a retry (same key, the message signed again) with the same payment, sending nothing to the LFI', async () => {
      const consentId = await authorizedConsent();
      const key = randomUUID().replace(/-/g, '');
      const first = await opened(await pay(consentId, { key }));
      const sent = lfi.payments().length;
      const again = await pay(consentId, { key });
      expect(again.status).toBe(201);
      expect((await opened(again)).Data.PaymentId).toBe(first.Data.PaymentId);
      expect(lfi.payments()).toHaveLength(sent);
    });

    it('refuses the key with another message: 409 GenericError, signed, nothing sent', async () => {
      const consentId = await authorizedConsent();
      const key = randomUUID().replace(/-/g, '');
      expect((await pay(consentId, { key })).status).toBe(201);
      const sent = lfi.payments().length;
      const other = await pay(consentId, { key, amount: '26.00' });
      expect(errorOf(other)).toEqual({ status: 409, code: 'GenericError' });
      expect(conformant('AEError409Response', await opened(other))).toBe('');
      expect(lfi.payments()).toHaveLength(sent);
    });

    it('passes the LFI’s refusal on, and answers it again to a retry without asking the LFI again', async () => {
      const consentId = await authorizedConsent();
      const key = randomUUID().replace(/-/g, '');
      lfi.paymentAnswers.push({ status: 400, body: { errorCode: 'Bank.InsufficientFunds', errorMessage: 'Not enough funds on the account' } });
      const refused = await pay(consentId, { key });
      expect(errorOf(refused)).toEqual({ status: 400, code: 'Bank.InsufficientFunds' });
      const sent = lfi.payments().length;
      expect(errorOf(await pay(consentId, { key }))).toEqual({ status: 400, code: 'Bank.InsufficientFunds' });
      expect(lfi.payments()).toHaveLength(sent);
    });

    it('answers 500 GenericRecoverableError when the LFI fails, and makes the payment on a retry with the key', async () => {
      const consentId = await authorizedConsent();
      const key = randomUUID().replace(/-/g, '');
      lfi.paymentAnswers.push({ status: 503, body: { errorCode: 'Unavailable', errorMessage: 'core banking down' } });
      const failed = await pay(consentId, { key });
      expect(errorOf(failed)).toEqual({ status: 500, code: 'GenericRecoverableError' });
      expect(failed.text).not.toContain('core banking');
      const retried = await pay(consentId, { key });
      expect(retried.status).toBe(201);
      expect(await paymentLog.listForConsent(TENANT, consentId)).toHaveLength(1);
    });

    it('refuses what the consent does not allow before the LFI hears of it', async () => {
      const consentId = await authorizedConsent();
      const sent = lfi.payments().length;
      expect(errorOf(await pay(consentId, { amount: '100.01' }))).toEqual({ status: 400, code: 'Consent.FailsControlParameters' });
      expect(lfi.payments()).toHaveLength(sent);
    });

    it.each([
      ['no x-idempotency-key', { key: null }, 400, 'Resource.InvalidFormat'],
      ['an x-idempotency-key of 41 characters', { key: 'k'.repeat(41) }, 400, 'Resource.InvalidFormat'],
      ['an x-consent-id of another consent', { consentIdHeader: randomUUID() }, 400, 'Consent.Invalid'],
      ['a JSON body', { contentType: 'application/json' }, 415, undefined],
    ])('refuses %s: %i %s', async (_name, o, status, code) => {
      const consentId = await authorizedConsent();
      expect(errorOf(await pay(consentId, o as never))).toEqual({ status, code });
    });

    it('refuses a message for another consent than the token’s: 400 Consent.Invalid', async () => {
      const [a, b] = [await authorizedConsent(), await authorizedConsent()];
      expect(errorOf(await pay(a, { bearer: await token({ consentId: b }) }))).toEqual({ status: 400, code: 'Consent.Invalid' });
    });

    it('refuses a message the document does not allow: 400 Body.InvalidFormat', async () => {
      const consentId = await authorizedConsent();
      const message = paymentMessage(consentId);
      expect(errorOf(await pay(consentId, { message: { Data: { ...message.Data, Tip: '1.00' } } }))).toEqual({ status: 400, code: 'Body.InvalidFormat' });
    });

    it('refuses a client-credentials token (no consent): 403 AccessToken.InvalidScope', async () => {
      const consentId = await authorizedConsent();
      expect(errorOf(await pay(consentId, { bearer: await token() }))).toEqual({ status: 403, code: 'AccessToken.InvalidScope' });
    });

    it('refuses the token of a consent that ended: 401 without body; a suspended one 403', async () => {
      const revoked = await authorizedConsent({ status: ConsentStatus.Revoked });
      const revokedRes = await pay(revoked);
      expect(revokedRes.status).toBe(401);
      expect(revokedRes.text).toBe('');
      expect(errorOf(await pay(await authorizedConsent({ status: ConsentStatus.Suspended })))).toEqual({ status: 403, code: 'Consent.TransientAccountAccessFailure' });
    });
  });

  describe('GET /payments and /payments/{PaymentId}', () => {
    it('finds the payment an idempotency key made (AEIdempotencyKeyQuery); an unknown key is 404', async () => {
      const consentId = await authorizedConsent();
      const key = randomUUID().replace(/-/g, '');
      const paymentId = (await opened(await pay(consentId, { key }))).Data.PaymentId;
      const found = await read('/payments', { headers: { 'x-idempotency-key': key } });
      expect(found.status).toBe(200);
      const body = await opened(found);
      expect(body).toEqual({ Data: {}, Links: { Self: selfUrl(`/payments/${paymentId}`) } });
      expect(conformant('AEIdempotencyKeyQuery', body)).toBe('');
      expect((await read('/payments', { headers: { 'x-idempotency-key': 'unknown-key' } })).status).toBe(404);
      expect((await read('/payments', { headers: { 'x-idempotency-key': key }, app: otherTpp() })).status).toBe(404);
    });

    it('reads the payment as the LFI has it now, under its consent; another TPP gets 404', async () => {
      const consentId = await authorizedConsent();
      const paymentId = (await opened(await pay(consentId))).Data.PaymentId;
      const res = await read(`/payments/${paymentId}`);
      expect(res.status).toBe(200);
      const body = await opened(res);
      expect(conformant('AEPaymentIdResponse', body)).toBe('');
      expect(body.Data).toMatchObject({ PaymentId: paymentId, Status: 'AcceptedSettlementCompleted', PaymentTransactionId: 'AANI-1' });
      expect(lastCall(/^\/payments\/pay-/).headers).toMatchObject({ 'o3-consent-id': consentId, 'o3-api-uri': '/open-finance/payment/v2.1/payments/{PaymentId}', 'o3-api-operation': 'GET' });
      expect((await read(`/payments/${paymentId}`, { app: otherTpp() })).status).toBe(404);
      expect((await read('/payments/pay-unknown')).status).toBe(404);
    });
  });

  describe('payment consents', () => {
    it('shows what the payments consumed and links them (GET /payment-consents/{ConsentId})', async () => {
      const consentId = await authorizedConsent();
      const ids = [(await opened(await pay(consentId, { amount: '10.00' }))).Data.PaymentId, (await opened(await pay(consentId, { amount: '15.50' }))).Data.PaymentId];
      const resource = await opened(await read(`/payment-consents/${consentId}`));
      expect(resource.Data.PaymentConsumption).toMatchObject({ CumulativeNumberOfPayments: 2, CumulativeValueOfPayments: aed('25.50') });
      expect(resource.Links.Related).toEqual(ids.map((id) => selfUrl(`/payments/${id}`)));
      expect(conformant('AEBankServiceInitiationConsentStatusV21.AEBankServiceInitiationConsentProperties', resource)).toBe('');
    });

    it('lists the consents of a baseConsentId (signed array); no baseConsentId is 400, an unknown one 404', async () => {
      const root = await authorizedConsent();
      const renewal = await authorizedConsent({ baseConsentId: root });
      const res = await read(`/payment-consents?baseConsentId=${root}`);
      expect(res.status).toBe(200);
      const list = await opened(res);
      expect(list.map((c: any) => c.Data.ConsentId).sort()).toEqual([root, renewal].sort());
      expect(errorOf(await read('/payment-consents'))).toEqual({ status: 400, code: 'Resource.InvalidFormat' });
      expect((await read(`/payment-consents?baseConsentId=${randomUUID()}`)).status).toBe(404);
    });

    it('gives the refund account when the consent has ReadRefundAccount, else 403', async () => {
      const withPermission = await authorizedConsent({ permissions: ['ReadRefundAccount'] });
      const res = await read(`/payment-consents/${withPermission}/refund`);
      expect(res.status).toBe(200);
      const body = await opened(res);
      expect(conformant('AEPaymentConsentRefundResponse', body)).toBe('');
      expect(body.Data).toEqual({ ConsentId: withPermission, RefundAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: { en: 'Ada Lovelace' } } });
      expect(lastCall(/\/refund$/).headers).toMatchObject({ 'o3-consent-id': withPermission, 'o3-api-uri': '/open-finance/payment/v2.1/payment-consents/{ConsentId}/refund', 'o3-api-operation': 'GET' });
      expect(errorOf(await read(`/payment-consents/${await authorizedConsent()}/refund`))).toEqual({ status: 403, code: 'AccessToken.InvalidScope' });
    });
  });
  describe('review: replays, zero amounts and other TPPs', () => {
    const single = { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed('25.00') } };

    it('answers the retry of the payment that used a single payment consent up with that payment, and nothing else', async () => {
      const consentId = await authorizedConsent({ schedule: single });
      const key = randomUUID().replace(/-/g, '');
      const first = await opened(await pay(consentId, { key }));
      expect((await consents.get(TENANT, consentId)).status).toBe(ConsentStatus.Consumed);
      const sent = lfi.payments().length;
      const again = await pay(consentId, { key });
      expect(again.status).toBe(201);
      expect((await opened(again)).Data.PaymentId).toBe(first.Data.PaymentId);
      // Another key, or the key with another message, meets the Consumed consent: 401 without body.
      const otherKey = await pay(consentId);
      expect([otherKey.status, otherKey.text]).toEqual([401, '']);
      expect((await pay(consentId, { key, amount: '24.00' })).status).toBe(401);
      expect(lfi.payments()).toHaveLength(sent);
    });

    it('refuses a payment of 0.00 (400 Body.InvalidFormat) before the payment log or the LFI hear of it', async () => {
      const consentId = await authorizedConsent();
      const sent = lfi.payments().length;
      expect(errorOf(await pay(consentId, { amount: '0.00' }))).toEqual({ status: 400, code: 'Body.InvalidFormat' });
      expect(errorOf(await pay(consentId, { amount: '000.00' }))).toEqual({ status: 400, code: 'Body.InvalidFormat' });
      expect(lfi.payments()).toHaveLength(sent);
      expect(await paymentLog.listForConsent(TENANT, consentId)).toEqual([]);
    });

    it('refuses a token of the consent without the payments scope (403 AccessToken.InvalidScope)', async () => {
      const consentId = await authorizedConsent();
      expect(errorOf(await pay(consentId, { bearer: await token({ consentId, scope: 'openid accounts' }) }))).toEqual({ status: 403, code: 'AccessToken.InvalidScope' });
    });

    it('refuses the authorization-code token of a data-sharing consent (403 AccessToken.InvalidScope), nothing sent', async () => {
      const ConsentId = randomUUID();
      const rar = { type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { ConsentId, Permissions: ['ReadAccountsBasic'], ExpirationDateTime: new Date(Date.now() + DAY_MS).toISOString(), OpenFinanceBilling: { UserType: 'Retail', Purpose: 'AccountAggregation' } } };
      await consents.create({ tenantId: TENANT, tpp: tppRecord(), authorizationDetail: rar }, { actor: 'Hub', interactionId: randomUUID() });
      const sent = lfi.payments().length;
      const res = await pay(ConsentId, { bearer: await token({ consentId: ConsentId }) });
      expect(errorOf(res)).toEqual({ status: 403, code: 'AccessToken.InvalidScope' });
      expect(lfi.payments()).toHaveLength(sent);
    });

    it('keeps x-idempotency-keys per TPP: another TPP with the same key finds nothing of the first TPP’s payment', async () => {
      const consentId = await authorizedConsent();
      const key = randomUUID().replace(/-/g, '');
      const paymentId = (await opened(await pay(consentId, { key }))).Data.PaymentId;
      expect((await read('/payments', { headers: { 'x-idempotency-key': key }, app: otherTpp() })).status).toBe(404);
      expect(await paymentLog.findByIdempotencyKey(TENANT, otherTpp().clientId, 'cbuae-payment', key)).toBeUndefined();
      expect(await paymentLog.find(TENANT, paymentId, otherTpp().clientId)).toBeUndefined();
    });

    it('does not give another TPP the refund account of a consent (404, nothing asked of the LFI)', async () => {
      const consentId = await authorizedConsent({ permissions: ['ReadRefundAccount'] });
      // Only refund calls count: the consent's own Ozone Connect events arrive at their own pace.
      const refundCalls = () => lfi.calls.filter((c) => c.path.endsWith(`/payment-consents/${consentId}/refund`)).length;
      const res = await read(`/payment-consents/${consentId}/refund`, { app: otherTpp() });
      expect([res.status, res.text]).toEqual([404, '']);
      expect(refundCalls()).toBe(0);
    });
  });
});
