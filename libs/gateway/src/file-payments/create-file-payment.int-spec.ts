import { ConsentOutbox, consentPersistence, ConsentRevocationHooks, ConsentService, ConsentStatus } from '@hub/consent';
import { ConsentOutboxPaymentChanges, ConsentServicePaymentConsents } from '@hub/consent-manager';
import { ApiError, Clock, SystemClock } from '@hub/kernel';
import { PaymentLog, paymentsPersistence } from '@hub/payments';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { testDatabases } from '@hub/testing';
import type { TppCaller } from '@hub/trust-framework';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { PaymentLfi } from '../payments/payment-lfi';
import { CreateFilePayment } from './create-file-payment';
import { FilePaymentReads } from './file-payment-reads';
import { filePaymentsPersistence } from './file-payments-persistence';
import { PaymentFileUploadEntity } from './payment-file-upload.entity';
import { PaymentFileUploads } from './payment-file-uploads';
import { payrollTerms } from './testing/file-payment-consent';
import { LFI_TENANT, reply, startLfiDouble, type LfiDouble } from './testing/lfi-double';

const LFI_PAYMENT = { id: 'fp-0001', consentId: '', status: 'Received', statusUpdateDateTime: '2026-05-01T08:00:00+04:00', creationDateTime: '2026-05-01T08:00:00+04:00', paymentPurposeCode: 'SAL' };

let lfi: LfiDouble;
beforeAll(async () => {
  lfi = await startLfiDouble();
});
afterAll(() => lfi?.close());

/**
 * CreateFilePayment on the real payment log and consent store (SQLite, and PostgreSQL with
 * DATABASE_URL / TEST_POSTGRES_URL) and an LFI over mTLS: what the LFI is asked, what the log
 * records, the key's idempotency and the refusals before anything reaches the LFI.
 */
