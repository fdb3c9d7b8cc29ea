import { payeeIbanOf, type PayeeConfirmation, type PayeeName } from '@hub/confirmation-of-payee';
import { ApiError } from '@hub/kernel';
import type { CbuaeCopCustomer, CbuaeCopName, CbuaeCopQuery } from '@hub/ozone-connect';
import type { AEAccountConfirmationResponse, AEConfirmationDiscoveryResponse } from '@hub/standards';

/** The document's base path of the family on every tenant's resource server. */
export const COP_BASE = '/open-finance/confirmation-of-payee/v2.1';

/**
 * Step: the payee's IBAN must be a UAE IBAN with valid check digits; anything else names no
 * account any LFI holds, which the TPP learns as the document's 400 Body.InvalidFormat.
 */
export function payeeIbanOrRefuse(identification: string): { iban: string; bankCode: string } {
  const checked = payeeIbanOf(identification);
  if (!checked.valid) throw new ApiError(400, 'Body.InvalidFormat', checked.problem, 'Data.Identification');
  return checked;
}

/** Step: the Ozone Connect query (findCustomerForCop) for the TPP's payee, its name passed on as asked. */
export function copQueryOf(iban: string, name: PayeeName): CbuaeCopQuery {
  const asked: CbuaeCopName =
    name.BusinessName !== undefined
      ? { businessName: name.BusinessName }
      : { fullName: name.FullName ?? '', ...(name.GivenName ? { firstName: name.GivenName } : {}), ...(name.LastName ? { lastName: name.LastName } : {}) };
  return { data: { account: { schemeName: 'IBAN', identification: iban, name: asked } } };
}

/**
 * Step: the customer records of the LFI's answer (ConfirmationResponse). A body without a `data`
 * list, or records without their claims, are the LFI's failure, not the TPP's (500).
 */
export function copCustomersOf(body: unknown): CbuaeCopCustomer[] {
  const data = (body as { data?: unknown } | undefined)?.data;
  // "In situations where the customer is not found, … an empty `data` object": [] or {} alike.
  if (data !== undefined && typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).length === 0) return [];
  if (!Array.isArray(data) || !data.every((c) => typeof c === 'object' && c !== null && Array.isArray((c as CbuaeCopCustomer).verifiedClaims))) {
    throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer to the Confirmation of Payee query.');
  }
  return data as CbuaeCopCustomer[];
}

/** The discovery answer: the payee bank's .well-known at the hub and its resource server. */
export function discoveryAnswer(bank: { discoveryUrl: string; resourceServerUrl: string }, self: string): AEConfirmationDiscoveryResponse {
  return { Data: { DiscoveryEndpointUrl: bank.discoveryUrl, ResourceServerUrl: bank.resourceServerUrl }, Links: { Self: self }, Meta: {} };
}

export function confirmationAnswer(result: PayeeConfirmation, self: string): AEAccountConfirmationResponse {
  return { Data: result, Links: { Self: self }, Meta: {} };
}
