import type { ConsentRecord } from '@hub/ozone-connect';
import { toInstant } from '@hub/persistence';
import { parseDateTime } from '../domain/standard-date-time';
import type { ConsentRecordEntity } from './consent-record.entity';

/** The columns a change may rewrite (keys, creation and audit bookkeeping excluded). */
export type MutableColumns = Omit<ConsentRecordEntity, 'tenantId' | 'consentId' | 'createdAt' | 'auditHeadHash' | 'auditLength' | 'version'>;

export function toConsentRecord(row: ConsentRecordEntity): ConsentRecord {
  const optional = {
    parId: row.parId,
    requestUrl: row.requestUrl,
    interactionId: row.interactionId,
    ozoneSupplementaryInformation: row.ozoneSupplementaryInformation,
    psuIdentifiers: row.psuIdentifiers,
    accountIds: row.accountIds,
    insurancePolicyIds: row.insurancePolicyIds,
    supplementaryInformation: row.supplementaryInformation,
    paymentContext: row.paymentContext,
    ConnectToken: row.connectToken,
    consentUsage: row.consentUsage,
    authorizationChannel: row.authorizationChannel,
  };
  return {
    id: row.consentId,
    rarType: row.rarType,
    standardVersion: row.standardVersion,
    consentGroupId: row.consentGroupId,
    consentType: row.consentType,
    status: row.status,
    request: row.request,
    requestHeaders: row.requestHeaders,
    consentBody: row.consentBody,
    tpp: row.tpp,
    updatedAt: Date.parse(row.updatedAt),
    // Absent fields stay absent on the wire rather than appearing as null.
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== null && value !== undefined)),
  };
}

export function toMutableColumns(record: ConsentRecord): MutableColumns {
  const data = record.consentBody.Data;
  const expiresAt = parseDateTime(data.ExpirationDateTime);
  // Creation refuses a consent without one; a record reaching here without it is a bug, not data.
  if (!expiresAt) throw new Error(`Consent ${record.id} has no ExpirationDateTime`);
  const authorizationExpiresAt = parseDateTime(data.AuthorizationExpirationDateTime);
  return {
    consentGroupId: record.consentGroupId,
    rarType: record.rarType,
    standardVersion: record.standardVersion,
    consentType: record.consentType,
    status: record.status,
    tppClientId: record.tpp.clientId,
    psuUserId: record.psuIdentifiers?.userId ?? null,
    parId: record.parId ?? null,
    interactionId: record.interactionId ?? null,
    requestUrl: record.requestUrl ?? null,
    request: record.request,
    requestHeaders: record.requestHeaders,
    consentBody: record.consentBody,
    tpp: record.tpp,
    psuIdentifiers: record.psuIdentifiers ?? null,
    accountIds: record.accountIds ?? null,
    insurancePolicyIds: record.insurancePolicyIds ?? null,
    supplementaryInformation: record.supplementaryInformation ?? null,
    authorizationChannel: record.authorizationChannel ?? null,
    consentUsage: record.consentUsage ?? null,
    paymentContext: record.paymentContext ?? null,
    connectToken: record.ConnectToken ?? null,
    ozoneSupplementaryInformation: record.ozoneSupplementaryInformation ?? null,
    updatedAt: toInstant(new Date(record.updatedAt)),
    expiresAt: toInstant(expiresAt),
    authorizationExpiresAt: authorizationExpiresAt ? toInstant(authorizationExpiresAt) : null,
  };
}
