import type { components } from '../generated/account-information';

/**
 * Bank Data Sharing v2.1 (errata 2), TPP-facing: the response members the hub sends, named as in
 * the standard. Plain types generated from the official document (../generated, `npm run
 * wire-types`); validation classes, where a request needs one, are written by hand elsewhere.
 */
type Schemas = components['schemas'];

export type AEAccountArrayId = Schemas['AEAccountArrayId'];
export type AEAccountId = Schemas['AEAccountId'];
export type AEBalance = Schemas['AEBalance'];
export type AETransaction = Schemas['AETransaction'];
export type AEBeneficiary = Schemas['AEBeneficiary'];
export type AEDirectDebit = Schemas['AEDirectDebit'];
export type AEScheduledPayment = Schemas['AEScheduledPayment'];
export type AEStandingOrder = Schemas['AEStandingOrder'];
export type AEProduct = Schemas['AEProduct'];
export type AEStatements = Schemas['AEStatements'];
export type AEPartyIdentityAssurance2 = Schemas['AEPartyIdentityAssurance2'];
export type AEPartyIdentityAssurance4 = Schemas['AEPartyIdentityAssurance4'];
export type AEVerifiedClaim = Schemas['VerifiedClaim'];
export type AEPostalAddress = Schemas['AEPostalAddress'];
export type AELinks = Schemas['Links'];
export type AEMetaTotalPages = Schemas['MetaTotalPages'];
export type AEMetaTransactionsStatements = Schemas['MetaTransactionsStatements'];
/** All schemas of the document, for the ones without an alias. */
export type AccountInformationSchemas = Schemas;
