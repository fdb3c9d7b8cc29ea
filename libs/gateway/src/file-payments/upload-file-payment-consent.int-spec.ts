import { ConsentOutbox, consentPersistence, ConsentRevocationHooks, ConsentService, ConsentStatus, type ConsentCaller } from '@hub/consent';
import { ApiError, Clock, SystemClock } from '@hub/kernel';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { testDatabases } from '@hub/testing';
import type { TppCaller } from '@hub/trust-framework';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { filePaymentsPersistence } from './file-payments-persistence';
import { PaymentFileUploadEntity } from './payment-file-upload.entity';
import { PaymentFileUploads } from './payment-file-uploads';
import { PAYROLL_FILE, payrollTerms } from './testing/file-payment-consent';
import { LFI_TENANT, reply, startLfiDouble, type LfiDouble, type ReceivedCall } from './testing/lfi-double';
import { UploadFilePaymentConsent } from './upload-file-payment-consent';

const TENANT = LFI_TENANT;
let lfi: LfiDouble;
let received: ReceivedCall[];

beforeAll(async () => {
  lfi = await startLfiDouble();
  received = lfi.received;
});
afterAll(() => lfi?.close());

/**
 * UploadFilePaymentConsent against the real consent store (SQLite, and PostgreSQL with
 * DATABASE_URL / TEST_POSTGRES_URL) and an LFI over mTLS: the consent's rules, the hash, what the
 * LFI receives, and the key's idempotency.
 */
