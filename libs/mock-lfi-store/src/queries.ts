import type { DataSource, EntityManager } from 'typeorm';
import { AccountEntity } from './account.entity';
import { InsurancePolicyEntity } from './insurance-policy.entity';
import { PsuEntity } from './psu.entity';

/** A DataSource, or the manager of a running transaction. */
export type MockLfiDb = DataSource | EntityManager;

// Every lookup takes the tenant: the mock LFI serves several LFIs from one database and one
// tenant's data must never answer for another.

export async function findPsuByUsername(db: MockLfiDb, tenantId: string, username: string) {
  return (await db.getRepository(PsuEntity).findOneBy({ tenantId, username })) ?? undefined;
}

export async function findPsu(db: MockLfiDb, tenantId: string, userId: string) {
  return (await db.getRepository(PsuEntity).findOneBy({ tenantId, userId })) ?? undefined;
}

export function listAccounts(db: MockLfiDb, tenantId: string, userId: string): Promise<AccountEntity[]> {
  return db.getRepository(AccountEntity).find({ where: { tenantId, userId }, order: { accountId: 'ASC' } });
}

export async function findAccount(db: MockLfiDb, tenantId: string, accountId: string) {
  return (await db.getRepository(AccountEntity).findOneBy({ tenantId, accountId })) ?? undefined;
}

export function listInsurancePolicies(db: MockLfiDb, tenantId: string, userId: string): Promise<InsurancePolicyEntity[]> {
  return db
    .getRepository(InsurancePolicyEntity)
    .find({ where: { tenantId, userId }, order: { insurancePolicyId: 'ASC' } });
}

export async function findInsurancePolicy(db: MockLfiDb, tenantId: string, insurancePolicyId: string) {
  return (await db.getRepository(InsurancePolicyEntity).findOneBy({ tenantId, insurancePolicyId })) ?? undefined;
}

/** The account of this bank (tenant) with that IBAN: a payment's creditor when it banks here too. */
export async function findAccountByIban(db: MockLfiDb, tenantId: string, iban: string) {
  return (await db.getRepository(AccountEntity).findOneBy({ tenantId, iban })) ?? undefined;
}
