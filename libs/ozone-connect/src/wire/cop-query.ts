import type { components } from './generated/bank-data-sharing';

/**
 * Ozone Connect v2.1 `POST /customers/action/cop-query` (findCustomerForCop): the query the hub
 * sends for a Confirmation of Payee and the customer records the LFI answers with. The hub, not
 * the LFI, applies the name matching rules to these records.
 */
type Schemas = components['schemas'];

export type CbuaeCopQuery = Schemas['ConfirmationRequest'];
export type CbuaeCopQueryAnswer = Schemas['ConfirmationResponse'];
export type CbuaeCopCustomer = Schemas['CbuaeCopCustomer'];
export type CbuaeVerifiedCopClaim = Schemas['CbuaeVerifiedCopClaim'];
/** The name the TPP asks about, as the hub passes it on: a person's or a business's. */
export type CbuaeCopName = Schemas['PersonName'] | Schemas['BusinessName'];
