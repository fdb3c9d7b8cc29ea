import { ApiError } from '@hub/kernel';

/**
 * The quotes a TPP accepts with a signed PATCH, and the error codes each family's document gives
 * for a quote that cannot be accepted (FX: FxQuote.*, insurance: InsuranceQuote.*).
 */
export const QUOTE_ACCEPTANCE = {
  'fx-quote': { notAvailable: 'FxQuote.NotAvailable', expired: 'FxQuote.Expired' },
  'insurance-quote': { notAvailable: 'InsuranceQuote.NotAvailable', expired: 'InsuranceQuote.Expired' },
} as const;

export type AcceptableQuoteKind = keyof typeof QUOTE_ACCEPTANCE;

/** A quote as the hub's resource log holds it. */
export interface QuoteState {
  status: string;
  /** ISO instant, when the LFI gave one. */
  expiresAt?: string | null;
}

/**
 * Only an Available quote can be accepted, and only before it expires: a quote the TPP already
 * accepted, or one the LFI moved on, is refused as NotAvailable; an Available quote past its
 * ExpirationDateTime (the LFI may not have reported Expired yet) as Expired. Both 400 at
 * Data.QuoteStatus.
 */
export function assertQuoteAcceptable(kind: AcceptableQuoteKind, quote: QuoteState, now: Date): void {
  const codes = QUOTE_ACCEPTANCE[kind];
  if (quote.status !== 'Available') throw ApiError.badRequest(`the quote is ${quote.status}: only an Available quote can be accepted`, 'Data.QuoteStatus', codes.notAvailable);
  if (quote.expiresAt && Date.parse(quote.expiresAt) <= now.getTime()) throw ApiError.badRequest(`the quote expired at ${quote.expiresAt}`, 'Data.QuoteStatus', codes.expired);
}
