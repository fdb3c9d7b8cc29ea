import { ApiError, Clock } from '@hub/kernel';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { testDatabases } from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { filePaymentsPersistence } from './file-payments-persistence';
import { PaymentFileUploadEntity } from './payment-file-upload.entity';
import { UPLOAD_LEASE_MS, PaymentFileUploads, type PaymentFileAttempt } from './payment-file-uploads';

/** Time stands still unless the test moves it. */
class TestClock extends Clock {
  private ms = Date.now();
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

const outcome = (p: Promise<{ kind: string }>) => p.then((r) => r.kind, (e: ApiError) => `${e.status} ${e.code}`);

/**
 * The consents' file records on a real database (SQLite always, PostgreSQL with DATABASE_URL /
 * TEST_POSTGRES_URL): one file per consent, replays by key, and racing requests of which exactly
 * one sends the file.
 */
describe.each(testDatabases('payment-file-uploads'))('the payment file uploads on $engine', ({ settings }) => {
  let ds: DataSource;
  let clock: TestClock;
  let uploads: PaymentFileUploads;
  let attempt: (key: string, consentId?: string) => PaymentFileAttempt;

  beforeAll(async () => {
    ds = await openDatabase(settings, { ...filePaymentsPersistence, migrationsTableName: 'payment_file_upload_test_migrations' });
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  beforeEach(() => {
    clock = new TestClock();
    uploads = new PaymentFileUploads(ds.getRepository(PaymentFileUploadEntity), clock);
    const consentId = `consent-${randomUUID()}`;
    attempt = (key, consent = consentId) => ({ tenantId: 'bank', consentId: consent, clientId: 'tpp-1', idempotencyKey: key, fileHash: 'JOuFFywdGr7KZ9/sU/V7Ufl2exu5tsWtExShS7B9rMM=', mediaType: 'text/csv', size: 160 });
  });

  it('sends a first upload, then replays it for its key and refuses a second key', async () => {
    await expect(uploads.begin(attempt('k-1'))).resolves.toEqual({ kind: 'send' });
    await uploads.uploaded('bank', attempt('k-1').consentId);
    await expect(uploads.begin(attempt('k-1'))).resolves.toMatchObject({ kind: 'replay', upload: { state: 'Uploaded', idempotencyKey: 'k-1', size: 160, mediaType: 'text/csv' } });
    await expect(outcome(uploads.begin(attempt('k-2')))).resolves.toBe('400 Consent.BusinessRuleViolation');
    await expect(uploads.find('bank', attempt('k-1').consentId)).resolves.toMatchObject({ state: 'Uploaded' });
  });

  it('replays the LFI\'s refusal for its key and lets another key try again', async () => {
    await uploads.begin(attempt('k-1'));
    const refusal = { status: 400, code: 'Consent.FailsControlParameters', message: 'ControlSum is 1500.00, the file sums 1499.00' };
    await uploads.refused('bank', attempt('k-1').consentId, 'k-1', refusal);
    await expect(uploads.begin(attempt('k-1'))).resolves.toMatchObject({ kind: 'replay', upload: { state: 'Refused', refusal } });
    await expect(uploads.begin(attempt('k-2'))).resolves.toEqual({ kind: 'send' });
    await expect(uploads.find('bank', attempt('k-2').consentId)).resolves.toMatchObject({ state: 'InFlight', idempotencyKey: 'k-2' });
    expect((await uploads.find('bank', attempt('k-2').consentId))?.refusal).toBeUndefined();
  });

  it('asks a request to retry while the first is at the LFI, and sends again once that one is abandoned', async () => {
    await uploads.begin(attempt('k-1'));
    await expect(outcome(uploads.begin(attempt('k-1')))).resolves.toBe('400 GenericRecoverableError');
    await uploads.abandoned('bank', attempt('k-1').consentId, 'k-1');
    await expect(uploads.begin(attempt('k-1'))).resolves.toEqual({ kind: 'send' });
  });

  it('takes over an upload whose request died (lease over)', async () => {
    await uploads.begin(attempt('k-1'));
    clock.advance(UPLOAD_LEASE_MS);
    await expect(uploads.begin(attempt('k-2'))).resolves.toEqual({ kind: 'send' });
    // The dead request's late refusal no longer applies to the record another key holds.
    await uploads.refused('bank', attempt('k-1').consentId, 'k-1', { status: 400, code: 'GenericError', message: 'late' });
    await expect(uploads.find('bank', attempt('k-1').consentId)).resolves.toMatchObject({ state: 'InFlight', idempotencyKey: 'k-2' });
  });

  it('lets exactly one of ten racing uploads (any keys) send the file', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => outcome(uploads.begin(attempt(`k-${i % 3}`)))));
    expect(results.filter((r) => r === 'send')).toHaveLength(1);
    expect(results.filter((r) => r !== 'send').every((r) => r === '400 GenericRecoverableError')).toBe(true);
  });

  it('keeps the files of two consents apart', async () => {
    await expect(uploads.begin(attempt('k-1', 'consent-a-' + randomUUID()))).resolves.toEqual({ kind: 'send' });
    await expect(uploads.begin(attempt('k-1', 'consent-b-' + randomUUID()))).resolves.toEqual({ kind: 'send' });
  });

  it('does not disclose another TPP\'s consent file (404)', async () => {
    await uploads.begin(attempt('k-1'));
    await expect(outcome(uploads.begin({ ...attempt('k-1'), clientId: 'tpp-2' }))).resolves.toBe('404 Resource.NotFound');
  });
});
