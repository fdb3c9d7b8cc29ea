import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { testDatabases } from '@hub/testing';
import { dropDatabase, openDatabase } from '@hub/persistence';
import type { DataSource } from 'typeorm';
import { findLatestConsentEvent, listConsentEvents, recordConsentEvent } from './consent-events';
import { mockLfiPersistenceParts as parts } from './persistence-parts';

const consent = (id: string, status: string) => ({ id, status, consentType: 'cbuae-account-access-consents', consentBody: { Data: { ConsentId: id } } });

describe.each(testDatabases('mock_lfi_events'))('mock LFI consent events on $engine', ({ settings }) => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openDatabase(settings, parts);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('keeps every event of a consent in order of arrival, body unchanged', async () => {
    const base = Date.parse('2026-02-01T10:00:00.000Z');
    const first = { tenantId: 'alpha-bank', operation: 'post' as const, consentId: 'c-1', status: 'AwaitingAuthorization', interactionId: 'i-1', body: consent('c-1', 'AwaitingAuthorization') };
    await recordConsentEvent(ds, { ...first, operation: 'patch', status: 'Authorized', interactionId: 'i-2', body: consent('c-1', 'Authorized'), receivedAt: new Date(base + 1000) });
    await recordConsentEvent(ds, { ...first, receivedAt: new Date(base) });
    const events = await listConsentEvents(ds, 'alpha-bank', 'c-1');
    expect(events.map((e) => [e.operation, e.status, e.receivedAt])).toEqual([
      ['post', 'AwaitingAuthorization', '2026-02-01T10:00:00.000Z'],
      ['patch', 'Authorized', '2026-02-01T10:00:01.000Z'],
    ]);
    expect(events[1].body).toEqual(consent('c-1', 'Authorized'));
    expect((await findLatestConsentEvent(ds, 'alpha-bank', 'c-1'))?.status).toBe('Authorized');
  });

  it('keeps the order of arrival of events received within the same millisecond', async () => {
    const at = new Date('2026-02-01T11:00:00.000Z');
    const statuses = ['AwaitingAuthorization', 'Authorized', 'Suspended', 'Authorized', 'Revoked'];
    for (const status of statuses) {
      await recordConsentEvent(ds, { tenantId: 'gamma-bank', operation: 'patch', consentId: 'c-3', status, interactionId: 'i-4', body: consent('c-3', status), receivedAt: at });
    }
    expect((await listConsentEvents(ds, 'gamma-bank', 'c-3')).map((e) => e.status)).toEqual(statuses);
    expect((await findLatestConsentEvent(ds, 'gamma-bank', 'c-3'))?.status).toBe('Revoked');
  });

  it("never answers one tenant's queries with another tenant's events", async () => {
    await recordConsentEvent(ds, { tenantId: 'beta-bank', operation: 'post', consentId: 'c-2', status: 'AwaitingAuthorization', interactionId: 'i-3', body: consent('c-2', 'AwaitingAuthorization') });
    expect((await listConsentEvents(ds, 'alpha-bank')).map((e) => e.consentId)).toEqual(['c-1', 'c-1']);
    expect(await listConsentEvents(ds, 'alpha-bank', 'c-2')).toEqual([]);
    expect(await findLatestConsentEvent(ds, 'alpha-bank', 'c-2')).toBeUndefined();
    expect(await listConsentEvents(ds, 'beta-bank')).toHaveLength(1);
  });
});
