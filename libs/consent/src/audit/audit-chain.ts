import { createHash } from 'node:crypto';
import { canonicalJson } from '../domain/canonical-json';

/** prevHash of the first row of every consent. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored audit row, as hashed and as verified. */
export interface AuditRowFields {
  id: string;
  tenantId: string;
  consentId: string;
  seq: number;
  operation: string;
  timestamp: number;
  providerId: string;
  ozoneInteractionId: string;
  callerActor: string;
  callerOrgId: string | null;
  callerClientId: string | null;
  callerSoftwareStatementId: string | null;
  patchFilter: string;
  patch: string;
  prevHash: string;
}

/**
 * SHA-256 (hex) of every stored field but the hash itself. `patch` and `patchFilter` are hashed as
 * the stored text, not re-parsed, so the check never depends on how a driver returns JSON.
 */
export function auditHash(row: AuditRowFields): string {
  const canonical = canonicalJson({
    v: 1,
    id: row.id,
    tenantId: row.tenantId,
    consentId: row.consentId,
    seq: row.seq,
    operation: row.operation,
    timestamp: row.timestamp,
    providerId: row.providerId,
    interaction: row.ozoneInteractionId,
    caller: {
      actor: row.callerActor,
      orgId: row.callerOrgId,
      clientId: row.callerClientId,
      softwareStatementId: row.callerSoftwareStatementId,
    },
    patchFilter: row.patchFilter,
    patch: row.patch,
    prevHash: row.prevHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export interface ChainAnchor {
  auditHeadHash: string;
  auditLength: number;
}

export interface ChainProblem {
  seq?: number;
  problem: string;
}

/**
 * Checks one consent's rows (ordered by seq) against each other and against the anchor on the
 * consent row. The anchor is what catches a removed LAST row: the remaining rows still chain.
 */
export function checkChain(anchor: ChainAnchor | undefined, rows: readonly (AuditRowFields & { hash: string })[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let previous = GENESIS_HASH;
  rows.forEach((row, index) => {
    if (row.seq !== index + 1) {
      problems.push({ seq: row.seq, problem: `row ${row.seq} stands where row ${index + 1} belongs: a row was removed or reordered` });
    }
    if (row.prevHash !== previous) {
      problems.push({ seq: row.seq, problem: 'prevHash does not match the row before it: a row was removed, edited or reordered' });
    }
    if (auditHash(row) !== row.hash) problems.push({ seq: row.seq, problem: 'the row does not match its hash: it was edited' });
    previous = row.hash;
  });
  if (!anchor) {
    problems.push({ problem: 'audit rows exist for a consent that is not stored' });
    return problems;
  }
  if (rows.length !== anchor.auditLength) {
    problems.push({ problem: `the trail has ${rows.length} rows but the consent recorded ${anchor.auditLength}: rows were removed or added` });
  }
  if (previous !== anchor.auditHeadHash) problems.push({ problem: 'the last row is not the head recorded on the consent' });
  return problems;
}
