import { bpsOf, max, sum, VAT_BPS, type Fils } from './quote-money';

/** A named addition to the base premium (a risk loading or a chosen cover), in fils. */
export interface Loading {
  name: string;
  fils: Fils;
}

/** A named reduction, in basis points of the premium before discounts (e.g. a no-claims discount). */
export interface Discount {
  name: string;
  bps: number;
}

/** One plan's premium as a line prices it: base, loadings and discounts, never below a minimum. */
export interface LinePrice {
  base: Fils;
  loadings: Loading[];
  discounts: Discount[];
  /** The least the insurer writes the cover for, before discounts. */
  minimum: Fils;
}

export interface AppliedDiscount extends Discount {
  fils: Fils;
}

/** The figures a quote publishes (AEInsurancePremiumProperties and AEInsuranceCommission). */
export interface PremiumFigures {
  /** Base plus loadings, at least the minimum. */
  gross: Fils;
  discounts: AppliedDiscount[];
  /** PremiumAmountExcludingVAT. */
  net: Fils;
  vat: Fils;
  /** TotalPremiumAmount: net plus VAT. */
  total: Fils;
  /** The broker's (TPP's) commission: commissionBps of the premium excluding VAT. */
  commission: Fils;
}

/** Discounts above this share of the premium would be a pricing mistake, not a policy. */
const MAX_DISCOUNT_BPS = 9_000;

/** Premium = base + loadings (at least the minimum) − discounts; VAT 5 % and commission on top of that. */
export function premiumFigures(price: LinePrice, commissionBps: number): PremiumFigures {
  const totalDiscountBps = price.discounts.reduce((a, d) => a + d.bps, 0);
  if (totalDiscountBps > MAX_DISCOUNT_BPS) throw new Error(`discounts of ${totalDiscountBps} bps exceed ${MAX_DISCOUNT_BPS} bps`);
  const gross = max(price.minimum, price.base + sum(price.loadings.map((l) => l.fils)));
  const discounts = price.discounts.map((d) => ({ ...d, fils: bpsOf(gross, d.bps) }));
  const net = gross - sum(discounts.map((d) => d.fils));
  const vat = bpsOf(net, VAT_BPS);
  return { gross, discounts, net, vat, total: net + vat, commission: bpsOf(net, commissionBps) };
}

/** The same price with one more loading of `bps` of its premium before discounts (an enhanced plan). */
export function withPlanLoading(price: LinePrice, name: string, bps: number): LinePrice {
  const before = max(price.minimum, price.base + sum(price.loadings.map((l) => l.fils)));
  return { ...price, loadings: [...price.loadings, { name, fils: bpsOf(before, bps) }] };
}
