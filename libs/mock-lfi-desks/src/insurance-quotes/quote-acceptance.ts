import { INSURANCE_ACCEPTED_STATUSES } from '@hub/standards';
import type { InsuranceLine } from '@hub/mock-lfi-data';
import type { InsuranceQuoteAcceptance, InsuranceQuoteAcceptedStatus, InsuranceQuoteEntity } from '@hub/mock-lfi-store';
import { amountText, type Fils } from './pricing/quote-money';
import { dataOf } from './quote-request';
import { Members } from './quote-members';

const ACCEPTED_STATUSES: readonly InsuranceQuoteAcceptedStatus[] = INSURANCE_ACCEPTED_STATUSES;
const FREQUENCIES = ['Annually', 'OneTime', 'Monthly', 'Quarterly', 'BiAnnual', 'Other', 'Limited'] as const;

/** `PATCH /{line}-insurance-quotes/{QuoteId}` body `data` (AE{Line}InsuranceQuoteAcceptQuoteRequestProperties). */
export interface QuoteAcceptance {
  QuoteStatus: InsuranceQuoteAcceptedStatus;
  QuoteReference: string;
  InsuranceSubType: string;
  Premium: { net: Fils; vat: Fils; total: Fils; PaymentFrequency: string };
  Commission: { PaymentMethod: string; CommissionAmount?: Fils };
  QuoteCreationDateTime: string;
  CustomerSalary?: InsuranceQuoteAcceptance['CustomerSalary'];
}

/** Reads the acceptance; health needs CustomerSalary (the Completed log reports it for health). */
export function quoteAcceptanceOf(line: InsuranceLine, body: unknown): QuoteAcceptance {
  const m = new Members(dataOf(body));
  const salaryChoices = ['Under4K', 'Over4K'] as const;
  const acceptance: QuoteAcceptance = {
    QuoteStatus: m.choice('QuoteStatus', ACCEPTED_STATUSES),
    QuoteReference: m.text('QuoteReference', 140),
    InsuranceSubType: m.text('InsuranceSubType', 140),
    Premium: {
      net: m.amount('Premium.PremiumAmountExcludingVAT'),
      vat: m.amount('Premium.VATAmount'),
      total: m.amount('Premium.TotalPremiumAmount'),
      PaymentFrequency: m.choice('Premium.PaymentFrequency', FREQUENCIES),
    },
    Commission: { PaymentMethod: m.choice('Commission.PaymentMethod', ['DirectToTPP', 'ThroughAPIHub'] as const), CommissionAmount: m.optionalAmount('Commission.CommissionAmount') },
    QuoteCreationDateTime: m.text('QuoteCreationDateTime', 40),
    CustomerSalary: line === 'health' ? m.choice('CustomerSalary', salaryChoices) : m.optionalChoice('CustomerSalary', salaryChoices),
  };
  if (m.has('QuoteCreationDateTime') && Number.isNaN(Date.parse(acceptance.QuoteCreationDateTime))) m.report('QuoteCreationDateTime', 'must be a date-time');
  m.check(`The acceptance of the ${line} quote is malformed`);
  return acceptance;
}

/**
 * What the acceptance says differently from the quote, member by member: the user accepts the
 * quote as offered, so the TPP must replay its reference, premium, commission and creation time.
 */
export function acceptanceDifferences(quote: InsuranceQuoteEntity, acceptance: QuoteAcceptance): string[] {
  const premium = quote.offer.Premium as Record<string, { Amount: string } | string>;
  const commission = quote.offer.Commission as { CommissionAmount: { Amount: string }; PaymentMethod: string };
  const differences: string[] = [];
  const compare = (path: string, sent: string, quoted: string) => sent !== quoted && differences.push(`${path} is ${sent}, the quote says ${quoted}`);
  const amount = (member: string) => (premium[member] as { Amount: string }).Amount;
  compare('data.QuoteReference', acceptance.QuoteReference, quote.quoteReference);
  compare('data.Premium.PremiumAmountExcludingVAT', amountText(acceptance.Premium.net), amount('PremiumAmountExcludingVAT'));
  compare('data.Premium.VATAmount', amountText(acceptance.Premium.vat), amount('VATAmount'));
  compare('data.Premium.TotalPremiumAmount', amountText(acceptance.Premium.total), amount('TotalPremiumAmount'));
  compare('data.Premium.PaymentFrequency', acceptance.Premium.PaymentFrequency, premium.PaymentFrequency as string);
  compare('data.Commission.PaymentMethod', acceptance.Commission.PaymentMethod, commission.PaymentMethod);
  if (acceptance.Commission.CommissionAmount !== undefined) compare('data.Commission.CommissionAmount', amountText(acceptance.Commission.CommissionAmount), commission.CommissionAmount.Amount);
  if (Date.parse(acceptance.QuoteCreationDateTime) !== Date.parse(quote.creationDateTime)) differences.push(`data.QuoteCreationDateTime is ${acceptance.QuoteCreationDateTime}, the quote was created at ${quote.creationDateTime}`);
  return differences;
}

/** What the desk keeps of the acceptance for the rest of the quote's life. */
export function storedAcceptanceOf(acceptance: QuoteAcceptance): InsuranceQuoteAcceptance {
  return { InsuranceSubType: acceptance.InsuranceSubType, ...(acceptance.CustomerSalary ? { CustomerSalary: acceptance.CustomerSalary } : {}) };
}
