import { ApiError } from '@hub/kernel';
import type { LfiTenantProfile } from '@hub/mock-lfi-data';
import { findLatestConsentEvent, type FilePaymentTerms } from '@hub/mock-lfi-store';
import type { ConsentRecord } from '@hub/ozone-connect';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SERVICE_INITIATION_CONSENT_TYPE } from '../consents/consent-decisions';
import { HubCallError, LfiHubClient } from '../hub-client/lfi-hub-client';

function invalidConsent(message: string): ApiError {
  return ApiError.badRequest(message, 'o3-consent-id', 'Consent.Invalid');
}

/**
 * How the bank knows a payment's consent: the consent events the hub sent it (stored as they came)
 * and, when those say too little yet (the event of the user's approval may still be on its way),
 * the hub's Consent Manager, the source of truth.
 */
@Injectable()
export class PaymentConsents {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hub: LfiHubClient,
  ) {}

  /** The freshest view of the consent that `enough` accepts, else the freshest there is; 400 Consent.Invalid when neither knows it. */
  async current(tenant: LfiTenantProfile, consentId: string, enough: (consent: ConsentRecord) => boolean): Promise<ConsentRecord> {
    const stored = (await findLatestConsentEvent(this.db, tenant.id, consentId))?.body as ConsentRecord | undefined;
    if (stored && enough(stored)) return stored;
    let fresh: ConsentRecord | undefined;
    try {
      fresh = await this.hub.consent(tenant, consentId);
    } catch (e) {
      // Unreachable or failing: what the events said is all there is.
      if (!(e instanceof HubCallError && e.status === 404) && !stored) throw new ApiError(500, 'GenericRecoverableError', `The bank could not read consent ${consentId} from the hub: ${(e as Error).message}`);
    }
    const known = fresh ?? stored;
    if (!known) throw invalidConsent(`No consent '${consentId}' at this bank`);
    return known;
  }
}

/** An Authorized payment consent whose user chose the account to pay from. */
export function isPayable(consent: ConsentRecord): boolean {
  return consent.status === 'Authorized' && Boolean(consent.accountIds?.length) && Boolean(consent.psuIdentifiers?.userId);
}

/** A payment consent of this TPP. */
export function requirePaymentConsent(consent: ConsentRecord, callerClientId: string): ConsentRecord {
  if (consent.consentType !== SERVICE_INITIATION_CONSENT_TYPE) throw invalidConsent(`Consent ${consent.id} is a ${consent.consentType} consent, not a payment consent`);
  if (consent.tpp?.clientId !== callerClientId) throw invalidConsent(`Consent ${consent.id} is not a consent of the calling TPP`);
  return consent;
}

/** Who pays and from which account: the consent's user and the account the user chose on the bank's page (accountIds[0]). */
export interface PaymentDebtor {
  userId: string;
  accountId: string;
}

/**
 * The debtor of a payment under the consent: only an Authorized consent may be paid from, and the
 * user the hub names (o3-psu-identifier) must be the consent's.
 */
export function debtorOf(consent: ConsentRecord, psuUserId: string | undefined): PaymentDebtor {
  if (consent.status !== 'Authorized') throw invalidConsent(`Consent ${consent.id} is ${consent.status}: only an Authorized consent can be paid from`);
  const userId = consent.psuIdentifiers?.userId;
  const accountId = consent.accountIds?.[0];
  if (!userId || !accountId) throw invalidConsent(`Consent ${consent.id} names no user or account to pay from`);
  if (psuUserId !== userId) throw ApiError.badRequest(`o3-psu-identifier names '${psuUserId ?? ''}', not the user of consent ${consent.id}`, 'o3-psu-identifier', 'Consent.InvalidUserIdentifier');
  return { userId, accountId };
}

/** The consent's `ControlParameters.ConsentSchedule.FilePayment`, when it is a file payment consent. */
export function filePaymentTermsOf(consent: ConsentRecord): FilePaymentTerms | undefined {
  const data = consent.consentBody?.Data ?? (consent.request?.consent as Record<string, unknown> | undefined);
  const schedule = (data?.ControlParameters as { ConsentSchedule?: { FilePayment?: FilePaymentTerms } } | undefined)?.ConsentSchedule;
  const terms = schedule?.FilePayment;
  return terms && typeof terms.FileHash === 'string' ? terms : undefined;
}

/** The PII the user consented to (a compact JWE), if any. */
export function consentPiiOf(consent: ConsentRecord): string | undefined {
  const pii = consent.request?.consent?.PersonalIdentifiableInformation;
  return typeof pii === 'string' && pii ? pii : undefined;
}
