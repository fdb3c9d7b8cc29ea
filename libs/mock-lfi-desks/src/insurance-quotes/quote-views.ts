import type { InsuranceQuoteEntity } from '@hub/mock-lfi-store';
import type { PostIssuance } from './policy-request';

// The Ozone Connect bodies of the quote desk: lower-case `data`/`links` envelopes around the
// standards' PascalCase members.

/**
 * One quote in any status (AEInsuranceQuoteRead*ResponseProperties, and the Available quote of
 * the POST answer): every status the desk reaches shares AEInsuranceQuoteProperties, so the body
 * is the offer with the status of the moment.
 */
export function quoteBody(row: InsuranceQuoteEntity): Record<string, unknown> {
  return {
    QuoteStatus: row.status,
    QuoteId: row.quoteId,
    QuoteReference: row.quoteReference,
    CreationDateTime: row.creationDateTime,
    ExpirationDateTime: row.expirationDateTime,
    ...row.offer,
  };
}

/** 201 of `POST /{line}-insurance-quotes`: one or more quotes. */
export function createdQuotesBody(rows: InsuranceQuoteEntity[]) {
  return { data: rows.map(quoteBody) };
}

/** 200 of `GET /{line}-insurance-quotes/{QuoteId}`. */
export function readQuoteBody(row: InsuranceQuoteEntity) {
  return { data: quoteBody(row) };
}

/**
 * 200 of the acceptance when the broker handles part of the issuance (its PolicyIssuanceAllowed);
 * undefined means 204, which the document asks for when there are no broker instructions. The
 * insurer collects the premium itself, so there is never a PaymentUrl.
 */
export function acceptedQuoteBody(row: InsuranceQuoteEntity) {
  const allowed = row.offer.PolicyIssuanceAllowed as { CustomerVerification: boolean; Payment: boolean; PolicyDocuments: boolean };
  if (!allowed.CustomerVerification && !allowed.Payment && !allowed.PolicyDocuments) return undefined;
  return { data: { PolicyIssuanceAllowed: allowed } };
}

/** 201 of `POST /{line}-insurance-policies` (AEInsuranceCreatePolicyResponse1). */
export function createdPolicyBody(insurancePolicyId: string, postIssuance?: PostIssuance) {
  return { data: { InsurancePolicyId: insurancePolicyId, ...(postIssuance ? { PostIssuanceResponse: postIssuance } : {}) } };
}
