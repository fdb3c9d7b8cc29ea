import { toInstant } from '@hub/persistence';
import type { DataSource, EntityManager, EntityTarget, FindOptionsSelect, ObjectLiteral } from 'typeorm';
import { generateLfiData } from '@hub/mock-lfi-data';
import type { GenerateOptions, LfiData, LfiTenant, PsuSeed } from '@hub/mock-lfi-data';
import { AccountEntity } from './account.entity';
import { InsurancePolicyEntity } from './insurance-policy.entity';
import { hashPassword } from './password-hash';
import { PsuEntity } from './psu.entity';

export interface SeedOptions extends GenerateOptions {
  /** Called as PSUs are stored (password hashing is the slow part of large data sets). */
  onStored?: (done: number, total: number) => void;
}

export interface SeedResult {
  inserted: number;
  existing: number;
}

/** The database already holds another PSU under a generated username: a different seed was used. */
export class SeedConflictError extends Error {
  constructor(tenantId: string, username: string) {
    super(
      `Mock LFI tenant "${tenantId}" already has a different user "${username}": the database was seeded ` +
        'with another seed. Keep the previous seed or start fresh (npm start -- --fresh).',
    );
    this.name = 'SeedConflictError';
  }
}

/** Rows per INSERT, well below SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 100;

/**
 * Stores the generated data of every tenant. Only rows whose primary key is absent are inserted;
 * nothing stored is updated or deleted, so a second run inserts nothing and a larger PSU count
 * only adds PSUs. Each tenant is seeded in one transaction.
 */
export async function seedMockLfi(
  ds: DataSource,
  tenants: LfiTenant[],
  seed: string,
  opts: SeedOptions = {},
): Promise<SeedResult> {
  const total: SeedResult = { inserted: 0, existing: 0 };
  const createdAt = toInstant(new Date());
  for (const tenant of tenants) {
    const data = generateLfiData(tenant, seed, opts);
    const result = await ds.transaction((manager) => seedTenant(manager, tenant.id, data, createdAt, opts.onStored));
    total.inserted += result.inserted;
    total.existing += result.existing;
  }
  return total;
}

async function seedTenant(manager: EntityManager, tenantId: string, data: LfiData, createdAt: string, onStored?: SeedOptions['onStored']): Promise<SeedResult> {
  const psus = await seedPsus(manager, tenantId, data.psus, createdAt, onStored);
  const accounts = await insertMissing(manager, AccountEntity, tenantId, 'accountId', withCreatedAt(data.accounts, createdAt));
  const policies = await insertMissing(
    manager,
    InsurancePolicyEntity,
    tenantId,
    'insurancePolicyId',
    withCreatedAt(data.policies, createdAt),
  );
  return {
    inserted: psus.inserted + accounts.inserted + policies.inserted,
    existing: psus.existing + accounts.existing + policies.existing,
  };
}

async function seedPsus(
  manager: EntityManager,
  tenantId: string,
  psus: PsuSeed[],
  createdAt: string,
  onStored?: SeedOptions['onStored'],
): Promise<SeedResult> {
  const stored = await manager.find(PsuEntity, { where: { tenantId }, select: { userId: true, username: true } });
  const storedIds = new Set(stored.map((psu) => psu.userId));
  const takenUsernames = new Set(stored.map((psu) => psu.username));
  const missing = psus.filter((psu) => !storedIds.has(psu.userId));
  const conflict = missing.find((psu) => takenUsernames.has(psu.username));
  if (conflict) throw new SeedConflictError(tenantId, conflict.username);
  // Hashed a chunk at a time so libuv's pool stays busy and progress can be reported.
  for (let start = 0; start < missing.length; start += CHUNK) {
    const rows = await Promise.all(missing.slice(start, start + CHUNK).map((psu) => psuRow(psu, createdAt)));
    await manager.insert(PsuEntity, rows);
    onStored?.(Math.min(start + CHUNK, missing.length), missing.length);
  }
  return { inserted: missing.length, existing: psus.length - missing.length };
}

async function psuRow(psu: PsuSeed, createdAt: string): Promise<PsuEntity> {
  const { tenantId, userId, username, otp, fullName, emiratesId, customerCategory, profile } = psu;
  const passwordHash = await hashPassword(psu.password);
  return { tenantId, userId, username, passwordHash, otp, fullName, emiratesId, customerCategory, profile, createdAt };
}

async function insertMissing<T extends ObjectLiteral & { tenantId: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  tenantId: string,
  key: keyof T & string,
  rows: T[],
): Promise<SeedResult> {
  const select = { [key]: true } as FindOptionsSelect<T>;
  const stored = await manager.find(entity, { where: { tenantId } as never, select });
  const storedKeys = new Set(stored.map((row) => row[key]));
  const missing = rows.filter((row) => !storedKeys.has(row[key]));
  await insertChunked(manager, entity, missing);
  return { inserted: missing.length, existing: rows.length - missing.length };
}

async function insertChunked<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: T[]) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await manager.insert(entity, rows.slice(start, start + CHUNK) as never);
  }
}

function withCreatedAt<T>(rows: T[], createdAt: string): (T & { createdAt: string })[] {
  return rows.map((row) => ({ ...row, createdAt }));
}
