import { Clock } from '@hub/kernel';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { testDatabases } from '@hub/testing';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { ApiCallEntity } from './api-call.entity';
import { ApiCallLog, apiCallLogPersistence, type ApiCall } from './api-call-log';

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

const call = (clientId: string, at: string, o: Partial<ApiCall> = {}): ApiCall => ({
  tenantId: 'falcon-bank',
  clientId,
  organisationId: `org-of-${clientId}`,
  method: 'GET',
  apiFamily: 'atm',
  apiUri: '/open-finance/atm/v2.1/atms',
  status: 200,
  latencyMicros: 1234,
  lfiLatencyMicros: null,
  lfiFailed: false,
  interactionId: '0b5a1e2c-6b80-40ee-96a1-71910a248048',
  consentId: null,
  at: new Date(at),
  ...o,
});

/**
 * The hub's record of TPP calls on a real database (SQLite always, PostgreSQL with
 * DATABASE_URL / TEST_POSTGRES_URL): what a call leaves behind, and that a TPP reads only its own.
 */
describe.each(testDatabases('api-call-log'))('the API call log on $engine', ({ settings }) => {
  let ds: DataSource;
  let log: ApiCallLog;

  beforeAll(async () => {
    ds = await openDatabase(settings, { ...apiCallLogPersistence, migrationsTableName: 'api_call_log_test_migrations' });
    log = new ApiCallLog(ds.getRepository(ApiCallEntity), new FixedClock(new Date('2026-01-10T12:00:00.000Z')));
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('keeps every member of a call as recorded, the consent included', async () => {
    await log.record(call('tpp-keep', '2026-01-10T08:00:00.000Z', { method: 'POST', apiFamily: 'fx', apiUri: '/open-finance/fx/v2.1/fx-quotes', status: 201, latencyMicros: 98_765, lfiLatencyMicros: 45_000, lfiFailed: true, consentId: 'consent-1' }));
    const [row] = await log.callsOf({ tenantId: 'falcon-bank', clientId: 'tpp-keep', from: new Date('2026-01-10T00:00:00Z'), to: new Date('2026-01-11T00:00:00Z') });
    expect(row).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tenantId: 'falcon-bank',
      clientId: 'tpp-keep',
      organisationId: 'org-of-tpp-keep',
      method: 'POST',
      apiFamily: 'fx',
      apiUri: '/open-finance/fx/v2.1/fx-quotes',
      status: 201,
      latencyMicros: 98_765,
      lfiLatencyMicros: 45_000,
      lfiFailed: true,
      interactionId: '0b5a1e2c-6b80-40ee-96a1-71910a248048',
      consentId: 'consent-1',
      at: '2026-01-10T08:00:00.000Z',
    });
  });

  it('stamps a call without a time with the clock', async () => {
    const { at: _at, ...untimed } = call('tpp-clock', '2026-01-10T00:00:00Z');
    await log.record(untimed);
    const rows = await log.callsOf({ tenantId: 'falcon-bank', clientId: 'tpp-clock', from: new Date('2026-01-10T00:00:00Z'), to: new Date('2026-01-11T00:00:00Z') });
    expect(rows.map((r) => r.at)).toEqual(['2026-01-10T12:00:00.000Z']);
  });

  it('gives a TPP its own calls in the window, oldest first: never another TPP\'s, another LFI\'s or one at the window\'s end', async () => {
    await log.record(call('tpp-a', '2026-01-10T09:00:00.000Z', { status: 403 }));
    await log.record(call('tpp-a', '2026-01-10T00:00:00.000Z'));
    await log.record(call('tpp-a', '2026-01-11T00:00:00.000Z'));
    await log.record(call('tpp-a', '2026-01-09T23:59:59.999Z'));
    await log.record(call('tpp-b', '2026-01-10T10:00:00.000Z'));
    await log.record(call('tpp-a', '2026-01-10T11:00:00.000Z', { tenantId: 'oasis-bank' }));
    const rows = await log.callsOf({ tenantId: 'falcon-bank', clientId: 'tpp-a', from: new Date('2026-01-10T00:00:00Z'), to: new Date('2026-01-11T00:00:00Z') });
    expect(rows.map((r) => [r.at, r.status])).toEqual([
      ['2026-01-10T00:00:00.000Z', 200],
      ['2026-01-10T09:00:00.000Z', 403],
    ]);
  });

  it('never fails the call it records: a write the database refuses is logged and dropped', async () => {
    await expect(log.record(call('x'.repeat(65), '2026-01-10T08:00:00.000Z', { apiUri: 'y'.repeat(300) }))).resolves.toBeUndefined();
  });
});
