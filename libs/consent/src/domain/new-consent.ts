import type { AugmentConsentResponse, ConsentRecord } from '@hub/ozone-connect';
import type { CreateConsentCommand } from './consent-commands';
import { ConsentError } from './consent-error';
import { ConsentStatus, ConsentType, parseRarType } from './consent-status';
import { parseDateTime, standardDateTime } from './standard-date-time';
import { recordStatusUpdate } from './status-change';

export interface PreparedConsent {
  /** `consentGroupId` is the ConsentId until the service resolves `baseConsentId` to its group. */
  record: ConsentRecord;
  baseConsentId?: string;
  expiresAt: Date;
  authorizationExpiresAt?: Date;
}

/** AEConsentId / AEBaseConsentId: chosen by the TPP, 1–128 characters. */
const MAX_CONSENT_ID = 128;

/**
 * Fields the hub or the LFI own in the TPP view: a TPP sending them in its RAR must not pre-set
 * them. PersonalIdentifiableInformation stays in `request` only: the v2.1 consent responses never
 * echo PII back to the TPP.
 */
const NOT_FROM_THE_TPP = ['PersonalIdentifiableInformation', 'Status', 'CreationDateTime', 'StatusUpdateDateTime', 'RevokedBy'];

/** Checks a create command against the clock and builds the record as first stored (AwaitingAuthorization). */
export function prepareNewConsent(cmd: CreateConsentCommand, now: Date): PreparedConsent {
  const detail = cmd.authorizationDetail;
  if (!cmd.tenantId) throw ConsentError.invalid('tenantId is required');
  if (!cmd.tpp?.clientId) throw ConsentError.invalid('tpp.clientId is required');
  const rar = parseRarType(String(detail?.type ?? ''));
  if (!rar) throw ConsentError.invalid(`Unknown authorization_details type ${String(detail?.type)}`);
  const consent = detail.consent;
  if (!consent || typeof consent !== 'object') throw ConsentError.invalid('authorization_details.consent is required');

  const consentId = consentIdOf(consent.ConsentId, 'ConsentId');
  const baseConsentId = consent.BaseConsentId === undefined ? undefined : consentIdOf(consent.BaseConsentId, 'BaseConsentId');
  const expiresAt = futureDateTime(consent.ExpirationDateTime, 'ExpirationDateTime', now);
  const authorizationExpiresAt =
    rar.consentType === ConsentType.ServiceInitiation && consent.AuthorizationExpirationDateTime !== undefined
      ? futureDateTime(consent.AuthorizationExpirationDateTime, 'AuthorizationExpirationDateTime', now)
      : undefined;

  const data: Record<string, unknown> = Object.fromEntries(Object.entries(consent).filter(([key]) => !NOT_FROM_THE_TPP.includes(key)));
  const stamp = standardDateTime(now);
  const record: ConsentRecord = {
    id: consentId,
    rarType: detail.type,
    standardVersion: rar.standardVersion,
    consentGroupId: consentId,
    consentType: rar.consentType,
    status: ConsentStatus.AwaitingAuthorization,
    request: detail,
    requestHeaders: cmd.requestHeaders ?? {},
    consentBody: {
      Data: { ...data, Status: ConsentStatus.AwaitingAuthorization, CreationDateTime: stamp },
      ...(detail.subscription ? { Subscription: detail.subscription as Record<string, unknown> } : {}),
      Meta: {},
    },
    tpp: cmd.tpp,
    ozoneSupplementaryInformation: {},
    updatedAt: now.getTime(),
    ...(cmd.parId ? { parId: cmd.parId } : {}),
    ...(cmd.requestUrl ? { requestUrl: cmd.requestUrl } : {}),
    ...(cmd.interactionId ? { interactionId: cmd.interactionId } : {}),
  };
  recordStatusUpdate(rar.consentType, (path, value) => writeInto(record, path, value), stamp);
  return { record, baseConsentId, expiresAt, authorizationExpiresAt };
}

function writeInto(record: ConsentRecord, path: string, value: unknown): void {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => (node[key] ??= {}) as Record<string, unknown>, record as unknown as Record<string, unknown>);
  parent[keys[keys.length - 1]] = value;
}

/** The LFI's `augment` answer: it prices (Charges, ExchangeRate) and classifies (IsLargeCorporate) the consent. */
export function applyAugmentation(record: ConsentRecord, augment: AugmentConsentResponse): void {
  const data = record.consentBody.Data;
  if (augment.Charges !== undefined) data.Charges = augment.Charges;
  if (augment.ExchangeRate !== undefined) data.ExchangeRate = augment.ExchangeRate;
  if (augment.OpenFinanceBilling !== undefined) {
    data.OpenFinanceBilling = { ...(data.OpenFinanceBilling as Record<string, unknown> | undefined), ...augment.OpenFinanceBilling };
  }
}

function consentIdOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length < 1 || value.length > MAX_CONSENT_ID) {
    throw ConsentError.invalid(`${field} must be a string of 1 to ${MAX_CONSENT_ID} characters`);
  }
  return value;
}

function futureDateTime(value: unknown, field: string, now: Date): Date {
  const date = parseDateTime(value);
  if (!date) throw ConsentError.invalid(`${field} must be an ISO 8601 date-time`);
  if (date.getTime() <= now.getTime()) throw ConsentError.invalid(`${field} ${String(value)} is not in the future`);
  return date;
}
