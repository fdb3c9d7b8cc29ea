import { ConsentService, ConsentStatus, type ConsentCaller } from '@hub/consent';
import { loadConfig, SandboxConfig } from '@hub/kernel';
import type { TppRecord } from '@hub/ozone-connect';
import { PaymentLog, type PaymentChanged, type PaymentLogEntry } from '@hub/payments';
import { dropDatabase } from '@hub/persistence';
import { ClientCredentials, httpsCall, LfiReceiver, readOfficialSpec, startLfiReceiver, TEST_CERTS_DIR, validateAgainstComponent } from '@hub/testing';
import { Directory, ensureTrustFramework } from '@hub/trust-framework';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { startHub } from './bootstrap';

/**
 * The Consent Manager's payment log (api-hub v2.1.x, tag `payments`) on a real hub (HTTPS, client
 * certificates, real database), in-process so the test can make payments through the payment log
 * as the gateway does (begin, then the LFI's 201), and read the outbox the webhook worker reads.
 */
const TENANT = 'falcon-bank';
const TOPIC = 'tpp.payment-changed';
const DAY_MS = 24 * 60 * 60 * 1000;
const aed = (Amount: string) => ({ Amount, Currency: 'AED' });
const REJECTED = [{ code: 'AANI.AM04', message: 'Payment request cannot be executed as insufficient funds at debtor account.' }];

