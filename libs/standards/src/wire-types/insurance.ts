import type { components, operations } from '../generated/insurance';

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

// --- The quotes and policy creation (client credentials), one body per operation, every line ---
type Ops = operations;
type Line = 'Employment' | 'Health' | 'Home' | 'Life' | 'Motor' | 'Renters' | 'Travel';
/** The `message` of a body the document describes as a JWT claims set (the hub sends the message itself, or signed). */
type MessageOf<Response, Media extends string> = Response extends { content: { [M in Media]: { message: infer Message } } } ? Message : never;

/** 201 of `POST /{line}-insurance-quotes` (health has its own quote schema). */
export type AEInsuranceQuotesCreated = Schemas['AECreateInsuranceQuoteResponseBody1'] | Schemas['AECreateHealthInsuranceQuoteResponseBody'];
/** 200 of `GET /{line}-insurance-quotes/{QuoteId}` (health has its own quote schema). */
export type AEInsuranceQuoteRead = Schemas['AEInsuranceQuoteReadResponseBody1'] | Schemas['AEHealthInsuranceQuoteReadResponseBody1'];
/** 200 of `PATCH /{line}-insurance-quotes/{QuoteId}` (the acceptance): Data and Links, no Meta. */
export type AEInsuranceQuoteAccepted = MessageOf<Ops[`${Line}InsuranceQuotePatch`]['responses'][200], 'application/json'>;
/** 201 of `POST /{line}-insurance-policies`. */
export type AEInsurancePolicyCreated = MessageOf<Ops[`${Line}InsuranceCreatePolicy_signedRequest`]['responses'][201], 'application/jwt'>;
