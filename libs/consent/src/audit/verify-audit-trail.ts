import type { DataSource } from 'typeorm';
import { ConsentAuditEntity } from '../store/consent-audit.entity';
import { ConsentRecordEntity } from '../store/consent-record.entity';
import { readConsents } from '../store/consent-transactions';
import { checkChain } from './audit-chain';

export interface AuditProblem {
  tenantId: string;
  consentId: string;
  seq?: number;
  problem: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Consents whose trail was checked (stored consents plus any orphaned trail). */
  checked: number;
  problems: AuditProblem[];
}

const BATCH = 200;

/**
 * Walks every consent's audit chain. Consents are read in key order, a batch at a time, with
 * their rows, so memory stays bounded by the batch rather than the store.
 */
export async function verifyAuditTrail(ds: DataSource): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let checked = 0;
  let after: { tenantId: string; consentId: string } | undefined;
  for (;;) {
    const anchors = await readConsents(ds, (m) => {
      const qb = m
        .getRepository(ConsentRecordEntity)
        .createQueryBuilder('c')
        .select(['c.tenantId', 'c.consentId', 'c.auditHeadHash', 'c.auditLength'])
        .orderBy('c.tenantId', 'ASC')
        .addOrderBy('c.consentId', 'ASC')
        .limit(BATCH);
      if (after) qb.where('(c.tenantId > :t OR (c.tenantId = :t AND c.consentId > :c))', { t: after.tenantId, c: after.consentId });
      return qb.getMany();
    });
    if (anchors.length === 0) break;
    for (const anchor of anchors) {
      const rows = await readConsents(ds, (m) =>
        m.find(ConsentAuditEntity, { where: { tenantId: anchor.tenantId, consentId: anchor.consentId }, order: { seq: 'ASC' } }),
      );
      report(problems, anchor.tenantId, anchor.consentId, checkChain(anchor, rows));
      checked += 1;
    }
    after = anchors[anchors.length - 1];
  }
  for (const orphan of await orphanedTrails(ds)) {
    const rows = await readConsents(ds, (m) => m.find(ConsentAuditEntity, { where: orphan, order: { seq: 'ASC' } }));
    report(problems, orphan.tenantId, orphan.consentId, checkChain(undefined, rows));
    checked += 1;
  }
  return { ok: problems.length === 0, checked, problems };
}

/** Audit rows whose consent row is gone: deleting a consent must not erase its history silently. */
function orphanedTrails(ds: DataSource): Promise<{ tenantId: string; consentId: string }[]> {
  return readConsents(ds, (m) =>
    m
      .getRepository(ConsentAuditEntity)
      .createQueryBuilder('a')
      .select('a.tenantId', 'tenantId')
      .addSelect('a.consentId', 'consentId')
      .leftJoin(ConsentRecordEntity, 'c', 'c.tenantId = a.tenantId AND c.consentId = a.consentId')
      .where('c.consentId IS NULL')
      .groupBy('a.tenantId')
      .addGroupBy('a.consentId')
      .getRawMany<{ tenantId: string; consentId: string }>(),
  );
}

function report(into: AuditProblem[], tenantId: string, consentId: string, found: { seq?: number; problem: string }[]): void {
  for (const p of found) into.push({ tenantId, consentId, ...(p.seq === undefined ? {} : { seq: p.seq }), problem: p.problem });
}

/** `npm run audit:verify`: one line per problem, then a summary; true when the trail is intact. */
export async function runAuditVerification(ds: DataSource, out: (line: string) => void): Promise<boolean> {
  const result = await verifyAuditTrail(ds);
  for (const p of result.problems) {
    out(`TAMPERED ${p.tenantId}/${p.consentId}${p.seq === undefined ? '' : ` row ${p.seq}`}: ${p.problem}`);
  }
  const consentsWithProblems = new Set(result.problems.map((p) => `${p.tenantId}/${p.consentId}`)).size;
  out(
    result.ok
      ? `Consent audit trail intact: ${result.checked} consents checked`
      : `Consent audit trail BROKEN: ${consentsWithProblems} of ${result.checked} consents have problems (${result.problems.length} findings)`,
  );
  return result.ok;
}
