import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { testDatabases } from '@hub/testing';
import { dropDatabase, openDatabase } from '@hub/persistence';
import type { DataSource } from 'typeorm';
import { generateLfiData } from '@hub/mock-lfi-data';
import type { LfiTenant } from '@hub/mock-lfi-data';
import { MOCK_LFI_DEFAULT_PSU_COUNT, MOCK_LFI_DEMO_PSU } from '@hub/mock-lfi-data';
import { AccountEntity } from './account.entity';
import { InsurancePolicyEntity } from './insurance-policy.entity';
import { mockLfiPersistenceParts as parts } from './persistence-parts';
import { PsuEntity } from './psu.entity';
import { findAccount, findPsu, listAccounts, listInsurancePolicies } from './queries';
import { SeedConflictError, seedMockLfi } from './seed-mock-lfi';
import { verifyPsuPassword } from './verify-psu-password';

const alpha: LfiTenant = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' };
const beta: LfiTenant = { id: 'beta-bank', name: 'Beta Bank', sector: 'banking' };
const gamma: LfiTenant = { id: 'gamma-insurance', name: 'Gamma Insurance', sector: 'insurance' };
const tenants = [alpha, beta, gamma];
const SEED = 'int-spec-seed';
const TABLES = ['mock_lfi_psus', 'mock_lfi_accounts', 'mock_lfi_insurance_policies', 'mock_lfi_consent_events', 'mock_lfi_migrations'];

async function rowCounts(ds: DataSource): Promise<number[]> {
  return Promise.all([PsuEntity, AccountEntity, InsurancePolicyEntity].map((entity) => ds.getRepository(entity).count()));
}

function generatedRows(psuCount = MOCK_LFI_DEFAULT_PSU_COUNT): number {
  return tenants
    .map((tenant) => generateLfiData(tenant, SEED, { psuCount }))
    .reduce((sum, data) => sum + data.psus.length + data.accounts.length + data.policies.length, 0);
}

