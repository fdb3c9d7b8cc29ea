import type { components } from './generated/insurance';

/**
 * Ozone Connect v2.1 Insurance: the LFI's data-sharing answers (lower-case `{data, meta}`,
 * PascalCase members inside), named as in the document. Plain types generated from the official
 * document (generated/insurance.ts, `npm run wire-types`).
 */
type Schemas = components['schemas'];

export type OzoneInsurancePolicies = Schemas['AEInsurancePolicies1'];
export type OzoneInsurancePolicySummary = Schemas['AEInsurancePolicyProperties'];
export type OzoneInsurancePaymentDetails = Schemas['AEInsurance.AEInsurancePaymentDetails'];
/** All schemas of the document, for the ones without an alias. */
export type OzoneConnectInsuranceSchemas = Schemas;
