import type { components } from '../generated/insurance';

/**
 * Insurance v2.1 (errata 1), TPP-facing data sharing: the response members the hub sends, named
 * as in the standard. Plain types generated from the official document (../generated).
 */
type Schemas = components['schemas'];

export type AEInsurancePolicies = Schemas['AEInsurancePolicies1'];
export type AEInsurancePolicySummary = AEInsurancePolicies['Policies'][number];
export type AEInsurancePaymentDetails = Schemas['AEInsurancePaymentDetails'];
/** One policy's Data, whichever of the seven lines it belongs to. */
export type AEInsurancePolicy =
  | Schemas['AEEmploymentInsurancePolicyProperties1']
  | Schemas['AEHealthInsurancePolicyProperties1']
  | Schemas['AEHomeInsurancePolicyProperties1']
  | Schemas['AELifeInsurancePolicyProperties1']
  | Schemas['AEMotorInsurancePolicyProperties1']
  | Schemas['AERentersInsurancePolicyProperties1']
  | Schemas['AETravelInsurancePolicyProperties1'];
/** All schemas of the document, for the ones without an alias. */
export type InsuranceSchemas = Schemas;
