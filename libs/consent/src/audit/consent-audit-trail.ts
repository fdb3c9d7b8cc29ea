import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ConsentCaller } from '../domain/consent-commands';
import { ConsentAuditEntity } from '../store/consent-audit.entity';
import type { AuditHead } from '../store/consent-store';
import { auditHash, GENESIS_HASH } from './audit-chain';
import { canonicalJson } from '../domain/canonical-json';
import type { ConsentAuditEntry } from './consent-audit-entry';

export interface AuditWrite {
  tenantId: string;
  consentId: string;
  operation: 'create' | 'patch';
  timestamp: number;
  caller: ConsentCaller;
  /** Dotted path → value written. */
  set: Record<string, unknown>;
  requestBody?: unknown;
}

/** ConnectToken is a bearer credential for Ozone Connect: the audit says it changed, never what it is. */
const SECRET_KEYS = new Set(['ConnectToken', 'connectToken']);

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, SECRET_KEYS.has(key) ? '[redacted]' : redact(v)]));
}

/** The next row of a consent's chain; `previous` is the consent's current head (none for a create). */
export function nextAuditRow(previous: AuditHead | undefined, write: AuditWrite): ConsentAuditEntity {
  const row: ConsentAuditEntity = {
    id: randomUUID(),
    tenantId: write.tenantId,
    consentId: write.consentId,
    seq: (previous?.length ?? 0) + 1,
    operation: write.operation,
    timestamp: write.timestamp,
    providerId: write.tenantId,
    ozoneInteractionId: write.caller.interactionId,
    callerActor: write.caller.actor,
    callerOrgId: write.caller.orgId ?? null,
    callerClientId: write.caller.clientId ?? null,
    callerSoftwareStatementId: write.caller.softwareStatementId ?? null,
    patchFilter: canonicalJson({ id: write.consentId }),
    patch: canonicalJson(redact({ $set: write.set, requestBody: write.requestBody })),
    prevHash: previous?.hash ?? GENESIS_HASH,
    hash: '',
  };
  row.hash = auditHash(row);
  return row;
}

export async function insertAuditRow(m: EntityManager, row: ConsentAuditEntity): Promise<void> {
  await m.insert(ConsentAuditEntity, row);
}

export function findAuditRows(m: EntityManager, tenantId: string, consentId: string): Promise<ConsentAuditEntity[]> {
  return m.find(ConsentAuditEntity, { where: { tenantId, consentId }, order: { seq: 'ASC' } });
}

export function toAuditEntry(row: ConsentAuditEntity): ConsentAuditEntry {
  const callerDetails: ConsentAuditEntry['callerDetails'] = {};
  if (row.callerOrgId !== null) callerDetails.callerOrgId = row.callerOrgId;
  if (row.callerClientId !== null) callerDetails.callerClientId = row.callerClientId;
  if (row.callerSoftwareStatementId !== null) callerDetails.callerSoftwareStatementId = row.callerSoftwareStatementId;
  return {
    providerId: row.providerId,
    operation: row.operation,
    timestamp: row.timestamp,
    fkMongoId: row.id,
    fkId: row.consentId,
    id: row.id,
    ozoneInteractionId: row.ozoneInteractionId,
    callerDetails,
    patchFilter: row.patchFilter,
    patch: row.patch,
  };
}
