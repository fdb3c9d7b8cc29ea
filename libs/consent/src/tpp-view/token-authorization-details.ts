import type { ConsentRecord } from '@hub/ozone-connect';
import type { TppConsentResource } from './tpp-consent-resource';

/** One item of the token response's `authorization_details` (AELodgedAuthorizationDetailsTypes). */
export interface TokenAuthorizationDetail {
  type: string;
  consent: TppConsentResource;
}

/**
 * `authorization_details` of the authorization-code and refresh-token grant responses: the RAR
 * type the TPP lodged, with the consent as it stands now (so a refresh shows a revocation).
 * A token is bound to one consent, hence one item.
 */
export function tokenAuthorizationDetails(record: ConsentRecord, consent: TppConsentResource): TokenAuthorizationDetail[] {
  return [{ type: record.rarType, consent }];
}
