import type { InsuranceLine } from '@hub/mock-lfi-data';
import { isDeclined } from './pricing/line-quote';
import { premiumFigures, type PremiumFigures } from './pricing/premium';
import { quoteRequestOf } from './quote-request';

// The realistic quote requests of the seven lines live in the test library (the e2e suites send
// them too); this fixture adds what only the desk's own tests need.
export {
  QUOTE_REQUESTS,
  employmentQuoteRequest,
  healthQuoteRequest,
  homeQuoteRequest,
  lifeQuoteRequest,
  motorQuoteRequest,
  rentersQuoteRequest,
  travelQuoteRequest,
  withMember,
} from '@hub/testing';

/** The Essential plan's figures for a request priced on `today` (commission 10 %); throws when the desk declines. */
export function essentialPremium(line: InsuranceLine, body: object, today: string): PremiumFigures {
  const { quote } = quoteRequestOf(line, body, today);
  if (isDeclined(quote)) throw new Error(`declined: ${quote.declined}`);
  return premiumFigures(quote.price, 1000);
}
