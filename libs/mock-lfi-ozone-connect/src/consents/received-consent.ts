import { ApiError } from '@hub/kernel';
import type { ConsentRecord } from '@hub/ozone-connect';

/** Matches the `consentId` column of the mock LFI's consent events. */
const MAX_CONSENT_ID_LENGTH = 128;

/**
 * The consent record in the body of a consent event or action, checked only as far as the LFI
 * relies on it: an object naming the consent (the same one as o3-consent-id), its type and status.
 */
export function receivedConsent(body: unknown, consentIdHeader: string): ConsentRecord {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw ApiError.badRequest('The body must be the consent record, a JSON object');
  const consent = body as Partial<ConsentRecord>;
  for (const field of ['id', 'consentType', 'status'] as const) {
    if (typeof consent[field] !== 'string' || consent[field] === '') throw ApiError.badRequest(`${field} of the consent record is required`, field);
  }
  const id = consent.id as string;
  if (id.length > MAX_CONSENT_ID_LENGTH) throw ApiError.badRequest(`id of the consent record is longer than ${MAX_CONSENT_ID_LENGTH} characters`, 'id');
  if (id !== consentIdHeader) {
    throw ApiError.badRequest(`o3-consent-id '${consentIdHeader}' is not the id of the consent in the body ('${id}')`, 'o3-consent-id');
  }
  return consent as ConsentRecord;
}
