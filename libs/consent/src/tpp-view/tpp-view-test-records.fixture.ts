import type { AuthorizationDetail, ConsentRecord } from '@hub/ozone-connect';
import { randomUUID } from 'node:crypto';
import { ConsentChange } from '../domain/consent-change';
import { ConsentStatus, type RevokedBy } from '../domain/consent-status';
import { prepareNewConsent } from '../domain/new-consent';
import { changeStatus } from '../domain/status-change';
import { accountAccessDetail, createCommand, DAY_MS, insuranceDetail, serviceInitiationDetail, tppRecord } from '../testing/consent-test-kit';

/**
 * Stored-shape consent records for the TPP view's tests: built by prepareNewConsent from the
 * consent test kit's RAR bodies, then moved through the real status change so the record and its
 * TPP view move together as they do in the store.
 */
export const RS = 'https://localhost:8443/falcon-bank/rs';
export const CREATED = new Date('2026-03-01T10:00:00.000Z');
export const AUTHORIZED = new Date('2026-03-01T10:02:30.250Z');
export const REVOKED = new Date('2026-03-05T08:00:00.000Z');
export const EXPIRES = new Date(CREATED.getTime() + 90 * DAY_MS);

export type Family = 'accounts' | 'payments' | 'insurance';
export const FAMILIES: readonly Family[] = ['accounts', 'payments', 'insurance'];

/** The insurance RAR schema wants Permissions grouped by InsuranceType (the kit sends bare codes). */
function insuranceRar(consentId: string): AuthorizationDetail {
  const detail = insuranceDetail(consentId, EXPIRES);
  return {
    ...detail,
    consent: { ...detail.consent, Permissions: [{ InsuranceType: 'Motor', Permissions: ['ReadInsurancePolicies', 'ReadInsurancePremium'] }] },
    subscription: { Webhook: { Url: 'https://tpp.example/insurance-webhook', IsActive: false } },
  };
}

/** The RAR a TPP would lodge for a family; `extra` is merged into `consent`. ConsentIds are UUIDs (insurance requires it). */
export function rarFor(family: Family, extra: Record<string, unknown> = {}, consentId: string = randomUUID()): AuthorizationDetail {
  const detail =
    family === 'accounts'
      ? accountAccessDetail(consentId, EXPIRES)
      : family === 'payments'
        ? serviceInitiationDetail(consentId, EXPIRES)
        : insuranceRar(consentId);
  return { ...detail, consent: { ...detail.consent, ...extra } };
}

/** A consent as first stored: AwaitingAuthorization. */
export function newConsent(family: Family, extra: Record<string, unknown> = {}): ConsentRecord {
  return newConsentFrom(rarFor(family, extra));
}

export function newConsentFrom(detail: AuthorizationDetail): ConsentRecord {
  return prepareNewConsent(createCommand('falcon-bank', detail, tppRecord()), CREATED).record;
}

/** The record after the status change, applied as the store applies it. */
export function moved(record: ConsentRecord, to: ConsentStatus, at: Date, revokedBy?: RevokedBy): ConsentRecord {
  const change = new ConsentChange(record);
  changeStatus(change, to, to === ConsentStatus.Revoked && revokedBy?.startsWith('TPP') ? 'TPP' : 'LFI', at, revokedBy);
  return change.after;
}

export function authorized(family: Family, extra: Record<string, unknown> = {}): ConsentRecord {
  return moved(newConsent(family, extra), ConsentStatus.Authorized, AUTHORIZED);
}

export function revoked(family: Family, by: RevokedBy = 'TPP.InitiatedByUser'): ConsentRecord {
  return moved(authorized(family), ConsentStatus.Revoked, REVOKED, by);
}
