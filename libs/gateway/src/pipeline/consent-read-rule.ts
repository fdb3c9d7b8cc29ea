import { ApiError } from '@hub/kernel';
import type { ConsentRecord } from '@hub/ozone-connect';

/**
 * Which consent statuses let a token read the consented resources (bank data, insurance) or make
 * a payment: "resource calls are refused unless the consent is Authorized". A Suspended consent is still in
 * use ("suspended, pending further enquiries", AEConsentStatus), so the refusal is the 403 that
 * says "try later", Consent.TransientAccountAccessFailure; any other status has ended the token's
 * authority: 401 without body, as for an invalid token.
 */
export const CONSENT_READ_RULE: Readonly<Record<string, 'read' | 'transient-refusal'>> = {
  Authorized: 'read',
  Suspended: 'transient-refusal',
};

/** Step 2 of every consented read, before the family looks at permissions: throws the standard's refusal. */
export function assertConsentReadable(consent: Pick<ConsentRecord, 'status'>): void {
  const rule = CONSENT_READ_RULE[consent.status];
  if (rule === 'read') return;
  if (rule === 'transient-refusal') throw new ApiError(403, 'Consent.TransientAccountAccessFailure', 'the consent is suspended by the LFI');
  throw ApiError.invalidToken(`the consent behind the token is ${consent.status}`);
}