describe.each(testDatabases('file-payment'))('creating a file payment on $engine', ({ settings }) => {
  let ds: DataSource;
  let consents: ConsentService;
  let uploads: PaymentFileUploads;
  let log: PaymentLog;
  let create: CreateFilePayment;
  let reads: FilePaymentReads;
  const tpp = { clientId: `client-${randomUUID()}`, tppId: 'tpp-1', tppName: 'Payroll Fintech', softwareStatementId: 'ss-1', orgId: randomUUID(), decodedSsa: {} };
  const caller: TppCaller = { kind: 'tpp', clientId: tpp.clientId, organisationId: tpp.orgId, softwareStatementId: tpp.softwareStatementId, certificateSha256: 'x', organisationName: 'Payroll Fintech', roles: ['BSIP'] };

  beforeAll(async () => {
    ds = await openDatabase(settings, {
      entities: [...consentPersistence.entities, ...paymentsPersistence.entities, ...filePaymentsPersistence.entities],
      migrations: [...consentPersistence.migrations, ...paymentsPersistence.migrations, ...filePaymentsPersistence.migrations],
      migrationsTableName: 'file_payment_test_migrations',
    });
    const clock: Clock = new SystemClock();
    const outbox = new ConsentOutbox(ds, clock);
    consents = new ConsentService(ds, clock, outbox, new ConsentRevocationHooks());
    log = new PaymentLog(new ConsentOutboxPaymentChanges(outbox), new ConsentServicePaymentConsents(consents), clock);
    uploads = new PaymentFileUploads(ds.getRepository(PaymentFileUploadEntity), clock);
    create = new CreateFilePayment(consents, uploads, log, new PaymentLfi(lfi.clients));
    reads = new FilePaymentReads(log, lfi.clients);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  /** Keys are the TPP's across its consents: each test takes its own. */
  let run: string;
  const key = (n = 1) => `${run}-${n}`;

  beforeEach(() => {
    run = randomUUID().slice(0, 8);
    lfi.received.length = 0;
    lfi.answer((res, call) => reply(201, { data: { ...LFI_PAYMENT, id: `fp-${randomUUID()}`, consentId: JSON.parse(call.body.toString('utf8')).request.Data.ConsentId }, meta: {} })(res));
  });

  /** A file payment consent of the TPP, authorised, its file uploaded unless told otherwise. */
  async function fileConsent(o: { uploaded?: boolean; schedule?: Record<string, unknown> } = {}): Promise<string> {
    const id = randomUUID();
    const consent = {
      ConsentId: id,
      ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(),
      ControlParameters: { ConsentSchedule: o.schedule ?? { FilePayment: payrollTerms() } },
      PersonalIdentifiableInformation: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.k.iv.ct.tag',
      PaymentPurposeCode: 'SAL',
    };
    await consents.create(
      { tenantId: LFI_TENANT.id, authorizationDetail: { type: 'urn:openfinanceuae:service-initiation-consent:v2.1', consent }, tpp, parId: `urn:par:${id}`, interactionId: randomUUID(), requestUrl: 'https://hub/par', requestHeaders: {} },
      { actor: 'TPP', interactionId: randomUUID() },
    );
    await consents.patch(LFI_TENANT.id, id, { status: ConsentStatus.Authorized, psuIdentifiers: { userId: 'psu-9' }, accountIds: ['acc-9'], authorizationChannel: 'Web' }, { actor: 'LFI', interactionId: randomUUID() });
    if (o.uploaded !== false) {
      await uploads.begin({ tenantId: LFI_TENANT.id, consentId: id, clientId: tpp.clientId, idempotencyKey: 'upload-1', fileHash: payrollTerms().FileHash, mediaType: 'text/csv', size: 160 });
      await uploads.uploaded(LFI_TENANT.id, id);
    }
    return id;
  }

  const message = (consentId: string, data: Record<string, unknown> = {}) => ({ Data: { ConsentId: consentId, PaymentPurposeCode: 'SAL', ...data } });
  const request = (key: string) => ({ headers: { authorization: 'Bearer secret', 'x-idempotency-key': key, 'content-type': 'application/jwt', host: 'hub' } }) as unknown as Request;
  /** As the controller does: the token's consent first, then the signed body's message. */
  const pay = async (o: { consentId: string; key?: string; tokenConsentId?: string | null; msg?: object }) => {
    const access = { clientId: tpp.clientId, scopes: ['payments'], consentId: o.tokenConsentId === null ? undefined : (o.tokenConsentId ?? o.consentId) };
    const consent = await create.tokenConsent(LFI_TENANT, access);
    return create.execute({
      tenant: LFI_TENANT,
      req: request(o.key ?? key()),
      caller,
      access,
      consent,
      idempotencyKey: o.key ?? key(),
      message: o.msg ?? message(o.consentId),
      requestUrl: 'https://hub/alpha-bank/rs/open-finance/payment/v2.1/file-payments',
    });
  };
  const outcome = (p: Promise<unknown>) => p.then(() => 'created', (e: ApiError) => `${e.status} ${e.code}`);

  it('asks the LFI to pay the file with the TPP\'s message as signed, and records it for the ControlSum', async () => {
    const id = await fileConsent();
    const entry = await pay({ consentId: id });
    expect(lfi.received).toHaveLength(1);
    const call = lfi.received[0];
    expect(call).toMatchObject({ method: 'POST', url: `/${LFI_TENANT.id}/ozone-connect/payments` });
    expect(call.headers).toMatchObject({ 'o3-consent-id': id, 'o3-api-uri': '/open-finance/payment/v2.1/file-payments', 'o3-api-operation': 'POST' });
    const body = JSON.parse(call.body.toString('utf8'));
    expect(body).toMatchObject({ paymentType: 'cbuae-file-payment', request: message(id), requestUrl: 'https://hub/alpha-bank/rs/open-finance/payment/v2.1/file-payments', tpp: { clientId: tpp.clientId } });
    expect(body.requestHeaders).toEqual({ 'x-idempotency-key': key(), 'content-type': 'application/jwt' });
    expect(entry).toMatchObject({ state: 'Created', paymentType: 'cbuae-file-payment', amount: '1500.00', status: 'Received', accountId: 'acc-9', request: message(id, { Instruction: payrollTerms() }) });
  });

  it('uses the consent up: it is Consumed once its file is paid, and its token pays no more (401)', async () => {
    const id = await fileConsent();
    await pay({ consentId: id });
    expect((await consents.get(LFI_TENANT.id, id)).status).toBe(ConsentStatus.Consumed);
    await expect(outcome(pay({ consentId: id, key: key(2) }))).resolves.toBe('401 GenericError');
    expect(lfi.received).toHaveLength(1);
  });

  it('refuses a payment under a suspended consent (403 Consent.TransientAccountAccessFailure)', async () => {
    const id = await fileConsent();
    await consents.patch(LFI_TENANT.id, id, { status: ConsentStatus.Suspended }, { actor: 'LFI', interactionId: randomUUID() });
    await expect(outcome(pay({ consentId: id }))).resolves.toBe('403 Consent.TransientAccountAccessFailure');
    expect(lfi.received).toEqual([]);
  });

  it('answers the retry of the payment that used the consent up with that payment, and nothing else (401)', async () => {
    const id = await fileConsent();
    const first = await pay({ consentId: id });
    expect((await consents.get(LFI_TENANT.id, id)).status).toBe(ConsentStatus.Consumed);
    await expect(pay({ consentId: id })).resolves.toMatchObject({ paymentId: first.paymentId });
    await expect(outcome(pay({ consentId: id, key: key(3) }))).resolves.toBe('401 GenericError');
    await expect(outcome(pay({ consentId: id, msg: message(id, { DebtorReference: 'other' }) }))).resolves.toBe('401 GenericError');
    expect(lfi.received).toHaveLength(1);
  });

  it('refuses the same key with another message (409 GenericError)', async () => {
    const id = await fileConsent();
    lfi.answer(reply(400, { errorCode: 'GenericError', errorMessage: 'not today' }));
    await outcome(pay({ consentId: id }));
    await expect(outcome(pay({ consentId: id, msg: message(id, { DebtorReference: 'other' }) }))).resolves.toBe('409 GenericError');
    expect(lfi.received).toHaveLength(1);
  });

  it('passes the LFI\'s refusal on and answers it again to the key without a second call', async () => {
    const id = await fileConsent();
    lfi.answer(reply(400, { errorCode: 'Consent.FailsControlParameters', errorMessage: 'insufficient funds for the file' }));
    await expect(outcome(pay({ consentId: id }))).resolves.toBe('400 Consent.FailsControlParameters');
    await expect(outcome(pay({ consentId: id }))).resolves.toBe('400 Consent.FailsControlParameters');
    expect(lfi.received).toHaveLength(1);
  });

  it('asks the LFI again for the same key after it failed (500), and records one payment', async () => {
    const id = await fileConsent();
    lfi.answer(reply(503, { errorCode: 'GenericError', errorMessage: 'down' }));
    await expect(outcome(pay({ consentId: id }))).resolves.toBe('500 GenericRecoverableError');
    lfi.answer(reply(201, { data: { ...LFI_PAYMENT, consentId: id }, meta: {} }));
    await expect(pay({ consentId: id })).resolves.toMatchObject({ paymentId: LFI_PAYMENT.id, state: 'Created' });
    expect(lfi.received).toHaveLength(2);
    expect(await log.listForConsent(LFI_TENANT.id, id)).toHaveLength(1);
  });

  it.each([
    ['its file was not uploaded', { uploaded: false }, {}, '400 Consent.BusinessRuleViolation'],
    ['the Instruction names another ControlSum', {}, { Instruction: payrollTerms({ ControlSum: '1499.00' }) }, '400 Consent.FailsControlParameters'],
    ['the consent is a single payment consent', { schedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '10.00', Currency: 'AED' } } } }, {}, '400 Consent.BusinessRuleViolation'],
    ['the body misses PaymentPurposeCode', {}, { PaymentPurposeCode: undefined }, '400 Body.InvalidFormat'],
  ])('refuses a payment when %s, before the LFI', async (_name, consent, data, expected) => {
    const id = await fileConsent(consent);
    await expect(outcome(pay({ consentId: id, msg: message(id, data) }))).resolves.toBe(expected);
    expect(lfi.received).toEqual([]);
  });

  it('refuses the token of another consent (400 Consent.Invalid) and a client-credentials token (403)', async () => {
    const id = await fileConsent();
    const other = await fileConsent();
    await expect(outcome(pay({ consentId: id, tokenConsentId: other }))).resolves.toBe('400 Consent.Invalid');
    await expect(outcome(pay({ consentId: id, tokenConsentId: null }))).resolves.toBe('403 AccessToken.InvalidScope');
    expect(lfi.received).toEqual([]);
  });

  describe('reading file payments', () => {
    it('finds the TPP\'s file payment by its key and by its id, and nobody else\'s', async () => {
      const id = await fileConsent();
      const paid = await pay({ consentId: id });
      await expect(reads.byIdempotencyKey(LFI_TENANT.id, tpp.clientId, key())).resolves.toBe(paid.paymentId);
      await expect(reads.own(LFI_TENANT.id, paid.paymentId!, tpp.clientId)).resolves.toMatchObject({ paymentId: paid.paymentId, consentId: id });
      await expect(outcome(reads.byIdempotencyKey(LFI_TENANT.id, 'another-tpp', key()))).resolves.toBe('404 Resource.NotFound');
      await expect(outcome(reads.own(LFI_TENANT.id, paid.paymentId!, 'another-tpp'))).resolves.toBe('404 Resource.NotFound');
      await expect(outcome(reads.byIdempotencyKey(LFI_TENANT.id, tpp.clientId, key(9)))).resolves.toBe('404 Resource.NotFound');
    });

    it('has no key to point at for a payment the LFI refused (404)', async () => {
      const id = await fileConsent();
      lfi.answer(reply(400, { errorCode: 'GenericError', errorMessage: 'no' }));
      await outcome(pay({ consentId: id }));
      await expect(outcome(reads.byIdempotencyKey(LFI_TENANT.id, tpp.clientId, key()))).resolves.toBe('404 Resource.NotFound');
    });

    it('passes the LFI\'s report on as it sent it, under the payment\'s consent and PSU', async () => {
      const id = await fileConsent();
      const paid = await pay({ consentId: id });
      lfi.answer((res) => {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
        res.end('Line,Status\n1,AcceptedCreditSettlementCompleted\n');
      });
      const report = await reads.report(LFI_TENANT, request(key()), caller, paid);
      expect({ mediaType: report.mediaType, text: report.bytes.toString('utf8') }).toEqual({ mediaType: 'text/csv; charset=utf-8', text: 'Line,Status\n1,AcceptedCreditSettlementCompleted\n' });
      const call = lfi.received.at(-1)!;
      expect(call).toMatchObject({ method: 'GET', url: `/${LFI_TENANT.id}/ozone-connect/payments/${paid.paymentId}/report-file` });
      expect(call.headers).toMatchObject({ 'o3-consent-id': id, 'o3-api-uri': '/open-finance/payment/v2.1/file-payments/{PaymentId}/report' });
      expect(JSON.parse(Buffer.from(String(call.headers['o3-psu-identifier']), 'base64').toString('utf8'))).toEqual({ userId: 'psu-9' });
    });

    it('answers 404 when the LFI has no report, and the standard\'s error when it fails', async () => {
      const id = await fileConsent();
      const paid = await pay({ consentId: id });
      lfi.answer(reply(404, { errorCode: 'Resource.NotFound', errorMessage: 'not yet' }));
      await expect(outcome(reads.report(LFI_TENANT, request(key()), caller, paid))).resolves.toBe('404 Resource.NotFound');
      lfi.answer(reply(500, { errorCode: 'GenericError', errorMessage: 'down' }));
      await expect(outcome(reads.report(LFI_TENANT, request(key()), caller, paid))).resolves.toBe('500 GenericRecoverableError');
    });
  });

  it('does not read a single payment as a file payment (404)', async () => {
    const consentId = await fileConsent({ schedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '10.00', Currency: 'AED' } } } });
    const begun = await log.begin({
      tenantId: LFI_TENANT.id, consentId, paymentType: 'cbuae-payment', clientId: tpp.clientId, organisationId: tpp.orgId, softwareStatementId: tpp.softwareStatementId,
      idempotencyKey: key(), requestHash: 'h', amount: '10.00', currency: 'AED', request: { Data: { ConsentId: consentId } },
    });
    const single = await log.created(LFI_TENANT.id, begun.entry.reservationId, { paymentId: `p-${run}`, status: 'Pending', data: { id: `p-${run}` } });
    await expect(outcome(reads.own(LFI_TENANT.id, single.paymentId!, tpp.clientId))).resolves.toBe('404 Resource.NotFound');
  });
});
