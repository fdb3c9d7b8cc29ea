import type { components, operations } from './generated/insurance';

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

// --- The quotes and policy creation (client credentials), one body per operation, every line ---
type Ops = operations;
type Line = 'Employment' | 'Health' | 'Home' | 'Life' | 'Motor' | 'Renters' | 'Travel';
type Json<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;

/** 201 of `POST /{line}-insurance-quotes`: one or more quotes (health has its own quote schema). */
export type OzoneInsuranceQuotesCreated = Json<Ops[`Create${Line}InsuranceQuoteOperation`]['responses'][201]>;
/** 200 of `GET /{line}-insurance-quotes/{QuoteId}`: the quote in its status of the moment. */
export type OzoneInsuranceQuoteRead = Json<Ops[`${Line}InsuranceReadInsuranceQuoteByQuoteIdOperation`]['responses'][200]>;
/** 200 of `PATCH /{line}-insurance-quotes/{QuoteId}` (the acceptance) when the broker has instructions. */
export type OzoneInsuranceQuoteAccepted = Json<Ops[`${Line}InsuranceUpdateInsuranceQuoteByQuoteIdOperation`]['responses'][200]>;
/** 201 of `POST /{line}-insurance-policies`. */
export type OzoneInsurancePolicyCreated = Schemas['AEInsuranceCreatePolicyResponse1'];
