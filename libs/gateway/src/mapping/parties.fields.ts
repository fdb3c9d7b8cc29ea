import { type CbuaeCustomer, type CbuaeCustomerById, mapObject } from '@hub/ozone-connect';
import type { AEPartyIdentityAssurance2, AEPartyIdentityAssurance4 } from '@hub/standards';
import { toVerifiedClaims } from './verified-claims.fields';

/** CbuaeCustomer (GET /customer) → AEPartyIdentityAssurance4 (GET /parties: the user). */
export const toAEPartyIdentityAssurance4 = mapObject<CbuaeCustomer, AEPartyIdentityAssurance4>({
  id: 'PartyId',
  number: 'PartyNumber',
  customerCategory: 'PartyCategory',
  verifiedClaims: ['VerifiedClaims', toVerifiedClaims],
});

/**
 * CbuaeCustomerById (GET /accounts/{accountId}/customer) → AEPartyIdentityAssurance2 (GET
 * /accounts/{AccountId}/parties: every party of the account, with its role on it).
 */
export const toAEPartyIdentityAssurance2 = mapObject<CbuaeCustomerById, AEPartyIdentityAssurance2>({
  id: 'PartyId',
  number: 'PartyNumber',
  customerType: 'PartyType',
  customerCategory: 'PartyCategory',
  accountRole: 'AccountRole',
  verifiedClaims: ['VerifiedClaims', toVerifiedClaims],
});
