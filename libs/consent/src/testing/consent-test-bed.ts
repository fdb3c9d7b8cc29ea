/// <reference types="jest" />
// Test code (a `testing/` folder, kept out of the build): the hooks are Jest's.
import type { TppRecord } from '@hub/ozone-connect';
import type { DatabaseSettings } from '@hub/persistence';
import type { DataSource } from 'typeorm';
import { closeConsentDatabase, consentStoreOn, openConsentDatabase, tppRecord, uniqueTenant, type ConsentStoreUnderTest } from './consent-test-kit';

/** What a consent store test works on: the service (with its clock, outbox and hooks), the database, a tenant and a TPP of its own. */
export interface ConsentTestBed extends ConsentStoreUnderTest {
  ds: DataSource;
  tenant: string;
  tpp: TppRecord;
}

/**
 * The set-up the consent store's integration tests share, registered in the calling `describe`:
 * one migrated database for the block, a fresh service, tenant and TPP for each test (so tests
 * sharing the database never see each other's consents), mocks restored after each.
 */
export function consentTestBed(settings: DatabaseSettings): ConsentTestBed {
  const bed = {} as ConsentTestBed;
  beforeAll(async () => {
    bed.ds = await openConsentDatabase(settings);
  });
  afterAll(() => closeConsentDatabase(bed.ds, settings));
  beforeEach(() => {
    Object.assign(bed, consentStoreOn(bed.ds), { tenant: uniqueTenant('bank'), tpp: tppRecord() });
  });
  afterEach(() => jest.restoreAllMocks());
  return bed;
}
