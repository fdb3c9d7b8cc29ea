import type { InsuranceLine } from '@hub/mock-lfi-data';
import type { InsuranceQuoteOffer, InsuranceQuotePolicyPlan } from '@hub/mock-lfi-store';
import { durationOfMonths } from './pricing/calendar';
import type { LineQuote, QuotedCover } from './pricing/line-quote';
import { premiumFigures, withPlanLoading, type LinePrice, type PremiumFigures } from './pricing/premium';
import { aedAmount, percentOf, sum, VAT_BPS } from './pricing/quote-money';
import type { PolicyIssuanceRequest } from './quote-request';

/** One quote the desk offers for a request: the members that never change, and the policy it leads to. */
export interface PricedPlan {
  offer: InsuranceQuoteOffer;
  plan: InsuranceQuotePolicyPlan;
}

export interface OfferContext {
  line: InsuranceLine;
  tenantId: string;
  commissionBps: number;
  issuanceRequest: PolicyIssuanceRequest;
}

/** Where a policy is issued when the request names no emirate: the insurer's head office. */
const HEAD_OFFICE_EMIRATE = 'Dubai';

/**
 * The insurer's service figures (AEInsuranceServiceRating): one insurer, one set, on every quote.
 * Plausible values for a mid-sized UAE insurer.
 */
const SERVICE_RATING = {
  FinancialStrength: { SolvencyRatio: 92.5, YearsInBusiness: 27 },
  ClaimsServicePerformance: { AverageClaimSettlementTime: 12, ClaimSettlementRatio: 96.4, ClaimRejectionRate: 3.6, ClaimsPaymentCapacityRatio: 88 },
  CustomerServiceComplaintHandling: { CustomerComplaintRate: 0.8, ComplaintResolutionTime: 5, NetPromoterScore: 41 },
  PolicyDigitalConvenience: {
    InstantDigitalPolicyIssuance: true,
    DigitalClaimsFiling: true,
    SelfServiceOptions: ['MobileApp', 'WebPortal'],
    CustomerSupportAvailability: ['CallCenter', 'LiveChat', 'Email', 'WhatsApp'],
  },
};

/**
 * Two quotes per request: the cover as asked ("Essential") and an enhanced one ("Plus") with one
 * more cover for a loading, so a TPP can compare. Both are priced from the same risk.
 */
export function pricedPlans(quote: LineQuote, context: OfferContext): PricedPlan[] {
  const plan = policyPlanOf(quote);
  const plus = withPlanLoading(quote.price, `Plus plan: ${quote.plus.cover.Description}`, quote.plus.bps);
  return [
    { offer: offerOf(quote, context, 'Essential', 'Standard', quote.price, quote.covers), plan },
    { offer: offerOf(quote, context, 'Plus', 'Enhanced', plus, [...quote.covers, quote.plus.cover]), plan },
  ];
}

function offerOf(quote: LineQuote, context: OfferContext, plan: string, level: string, price: LinePrice, covers: QuotedCover[]): InsuranceQuoteOffer {
  const figures = premiumFigures(price, context.commissionBps);
  return {
    PlanName: `${quote.product} ${plan}`,
    LevelOfCover: level,
    Commission: { CommissionAmount: aedAmount(figures.commission), CommissionPercentage: percentOf(context.commissionBps), PaymentMethod: 'ThroughAPIHub' },
    PolicyCover: covers.map(policyCoverOf),
    PolicyDocumentsUris: [`https://documents.${context.tenantId}.example/${context.line}/${plan.toLowerCase()}-policy-wording.pdf`],
    RequiredDocuments: quote.requiredDocuments,
    ServiceRating: SERVICE_RATING,
    // The insurer collects premiums itself; verification and documents may go through the broker as asked.
    PolicyIssuanceAllowed: { CustomerVerification: context.issuanceRequest.CustomerVerification, Payment: false, PolicyDocuments: context.issuanceRequest.PolicyDocuments },
    Takaful: quote.takaful,
    Premium: premiumOf(figures, quote.paymentFrequency),
  };
}

function policyCoverOf(cover: QuotedCover, i: number) {
  return {
    CoverId: String(i + 1),
    CoverType: cover.CoverType,
    Description: cover.Description,
    CoverIncludedByDefaultIndicator: true,
    ...(cover.limit !== undefined ? { CoverLimitAmount: aedAmount(cover.limit) } : {}),
    ...(cover.excess !== undefined ? { PolicyExcess: aedAmount(cover.excess) } : {}),
  };
}

/** AEInsurancePremiumProperties: final figures, with the discounts that made them. */
function premiumOf(figures: PremiumFigures, frequency: LineQuote['paymentFrequency']) {
  const discounted = figures.discounts.filter((d) => d.fils > 0n);
  return {
    Status: 'Final',
    ...(discounted.length
      ? {
          TotalDiscountAmount: aedAmount(sum(discounted.map((d) => d.fils))),
          DiscountApplied: discounted.map((d) => ({ DiscountName: d.name, DiscountPercentage: percentOf(d.bps), DiscountAmount: aedAmount(d.fils) })),
        }
      : {}),
    PremiumAmountExcludingVAT: aedAmount(figures.net),
    VATAmount: aedAmount(figures.vat),
    VATPercentage: percentOf(VAT_BPS),
    TotalPremiumAmount: aedAmount(figures.total),
    PaymentFrequency: frequency,
    ...(frequency === 'Annually' ? { InstallmentOptions: ['Annually', 'Quarterly', 'Monthly'] } : {}),
  };
}

function policyPlanOf(quote: LineQuote): InsuranceQuotePolicyPlan {
  return {
    policyTerm: durationOfMonths(quote.term.months),
    ...(quote.term.days !== undefined ? { termDays: quote.term.days } : {}),
    countrySubDivision: quote.emirate ?? HEAD_OFFICE_EMIRATE,
  };
}