describe('Consent Manager payment log (LFI-facing)', () => {
  let app: INestApplication;
  let base: string;
  let config: SandboxConfig;
  let directory: Directory;
  let consents: ConsentService;
  let payments: PaymentLog;
  let ds: DataSource;
  let dataDir: string;
  let lfiReceiver: LfiReceiver;
  let doc: any;

  const lfi = (tenantId: string) => directory.lfiApplications.find((a) => a.tenantId === tenantId)!;
  const tppApp = () => directory.tppApplications[0];
  /** `{method} /{tenant}/cm{path}`, as the tenant's LFI unless another client is given. */
  const call = (method: string, path: string, body?: unknown, tenantId = TENANT, client: ClientCredentials = lfi(tenantId)) =>
    httpsCall(`${base}/${tenantId}/cm${path}`, {
      method,
      caFile: directory.caBundleFile,
      client,
      headers: body !== undefined ? { 'content-type': 'application/json' } : undefined,
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  const patch = (paymentId: string, body: unknown, tenantId = TENANT, client?: ClientCredentials) => call('PATCH', `/payment-log/${paymentId}`, body, tenantId, client);
  const list = (consentId: string, tenantId = TENANT, client?: ClientCredentials) => call('GET', `/payment-log?consentId=${encodeURIComponent(consentId)}`, undefined, tenantId, client);

  function tppRecord(): TppRecord {
    const t = tppApp();
    return { clientId: t.clientId, tppId: t.organisationId, tppName: t.organisationName, softwareStatementId: t.softwareStatementId, orgId: t.organisationId, decodedSsa: { client_name: t.name, roles: t.roles, redirect_uris: t.redirectUris } };
  }

  /** An authorized variable on-demand (VRP) consent of the test TPP, roomy enough for every payment a test makes. */
  async function authorizedConsent(tenantId = TENANT): Promise<string> {
    const ConsentId = randomUUID();
    const now = Date.now();
    await consents.create(
      {
        tenantId,
        tpp: tppRecord(),
        authorizationDetail: {
          type: 'urn:openfinanceuae:service-initiation-consent:v2.1',
          consent: {
            ConsentId,
            ExpirationDateTime: new Date(now + 30 * DAY_MS).toISOString(),
            ControlParameters: {
              IsDelegatedAuthentication: false,
              ConsentSchedule: {
                MultiPayment: {
                  MaximumCumulativeValueOfPayments: aed('100000.00'),
                  MaximumCumulativeNumberOfPayments: 100,
                  PeriodicSchedule: {
                    Type: 'VariableOnDemand',
                    PeriodType: 'Year',
                    PeriodStartDate: new Date(now - 2 * DAY_MS).toISOString().slice(0, 10),
                    Controls: { MaximumIndividualAmount: aed('1000.00'), MaximumCumulativeValueOfPaymentsPerPeriod: aed('100000.00'), MaximumCumulativeNumberOfPaymentsPerPeriod: 100 },
                  },
                },
              },
            },
            PaymentPurposeCode: 'ACM',
          },
          subscription: { Webhook: { Url: 'https://tpp.example/hook', IsActive: true } },
        },
      },
      { actor: 'Hub', interactionId: randomUUID() },
    );
    const lfiCaller: ConsentCaller = { actor: 'LFI', interactionId: randomUUID(), orgId: lfi(tenantId).organisationId, clientId: lfi(tenantId).clientId };
    await consents.patch(tenantId, ConsentId, { status: ConsentStatus.Authorized, psuIdentifiers: { userId: 'psu-1' }, accountIds: ['acc-debtor-1'] }, lfiCaller);
    return ConsentId;
  }

  /** A payment made on the consent as the gateway makes it: reserved in the log, then created by the LFI (Pending). */
  async function pay(consentId: string, amount = '10.00', tenantId = TENANT): Promise<PaymentLogEntry & { paymentId: string }> {
    const t = tppApp();
    const request = { Data: { ConsentId: consentId, Instruction: { Amount: aed(amount) }, PaymentPurposeCode: 'ACM' } };
    const begun = await payments.begin({
      tenantId,
      consentId,
      paymentType: 'cbuae-payment',
      clientId: t.clientId,
      organisationId: t.organisationId,
      softwareStatementId: t.softwareStatementId,
      idempotencyKey: randomUUID(),
      requestHash: randomUUID(),
      amount,
      currency: 'AED',
      request,
      interactionId: randomUUID(),
    });
    expect(begun.kind).toBe('reserved');
    const paymentId = `pay-${randomUUID()}`;
    const created = await payments.created(tenantId, begun.entry.reservationId, { paymentId, status: 'Pending', data: { id: paymentId, consentId, status: 'Pending', creationDateTime: new Date().toISOString() } });
    return created as PaymentLogEntry & { paymentId: string };
  }

  const stored = async (paymentId: string, tenantId = TENANT) => (await payments.find(tenantId, paymentId))!;
  /** The payment's outbox messages, in order: what the webhook worker turns into the TPP's webhooks. */
  const messagesOf = async (paymentId: string, tenantId = TENANT) =>
    (await ds.getRepository('ConsentOutboxEntity').find({ where: { tenantId, consentId: paymentId, topic: TOPIC }, order: { auditSeq: 'ASC' } })).map((m) => m.payload as PaymentChanged);

  /** Every tenant's Ozone Connect is the test LFI, which finds every payment consent valid. */
  function writeTestConfig(port: number): string {
    const defaults = JSON.parse(readFileSync(join(config.rootDir, 'config', 'sandbox.json'), 'utf8'));
    const tenants = defaults.tenants.map((t: { id: string }) => ({ ...t, ozoneConnectUrl: `https://localhost:${port}/${t.id}/ozone-connect` }));
    const file = join(dataDir, 'test-config.json');
    writeFileSync(file, JSON.stringify({ tenants }));
    return file;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cm-payment-log-'));
    const env = { ...process.env, HUB_PORT: '0', SANDBOX_DATA_DIR: dataDir, SANDBOX_CERTS_DIR: TEST_CERTS_DIR, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', DATABASE_SCHEMA_PREFIX: `cmpl_${process.pid}_` };
    config = loadConfig(env);
    directory = await ensureTrustFramework({ certsDir: config.certsDir, tenants: config.tenants, tppApplications: config.tppApplications });
    lfiReceiver = await startLfiReceiver({ ...directory.servers['mock-lfi'], caFile: directory.caBundleFile });
    config = loadConfig({ ...env, SANDBOX_CONFIG: writeTestConfig(lfiReceiver.port) });
    const hub = await startHub(config);
    app = hub.app;
    base = `https://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
    consents = app.get(ConsentService);
    payments = app.get(PaymentLog);
    ds = app.get<DataSource>(getDataSourceToken());
    doc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');
  });

  afterAll(async () => {
    await app?.close();
    await lfiReceiver?.close();
    if (config?.database.url) await dropDatabase({ url: config.database.url, sqliteFile: '', schema: `${config.database.schemaPrefix}hub` });
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('PATCH /{tenant}/cm/payment-log/{id}', () => {
    it('records a status change with the rails’ id: 204 without a body, and exactly one outbox message for the TPP’s webhook', async () => {
      const payment = await pay(await authorizedConsent());
      expect(await messagesOf(payment.paymentId)).toHaveLength(1); // Resource.Created
      const res = await patch(payment.paymentId, { 'paymentResponse.status': 'AcceptedSettlementCompleted', 'paymentResponse.paymentTransactionId': 'AANI-0001' });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(await stored(payment.paymentId)).toMatchObject({ status: 'AcceptedSettlementCompleted', paymentTransactionId: 'AANI-0001', version: payment.version + 1 });
      const messages = await messagesOf(payment.paymentId);
      expect(messages.map((m) => [m.eventType, m.entry.status])).toEqual([
        ['Resource.Created', 'Pending'],
        ['Resource.Updated', 'AcceptedSettlementCompleted'],
      ]);
      expect(messages[1]).toMatchObject({ previousStatus: 'Pending', data: { PaymentId: payment.paymentId, Status: 'AcceptedSettlementCompleted' } });
    });

    it('takes a rejection with its reasons, and the nested form of the body', async () => {
      const consentId = await authorizedConsent();
      const dotted = await pay(consentId);
      expect((await patch(dotted.paymentId, { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': REJECTED })).status).toBe(204);
      expect(await stored(dotted.paymentId)).toMatchObject({ status: 'Rejected', rejectReasonCode: REJECTED });
      const nested = await pay(consentId);
      expect((await patch(nested.paymentId, { paymentResponse: { status: 'AcceptedWithoutPosting', paymentTransactionId: 'AANI-0002' } })).status).toBe(204);
      expect(await stored(nested.paymentId)).toMatchObject({ status: 'AcceptedWithoutPosting', paymentTransactionId: 'AANI-0002' });
      expect(await messagesOf(nested.paymentId)).toHaveLength(2);
    });

    it('accepts the current status again as done (an LFI retrying): 204, nothing changes, no second event', async () => {
      const payment = await pay(await authorizedConsent());
      expect((await patch(payment.paymentId, { 'paymentResponse.status': 'AcceptedSettlementCompleted' })).status).toBe(204);
      const before = await stored(payment.paymentId);
      expect((await patch(payment.paymentId, { 'paymentResponse.status': 'AcceptedSettlementCompleted' })).status).toBe(204);
      expect(await stored(payment.paymentId)).toEqual(before);
      expect(await messagesOf(payment.paymentId)).toHaveLength(2);
    });

    it.each([
      ['AcceptedCreditSettlementCompleted', 'Rejected'],
      ['Rejected', 'AcceptedCreditSettlementCompleted'],
      ['Rejected', 'Pending'],
    ])('keeps a final status: %s then %s is 400 {errorCode, errorMessage}, changing nothing, no event', async (final, next) => {
      const payment = await pay(await authorizedConsent());
      expect((await patch(payment.paymentId, { 'paymentResponse.status': final })).status).toBe(204);
      const before = await stored(payment.paymentId);
      const res = await patch(payment.paymentId, { 'paymentResponse.status': next });
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ errorCode: expect.any(String), errorMessage: expect.stringContaining(final) });
      expect(validateAgainstComponent(doc, 'error400Response', res.json()).errors).toBe('No errors');
      expect(await stored(payment.paymentId)).toEqual(before);
      expect(await messagesOf(payment.paymentId)).toHaveLength(2);
    });

    it.each([
      ['no status', { 'paymentResponse.paymentTransactionId': 'x' }, /paymentResponse\.status is required/],
      ['an unknown status', { 'paymentResponse.status': 'Settled' }, /paymentResponse\.status must be one of/],
      ['a member the document does not have', { 'paymentResponse.status': 'Pending', status: 'Pending' }, /status should not exist/],
      ['the TPP’s upper-case reject reasons', { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': [{ Code: 'AANI.AM04', Message: 'x' }] }, /rejectReasonCode\.0\.code is required/],
      ['a transaction id over 40 characters', { 'paymentResponse.status': 'Pending', 'paymentResponse.paymentTransactionId': 'x'.repeat(41) }, /paymentTransactionId must be 1 to 40 characters/],
      ['both forms at once', { 'paymentResponse.status': 'Rejected', paymentResponse: { status: 'Rejected' } }, /not both/],
    ])('refuses %s with 400 in the document’s error shape, changing nothing', async (_, body, message) => {
      const payment = await pay(await authorizedConsent());
      const res = await patch(payment.paymentId, body);
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ errorCode: expect.any(String), errorMessage: expect.stringMatching(message) });
      expect(validateAgainstComponent(doc, 'error400Response', res.json()).errors).toBe('No errors');
      expect((await stored(payment.paymentId)).version).toBe(payment.version);
      expect(await messagesOf(payment.paymentId)).toHaveLength(1);
    });

    it('answers 404 {errorCode: Resource.NotFound} for an unknown payment', async () => {
      const res = await patch(`pay-${randomUUID()}`, { 'paymentResponse.status': 'Rejected' });
      expect(res.status).toBe(404);
      expect(res.json()).toEqual({ errorCode: 'Resource.NotFound', errorMessage: expect.any(String) });
    });

    it("keeps tenants apart: another LFI's certificate is refused, and on its own Consent Manager the payment is unknown", async () => {
      const payment = await pay(await authorizedConsent());
      expect((await patch(payment.paymentId, { 'paymentResponse.status': 'Rejected' }, TENANT, lfi('oasis-bank'))).status).toBe(403);
      expect((await patch(payment.paymentId, { 'paymentResponse.status': 'Rejected' }, 'oasis-bank')).status).toBe(404);
      expect((await stored(payment.paymentId)).status).toBe('Pending');
      expect(await messagesOf(payment.paymentId)).toHaveLength(1);
    });

    it('refuses a TPP certificate', async () => {
      const payment = await pay(await authorizedConsent());
      expect((await patch(payment.paymentId, { 'paymentResponse.status': 'Rejected' }, TENANT, tppApp())).status).toBe(403);
      expect((await stored(payment.paymentId)).status).toBe('Pending');
    });

    it('answers on the release-tagged path of the official collections too', async () => {
      const payment = await pay(await authorizedConsent());
      const res = await httpsCall(`${base}/${TENANT}/cm/v2025.32/payment-log/${payment.paymentId}`, {
        method: 'PATCH',
        caFile: directory.caBundleFile,
        client: lfi(TENANT),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ 'paymentResponse.status': 'AcceptedCreditSettlementCompleted' }),
      });
      expect(res.status).toBe(204);
      expect((await stored(payment.paymentId)).status).toBe('AcceptedCreditSettlementCompleted');
    });
  });

  describe('GET /{tenant}/cm/payment-log?consentId=', () => {
    it('lists the payments of the consent, each as the document’s record, and none of another consent', async () => {
      const consentId = await authorizedConsent();
      const first = await pay(consentId, '10.00');
      const second = await pay(consentId, '20.00');
      await pay(await authorizedConsent(), '30.00');
      expect((await patch(second.paymentId, { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': REJECTED })).status).toBe(204);

      const res = await list(consentId);
      expect(res.status).toBe(200);
      const body = res.json();
      expect(body.meta).toEqual({});
      expect(body.data.map((r: { paymentId: string }) => r.paymentId).sort()).toEqual([first.paymentId, second.paymentId].sort());
      const rejected = body.data.find((r: { paymentId: string }) => r.paymentId === second.paymentId);
      expect(rejected).toMatchObject({
        consentId,
        paymentType: 'cbuae-payment',
        idempotencyKey: second.idempotencyKey,
        paymentResponse: { id: second.paymentId, status: 'Rejected', rejectReasonCode: REJECTED },
        tpp: { clientId: tppApp().clientId },
        accountId: 'acc-debtor-1',
        psuIdentifiers: { userId: 'psu-1' },
        requestBody: { Data: { ConsentId: consentId, Instruction: { Amount: aed('20.00') } } },
      });

      const withResponse = structuredClone(doc);
      withResponse.components.schemas.TestPaymentLog = withResponse.paths['/payment-log'].get.responses['200'].content['application/json'].schema;
      expect(validateAgainstComponent(withResponse, 'TestPaymentLog', body).errors).toBe('No errors');
    });

    it('answers an empty list for a consent without payments, an unknown consent and another LFI’s consent', async () => {
      const consentId = await authorizedConsent();
      expect((await list(consentId)).json()).toEqual({ data: [], meta: {} });
      expect((await list(randomUUID())).json()).toEqual({ data: [], meta: {} });
      await pay(consentId);
      const res = await list(consentId, 'oasis-bank');
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({ data: [], meta: {} });
    });

    it('refuses a request without consentId (400) and any certificate but the tenant’s LFI (403)', async () => {
      const res = await call('GET', '/payment-log');
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ errorCode: expect.any(String), errorMessage: expect.stringMatching(/consentId is required/) });
      const consentId = await authorizedConsent();
      expect((await list(consentId, TENANT, tppApp())).status).toBe(403);
      expect((await list(consentId, TENANT, lfi('oasis-bank'))).status).toBe(403);
    });
  });

  it('publishes both operations in the Consent Manager’s OpenAPI document', async () => {
    const res = await httpsCall(`${base}/docs/consent-manager/json`, { caFile: directory.caBundleFile });
    expect(res.status).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { requestBody?: unknown }>>;
    expect(Object.keys(paths['/{tenant}/cm/payment-log'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/{tenant}/cm/payment-log/{id}'] ?? {})).toEqual(['patch']);
    expect(JSON.stringify(paths['/{tenant}/cm/payment-log/{id}'].patch.requestBody)).toContain('PaymentRecordPatchDto');
    const body = res.json().components.schemas.PaymentRecordPatchDto;
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['paymentResponse.status', 'paymentResponse.paymentTransactionId', 'paymentResponse.rejectReasonCode', 'paymentResponse.OpenFinanceBilling', 'paymentResponse']));
    expect(body.required).toEqual(['paymentResponse.status']);
  });
});
