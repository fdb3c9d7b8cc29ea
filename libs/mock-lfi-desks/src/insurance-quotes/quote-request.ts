import { ApiError } from '@hub/kernel';
import type { InsuranceLine } from '@hub/mock-lfi-data';
import { LINE_DESKS } from './pricing/line-desks';
import type { Declined, LineQuote } from './pricing/line-quote';
import { isObject, Members, type Json } from './quote-members';

/** PolicyIssuanceRequest: the steps of issuance a broker (TPP) asks to handle. */
export interface PolicyIssuanceRequest {
  CustomerVerification: boolean;
  Payment: boolean;
  PolicyDocuments: boolean;
}

/** `POST /{line}-insurance-quotes` body `data` (AE{Line}InsuranceQuoteRequestProperties), as the desk uses it. */
export interface QuoteRequest {
  customerId: string;
  quoteReference: string;
  policyIssuanceRequest: PolicyIssuanceRequest;
  /** The date the premium is computed for: the policy's start date, or today when it starts earlier or is not given. */
  pricedOn: string;
  quote: LineQuote | Declined;
}

/** The documents leave CustomerId and QuoteReference unbounded; the desk stores up to these lengths. */
const CUSTOMER_ID_MAX = 128;
const QUOTE_REFERENCE_MAX = 140;

export function dataOf(body: unknown): Json {
  if (!isObject(body) || !isObject(body.data)) throw ApiError.badRequest('data is required: the body must be a JSON object {"data": {...}}', 'data');
  return body.data;
}

/**
 * Reads and prices a quote request of `line`: the members every line shares, then what the line
 * prices on. Every missing or malformed member is named in one 400 (Body.InvalidFormat).
 */
export function quoteRequestOf(line: InsuranceLine, body: unknown, today: string): QuoteRequest {
  const m = new Members(dataOf(body));
  const customerId = m.text('CustomerId', CUSTOMER_ID_MAX);
  const quoteReference = m.text('QuoteReference', QUOTE_REFERENCE_MAX);
  m.choice('QuoteType', ['New', 'Switch', 'Renewal'] as const);
  const policyIssuanceRequest = {
    CustomerVerification: m.bool('PolicyIssuanceRequest.CustomerVerification'),
    Payment: m.bool('PolicyIssuanceRequest.Payment'),
    PolicyDocuments: m.bool('PolicyIssuanceRequest.PolicyDocuments'),
  };
  m.object('Policy');
  const start = m.optionalDate('Policy.PolicyStartDate');
  const pricedOn = start && start > today ? start : today;
  const quote = LINE_DESKS[line].read(m, pricedOn);
  m.check(`The ${line} quote request lacks or misstates what the insurer prices on`);
  return { customerId, quoteReference, policyIssuanceRequest, pricedOn, quote: quote() };
}
