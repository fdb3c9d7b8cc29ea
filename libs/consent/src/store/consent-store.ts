import type { ConsentRecord } from '@hub/ozone-connect';
import { toInstant } from '@hub/persistence';
import { Brackets, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import type { ConsentQuery } from '../domain/consent-commands';
import { ConsentStatus } from '../domain/consent-status';
import { ConsentAccountIdEntity } from './consent-account-id.entity';
import { toMutableColumns } from './consent-record-mapping';
import { ConsentRecordEntity } from './consent-record.entity';

/** The consent row changed since it was read: the caller retries with a fresh read, or gives up. */
export class StaleConsentError extends Error {
  constructor(tenantId: string, consentId: string) {
    super(`Consent ${tenantId}/${consentId} was changed concurrently`);
  }
}

export interface AuditHead {
  hash: string;
  length: number;
}

export interface ConsentKey {
  tenantId: string;
  consentId: string;
}

/**
 * TypeORM's deep-partial type cannot follow `unknown` inside the JSON columns' types; the values
 * are plain JSON written whole by `simple-json`, so they are passed as they are.
 */
function asColumns(values: Partial<ConsentRecordEntity>): QueryDeepPartialEntity<ConsentRecordEntity> {
  return values as QueryDeepPartialEntity<ConsentRecordEntity>;
}

export function findConsent(m: EntityManager, tenantId: string, consentId: string): Promise<ConsentRecordEntity | null> {
  return m.findOneBy(ConsentRecordEntity, { tenantId, consentId });
}

export function consentExists(m: EntityManager, tenantId: string, consentId: string): Promise<boolean> {
  return m.existsBy(ConsentRecordEntity, { tenantId, consentId });
}

export function findConsentGroup(m: EntityManager, tenantId: string, consentGroupId: string): Promise<ConsentRecordEntity[]> {
  return m.find(ConsentRecordEntity, { where: { tenantId, consentGroupId }, order: { createdAt: 'ASC', consentId: 'ASC' } });
}

export async function insertConsent(m: EntityManager, tenantId: string, record: ConsentRecord, head: AuditHead): Promise<void> {
  const columns = toMutableColumns(record);
  const row: Omit<ConsentRecordEntity, 'version'> = {
    ...columns,
    tenantId,
    consentId: record.id,
    createdAt: columns.updatedAt,
    auditHeadHash: head.hash,
    auditLength: head.length,
  };
  await m.insert(ConsentRecordEntity, asColumns(row));
  await replaceAccountIds(m, tenantId, record.id, record.accountIds);
}

/**
 * Compare-and-set on `version`: the UPDATE only matches the row as it was read, so of two
 * concurrent changes one wins and the other gets StaleConsentError instead of overwriting it
 * (PostgreSQL re-checks the WHERE after waiting for the first writer's row lock).
 */
export async function updateConsent(m: EntityManager, row: ConsentRecordEntity, record: ConsentRecord, head: AuditHead): Promise<void> {
  const result = await m
    .createQueryBuilder()
    .update(ConsentRecordEntity)
    .set(asColumns({ ...toMutableColumns(record), auditHeadHash: head.hash, auditLength: head.length }))
    .where({ tenantId: row.tenantId, consentId: row.consentId, version: row.version })
    .execute();
  if (result.affected !== 1) throw new StaleConsentError(row.tenantId, row.consentId);
}

export async function replaceAccountIds(m: EntityManager, tenantId: string, consentId: string, accountIds: string[] | undefined): Promise<void> {
  await m.delete(ConsentAccountIdEntity, { tenantId, consentId });
  const unique = [...new Set(accountIds ?? [])];
  if (unique.length > 0) await m.insert(ConsentAccountIdEntity, unique.map((accountId) => ({ tenantId, consentId, accountId })));
}

export async function listConsents(
  m: EntityManager,
  tenantId: string,
  q: ConsentQuery,
): Promise<{ rows: ConsentRecordEntity[]; totalRecords: number }> {
  const qb = m.getRepository(ConsentRecordEntity).createQueryBuilder('c').where('c.tenantId = :tenantId', { tenantId });
  if (q.updatedAfter !== undefined) qb.andWhere('c.updatedAt > :after', { after: toInstant(new Date(q.updatedAfter)) });
  if (q.consentType !== undefined) qb.andWhere('c.consentType = :consentType', { consentType: q.consentType });
  if (q.status !== undefined) qb.andWhere('c.status = :status', { status: q.status });
  if (q.consentGroupId !== undefined) qb.andWhere('c.consentGroupId = :group', { group: q.consentGroupId });
  if (q.psuUserId !== undefined) qb.andWhere('c.psuUserId = :psu', { psu: q.psuUserId });
  if (q.tppClientId !== undefined) qb.andWhere('c.tppClientId = :client', { client: q.tppClientId });
  if (q.accountId !== undefined) {
    const byAccount = qb
      .subQuery()
      .select('a.consentId')
      .from(ConsentAccountIdEntity, 'a')
      .where('a.tenantId = :tenantId')
      .andWhere('a.accountId = :accountId')
      .getQuery();
    qb.andWhere(`c.consentId IN ${byAccount}`, { accountId: q.accountId });
  }
  qb.orderBy('c.updatedAt', 'ASC')
    .addOrderBy('c.consentId', 'ASC')
    .offset((q.page - 1) * q.pageSize)
    .limit(q.pageSize);
  const [rows, totalRecords] = await qb.getManyAndCount();
  return { rows, totalRecords };
}

/** Consents whose expiry is due at `now` (see `isExpiryDue`, which re-checks each one in its transaction). */
export async function findDueForExpiry(
  m: EntityManager,
  now: Date,
  scope: { tenantId?: string; consentGroupId?: string } = {},
): Promise<ConsentKey[]> {
  const qb = m
    .getRepository(ConsentRecordEntity)
    .createQueryBuilder('c')
    .select(['c.tenantId', 'c.consentId'])
    .where(
      new Brackets((due) =>
        due
          .where('c.status IN (:...held) AND c.expiresAt <= :now', { held: [ConsentStatus.Authorized, ConsentStatus.Suspended] })
          .orWhere('c.status = :awaiting AND (c.expiresAt <= :now OR c.authorizationExpiresAt <= :now)', {
            awaiting: ConsentStatus.AwaitingAuthorization,
          }),
      ),
    )
    .setParameter('now', toInstant(now));
  if (scope.tenantId !== undefined) qb.andWhere('c.tenantId = :tenantId', { tenantId: scope.tenantId });
  if (scope.consentGroupId !== undefined) qb.andWhere('c.consentGroupId = :group', { group: scope.consentGroupId });
  const rows = await qb.orderBy('c.expiresAt', 'ASC').getMany();
  return rows.map(({ tenantId, consentId }) => ({ tenantId, consentId }));
}
