import type { InsuranceEmirate } from '@hub/mock-lfi-store';
import type { Members } from '../quote-members';
import type { LinePrice } from './premium';
import type { Fils } from './quote-money';

export const EMIRATES: readonly InsuranceEmirate[] = ['AbuDhabi', 'Ajman', 'Dubai', 'Fujairah', 'RasAlKhaimah', 'Sharjah', 'UmmAlQuwain'];

/** One item of PolicyCover (AEInsuranceQuotePolicyCover), amounts in fils. */
export interface QuotedCover {
  CoverType: string;
  Description: string;
  limit?: Fils;
  excess?: Fils;
}

/** How long the policy runs: whole months, or days for a single trip shorter than a year. */
export interface QuotedTerm {
  months: number;
  days?: number;
}

/**
 * What a line's pricing makes of one request: the standard plan's price and covers, the extra of
 * the enhanced ("Plus") plan, and the facts the policy needs later (term, emirate).
 */
export interface LineQuote {
  product: string;
  price: LinePrice;
  covers: QuotedCover[];
  plus: { bps: number; cover: QuotedCover };
  term: QuotedTerm;
  /** Where the policy is issued, when the request says (the car's registration, the home's address …). */
  emirate?: InsuranceEmirate;
  takaful: boolean;
  requiredDocuments: string[];
  /** The premium is for a year (paid yearly or in instalments) or for one trip. */
  paymentFrequency: 'Annually' | 'OneTime';
}

/** The desk does not write this risk at all (the TPP gets 204, "requirements could not be fulfilled"). */
export interface Declined {
  declined: string;
}

/**
 * A line of business: `read` takes what pricing needs from the request (problems collected in
 * the Members, refused together by the caller), `quote` prices it and is pure.
 */
export interface LineDesk<Risk> {
  read(members: Members, on: string): Risk;
  quote(risk: Risk): LineQuote | Declined;
}

export function isDeclined(quote: LineQuote | Declined): quote is Declined {
  return 'declined' in quote;
}

/** The policyholder's emirate from the first address that names one. */
export function emirateOfAddresses(m: Members, path: string): InsuranceEmirate | undefined {
  const addresses = m.optionalObjects(path) ?? [];
  const named = addresses.find((a) => EMIRATES.includes(a.CountrySubDivision as InsuranceEmirate));
  return named?.CountrySubDivision as InsuranceEmirate | undefined;
}
