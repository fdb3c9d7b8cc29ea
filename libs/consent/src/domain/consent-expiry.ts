import type { ConsentRecord } from '@hub/ozone-connect';
import { ConsentStatus } from './consent-status';
import { parseDateTime } from './standard-date-time';

/**
 * Whether the hub must expire this consent now: an authorized (or suspended) consent at its
 * ExpirationDateTime; a consent still awaiting authorization at its AuthorizationExpirationDateTime
 * (the multi-authorization window) or, failing that, at its ExpirationDateTime.
 */
export function isExpiryDue(record: ConsentRecord, now: Date): boolean {
  const data = record.consentBody.Data;
  const expires = parseDateTime(data.ExpirationDateTime);
  const passed = (d: Date | undefined) => d !== undefined && d.getTime() <= now.getTime();
  switch (record.status) {
    case ConsentStatus.Authorized:
    case ConsentStatus.Suspended:
      return passed(expires);
    case ConsentStatus.AwaitingAuthorization:
      return passed(parseDateTime(data.AuthorizationExpirationDateTime)) || passed(expires);
    default:
      return false;
  }
}
