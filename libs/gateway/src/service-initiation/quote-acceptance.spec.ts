import { ApiError } from '@hub/kernel';
import { assertQuoteAcceptable, QUOTE_ACCEPTANCE, type AcceptableQuoteKind } from './quote-acceptance';

const NOW = new Date('2026-05-01T10:00:00Z');
const KINDS = Object.keys(QUOTE_ACCEPTANCE) as AcceptableQuoteKind[];

function refusal(kind: AcceptableQuoteKind, status: string, expiresAt?: string): ApiError | undefined {
  try {
    assertQuoteAcceptable(kind, { status, expiresAt }, NOW);
    return undefined;
  } catch (e) {
    return e as ApiError;
  }
}

describe('assertQuoteAcceptable: only an Available quote can be accepted', () => {
  it.each(KINDS)('accepts an Available %s before its expiry, or without one', (kind) => {
    expect(refusal(kind, 'Available', '2026-05-01T10:00:01Z')).toBeUndefined();
    expect(refusal(kind, 'Available')).toBeUndefined();
  });

  it.each([
    ['fx-quote', 'Accepted', 'FxQuote.NotAvailable'],
    ['fx-quote', 'Expired', 'FxQuote.NotAvailable'],
    ['fx-quote', 'Completed', 'FxQuote.NotAvailable'],
    ['insurance-quote', 'Pending', 'InsuranceQuote.NotAvailable'],
    ['insurance-quote', 'ApplicationPending', 'InsuranceQuote.NotAvailable'],
    ['insurance-quote', 'Rejected', 'InsuranceQuote.NotAvailable'],
  ] as const)('refuses a %s that is %s with 400 %s', (kind, status, code) => {
    expect(refusal(kind, status)).toMatchObject({ status: 400, code, path: 'Data.QuoteStatus', message: `the quote is ${status}: only an Available quote can be accepted` });
  });

  it.each([
    ['fx-quote', 'FxQuote.Expired'],
    ['insurance-quote', 'InsuranceQuote.Expired'],
  ] as const)('refuses an Available %s at or past its expiry with 400 %s', (kind, code) => {
    expect(refusal(kind, 'Available', NOW.toISOString())).toMatchObject({ status: 400, code, path: 'Data.QuoteStatus' });
    expect(refusal(kind, 'Available', '2026-05-01T09:00:00Z')).toMatchObject({ status: 400, code, message: 'the quote expired at 2026-05-01T09:00:00Z' });
  });
});