describe.each(testDatabases('file-upload'))('uploading a consent\'s payment file on $engine', ({ settings }) => {
  let ds: DataSource;
  let consents: ConsentService;
  let upload: UploadFilePaymentConsent;
  const tpp = { clientId: `client-${randomUUID()}`, tppId: 'tpp-1', tppName: 'Payroll Fintech', softwareStatementId: 'ss-1', orgId: randomUUID(), decodedSsa: {} };
  const caller: TppCaller = { kind: 'tpp', clientId: tpp.clientId, organisationId: tpp.orgId, softwareStatementId: tpp.softwareStatementId, certificateSha256: 'x', organisationName: 'Payroll Fintech', roles: ['BSIP'] };
  const tppCaller: ConsentCaller = { actor: 'TPP', interactionId: randomUUID(), orgId: tpp.orgId, clientId: tpp.clientId, softwareStatementId: tpp.softwareStatementId };
  const lfiCaller: ConsentCaller = { actor: 'LFI', interactionId: randomUUID(), orgId: 'lfi-org', clientId: 'lfi-client', softwareStatementId: 'lfi-ss' };

  beforeAll(async () => {
    ds = await openDatabase(settings, {
      entities: [...consentPersistence.entities, ...filePaymentsPersistence.entities],
      migrations: [...consentPersistence.migrations, ...filePaymentsPersistence.migrations],
      migrationsTableName: 'file_upload_test_migrations',
    });
    const clock: Clock = new SystemClock();
    consents = new ConsentService(ds, clock, new ConsentOutbox(ds, clock), new ConsentRevocationHooks());
    upload = new UploadFilePaymentConsent(consents, new PaymentFileUploads(ds.getRepository(PaymentFileUploadEntity), clock), lfi.clients);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  beforeEach(() => {
    received.length = 0;
    lfi.answer(reply(204));
  });

  async function fileConsent(schedule: Record<string, unknown> = { FilePayment: payrollTerms() }, owner = tpp): Promise<string> {
    const id = randomUUID();
    const consent = {
      ConsentId: id,
      ExpirationDateTime: new Date(Date.now() + 86_400_000).toISOString(),
      ControlParameters: { ConsentSchedule: schedule },
      PersonalIdentifiableInformation: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.k.iv.ct.tag',
      PaymentPurposeCode: 'SAL',
    };
    await consents.create(
      { tenantId: TENANT.id, authorizationDetail: { type: 'urn:openfinanceuae:service-initiation-consent:v2.1', consent }, tpp: owner, parId: `urn:par:${id}`, interactionId: randomUUID(), requestUrl: 'https://hub/par', requestHeaders: {} },
      { ...tppCaller, clientId: owner.clientId },
    );
    return id;
  }

  /** The files the LFI received (each upload first creates the file payment consent at the LFI). */
  const files = () => received.filter((c) => c.url.endsWith('/file'));
  const request = (contentType = 'text/csv') => ({ headers: { 'content-type': contentType, 'x-fapi-interaction-id': randomUUID() } }) as unknown as Request;
  const run = (consentId: string, key: string, bytes = PAYROLL_FILE, req = request()) =>
    upload.execute({ tenant: TENANT, req, caller, clientId: tpp.clientId, consentId, idempotencyKey: key, bytes }).then(
      () => 'ok',
      (e: ApiError) => `${e.status} ${e.code}`,
    );

  it('passes the consented file to the LFI as sent, under the consent awaiting authorisation', async () => {
    const id = await fileConsent();
    await expect(run(id, 'k-1', PAYROLL_FILE, request('text/csv; charset=utf-8'))).resolves.toBe('ok');
    expect(received.map((c) => `${c.method} ${c.url}`)).toEqual([`POST /${TENANT.id}/ozone-connect/payment-consents`, `POST /${TENANT.id}/ozone-connect/payment-consents/${id}/file`]);
    expect(JSON.parse(received[0].body.toString('utf8'))).toEqual({ consentId: id, request: payrollTerms() });
    expect(received[1].body.equals(PAYROLL_FILE)).toBe(true);
    expect(received[1].headers).toMatchObject({ 'content-type': 'text/csv; charset=utf-8', 'o3-consent-id': id, 'o3-caller-client-id': tpp.clientId, 'o3-api-uri': '/open-finance/payment/v2.1/payment-consents/{ConsentId}/file' });
  });

  it('takes the file after the authorisation too, with the PSU of the consent', async () => {
    const id = await fileConsent();
    await consents.patch(TENANT.id, id, { status: ConsentStatus.Authorized, psuIdentifiers: { userId: 'psu-7' }, accountIds: ['acc-1'], authorizationChannel: 'Web' }, lfiCaller);
    await expect(run(id, 'k-1')).resolves.toBe('ok');
    expect(JSON.parse(Buffer.from(String(files()[0].headers['o3-psu-identifier']), 'base64').toString('utf8'))).toEqual({ userId: 'psu-7' });
  });

  it('answers a repeated key as the first time without a second upload, and refuses a second key', async () => {
    const id = await fileConsent();
    await run(id, 'k-1');
    await expect(run(id, 'k-1')).resolves.toBe('ok');
    await expect(run(id, 'k-2')).resolves.toBe('400 Consent.BusinessRuleViolation');
    expect(files()).toHaveLength(1);
  });

  it('refuses a file whose hash is not the consent\'s FileHash, and sends nothing', async () => {
    const id = await fileConsent();
    await expect(run(id, 'k-1', Buffer.concat([PAYROLL_FILE, Buffer.from('AE1,X,1.00,AED,r\n')]))).resolves.toBe('400 Consent.FailsControlParameters');
    expect(received).toEqual([]);
  });

  it('passes on the LFI\'s refusal and answers it again for the key without a second call', async () => {
    const id = await fileConsent();
    lfi.answer(reply(400, { errorCode: 'Consent.FailsControlParameters', errorMessage: 'the file has 2 transactions, the consent 3' }));
    await expect(run(id, 'k-1')).resolves.toBe('400 Consent.FailsControlParameters');
    lfi.answer(reply(204));
    await expect(run(id, 'k-1')).resolves.toBe('400 Consent.FailsControlParameters');
    expect(received).toHaveLength(1);
  });

  it('passes on the LFI\'s refusal of the file after it took the consent', async () => {
    const id = await fileConsent();
    lfi.answer((res, call) => reply(call.url.endsWith('/file') ? 400 : 201, call.url.endsWith('/file') ? { errorCode: 'Consent.FailsControlParameters', errorMessage: 'ControlSum' } : undefined)(res));
    await expect(run(id, 'k-1')).resolves.toBe('400 Consent.FailsControlParameters');
    expect(files()).toHaveLength(1);
  });

  it('lets the TPP retry after the LFI failed (500, GenericRecoverableError)', async () => {
    const id = await fileConsent();
    lfi.answer(reply(500, { errorCode: 'GenericError', errorMessage: 'down' }));
    await expect(run(id, 'k-1')).resolves.toBe('500 GenericRecoverableError');
    lfi.answer(reply(204));
    await expect(run(id, 'k-1')).resolves.toBe('ok');
    expect(files()).toHaveLength(1);
    expect(received).toHaveLength(3);
  });

  it('refuses a file for a consent without FilePayment (a single payment consent)', async () => {
    const single = { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '10.00', Currency: 'AED' } } };
    await expect(run(await fileConsent(single), 'k-1')).resolves.toBe('400 Consent.Invalid');
    expect(received).toEqual([]);
  });

  it('refuses the file of a revoked consent', async () => {
    const id = await fileConsent();
    await consents.patch(TENANT.id, id, { status: ConsentStatus.Revoked, revokedBy: 'TPP' }, tppCaller);
    await expect(run(id, 'k-1')).resolves.toBe('400 Consent.Invalid');
    expect(received).toEqual([]);
  });

  it('does not know another TPP\'s consent, nor an unknown one (404)', async () => {
    const other = { ...tpp, clientId: `client-${randomUUID()}` };
    await expect(run(await fileConsent(undefined, other), 'k-1')).resolves.toBe('404 Resource.NotFound');
    await expect(run(randomUUID(), 'k-1')).resolves.toBe('404 Resource.NotFound');
    expect(received).toEqual([]);
  });
});