describe.each(testDatabases('mock_lfi'))('mock LFI storage on $engine', ({ engine, settings }) => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openDatabase(settings, parts);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('creates its tables through the migration', async () => {
    const runner = ds.createQueryRunner();
    try {
      for (const table of TABLES) expect(await runner.hasTable(table)).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it('creates exactly the schema the entities describe', async () => {
    // An empty diff means the hand-written migration and the entity decorators agree.
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('runs no migration when opened again', async () => {
    const again = await openDatabase(settings, parts);
    try {
      expect(await again.showMigrations()).toBe(false);
      expect(await again.query('SELECT name FROM mock_lfi_migrations ORDER BY timestamp')).toEqual([
        { name: 'CreateMockLfiTables1767225600000' },
        { name: 'CreateMockLfiConsentEvents1767312000000' },
        { name: 'AddPsuProfiles1767398400000' },
        { name: 'CreateMockLfiFxQuotes1767657600000' },
        { name: 'CreateMockLfiAccountOpenings1767744000000' },
        { name: 'CreateMockLfiInsuranceQuotes1767916800000' },
        { name: 'CreateMockLfiLeads1768176000000' },
        { name: 'CreateMockLfiPayments1768262400000' },
      ]);
    } finally {
      await again.destroy();
    }
  });

  it('seeds once: a second run inserts nothing and changes no count', async () => {
    const first = await seedMockLfi(ds, tenants, SEED);
    expect(first).toEqual({ inserted: generatedRows(), existing: 0 });
    const counts = await rowCounts(ds);
    expect(await seedMockLfi(ds, tenants, SEED)).toEqual({ inserted: 0, existing: generatedRows() });
    expect(await rowCounts(ds)).toEqual(counts);
  });

  it('stores the generated values unchanged', async () => {
    const [account] = generateLfiData(alpha, SEED).accounts;
    const { createdAt, ...stored } = (await findAccount(ds, alpha.id, account.accountId))!;
    expect(stored).toEqual(account);
    expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const [policy] = generateLfiData(gamma, SEED).policies;
    expect(await listInsurancePolicies(ds, gamma.id, policy.userId)).toContainEqual(expect.objectContaining(policy));
  });

  it('only adds the new PSUs when the PSU count grows', async () => {
    const grown = MOCK_LFI_DEFAULT_PSU_COUNT + 1;
    const stored: [number, number][] = [];
    const result = await seedMockLfi(ds, [alpha], SEED, { psuCount: grown, onStored: (done, total) => stored.push([done, total]) });
    const added = generateLfiData(alpha, SEED, { psuCount: grown });
    expect(result.inserted).toBe(1 + added.psus[grown - 1].accountIds.length);
    expect(stored).toEqual([[1, 1]]);
    expect(result.inserted + result.existing).toBe(added.psus.length + added.accounts.length);
  });

  it('refuses another seed without storing anything of it', async () => {
    const counts = await rowCounts(ds);
    await expect(seedMockLfi(ds, [beta], 'some-other-seed')).rejects.toThrow(SeedConflictError);
    expect(await rowCounts(ds)).toEqual(counts);
  });

  it('checks PSU passwords', async () => {
    const psu = generateLfiData(alpha, SEED).psus[1];
    const found = await verifyPsuPassword(ds, alpha.id, psu.username, psu.password);
    expect(found).toMatchObject({ tenantId: alpha.id, userId: psu.userId, fullName: psu.fullName });
    expect(found?.passwordHash).not.toContain(psu.password);
    expect(await verifyPsuPassword(ds, alpha.id, psu.username, `${psu.password}x`)).toBeUndefined();
    expect(await verifyPsuPassword(ds, alpha.id, 'nobody', psu.password)).toBeUndefined();
  });

  it("never answers one tenant's queries with another tenant's data", async () => {
    const alphaPsu = generateLfiData(alpha, SEED).psus[1];
    const betaUsernames = generateLfiData(beta, SEED).psus.map((psu) => psu.username);
    expect(await findPsu(ds, beta.id, alphaPsu.userId)).toBeUndefined();
    expect(await listAccounts(ds, beta.id, alphaPsu.userId)).toEqual([]);
    expect(await findAccount(ds, beta.id, alphaPsu.accountIds[0])).toBeUndefined();
    if (!betaUsernames.includes(alphaPsu.username)) {
      expect(await verifyPsuPassword(ds, beta.id, alphaPsu.username, alphaPsu.password)).toBeUndefined();
    }
    const demo = await verifyPsuPassword(ds, beta.id, MOCK_LFI_DEMO_PSU.username, MOCK_LFI_DEMO_PSU.password);
    expect(demo?.tenantId).toBe(beta.id);
    expect(demo?.userId).toBe(generateLfiData(beta, SEED).psus[0].userId);
  });

  it('refuses an account whose owner is not a PSU of that tenant', async () => {
    const [account] = generateLfiData(alpha, SEED).accounts;
    const orphan = { ...account, tenantId: beta.id, accountId: 'acc-orphan', iban: 'AE000000000000000000000' };
    await expect(ds.getRepository(AccountEntity).insert({ ...orphan, createdAt: '2026-01-01T00:00:00.000Z' })).rejects.toThrow();
  });

  it('drops everything it stored', async () => {
    await ds.destroy();
    await dropDatabase(settings);
    if (engine === 'sqlite') expect(existsSync(settings.sqliteFile)).toBe(false);
    ds = await openDatabase(settings, parts);
    expect(await rowCounts(ds)).toEqual([0, 0, 0]);
  });
});

describe.each(testDatabases('mock_lfi_upgrade'))('mock LFI storage upgrade on $engine', ({ settings }) => {
  const before = { ...parts, migrations: parts.migrations.slice(0, 2) };
  const [psu] = generateLfiData(alpha, SEED).psus;
  const [account] = generateLfiData(alpha, SEED).accounts;

  afterAll(async () => {
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('keeps rows stored before PSU profiles and gives them the defaults of that time', async () => {
    const old = await openDatabase(settings, before);
    const { customerCategory: _c, profile: _p, accountIds: _a, insurancePolicyIds: _i, password: _pw, ...oldPsu } = psu;
    const { historyMonths: _h, ...oldAccount } = account;
    const createdAt = '2026-01-01T00:00:00.000Z';
    await old.createQueryBuilder().insert().into('mock_lfi_psus', [...Object.keys(oldPsu), 'passwordHash', 'createdAt']).values({ ...oldPsu, passwordHash: 'scrypt$x', createdAt }).updateEntity(false).execute();
    await old.createQueryBuilder().insert().into('mock_lfi_accounts', [...Object.keys(oldAccount), 'createdAt']).values({ ...oldAccount, createdAt }).updateEntity(false).execute();
    await old.destroy();

    const upgraded = await openDatabase(settings, parts);
    try {
      expect(await findPsu(upgraded, alpha.id, psu.userId)).toMatchObject({ ...oldPsu, customerCategory: 'Retail', profile: 'everyday' });
      expect(await findAccount(upgraded, alpha.id, account.accountId)).toEqual({ ...account, historyMonths: 12, createdAt });
    } finally {
      await upgraded.destroy();
    }
  });
});
