/**
 * Money of the quote desk in fils (1/100 AED) as bigints: the documents give every amount with
 * two decimals, so prices never carry binary floating-point drift and never overflow, whatever
 * value a request declares. Rates are integer basis points; rounding is half up, once per figure.
 */
export type Fils = bigint;

export const VAT_BPS = 500;
const BPS = 10_000n;

/** Whole dirhams to fils: `aed(1500)` is AED 1,500.00. */
export function aed(dirhams: number): Fils {
  return BigInt(dirhams) * 100n;
}

/** `"1234.50"` (the documents' two-decimal form, checked by the caller) → 123450n. */
export function filsOf(amount: string): Fils {
  const [units, fraction = ''] = amount.split('.');
  return BigInt(units) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
}

/** 123450n → `"1234.50"`. */
export function amountText(fils: Fils): string {
  const sign = fils < 0n ? '-' : '';
  const digits = (fils < 0n ? -fils : fils).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** `bps` basis points of a non-negative amount, rounded half up to the fils. */
export function bpsOf(fils: Fils, bps: number): Fils {
  if (!Number.isInteger(bps) || bps < 0) throw new Error(`basis points must be a non-negative integer: ${bps}`);
  return (fils * BigInt(bps) * 2n + BPS) / (BPS * 2n);
}

/** A basis-point rate as the documents' percentage number: 1000 → 10, 525 → 5.25 (built from its digits, no division). */
export function percentOf(bps: number): number {
  return Number(`${Math.trunc(bps / 100)}.${String(bps % 100).padStart(2, '0')}`);
}

/** AEActiveCurrencyAmount in dirhams. */
export function aedAmount(fils: Fils): { Currency: 'AED'; Amount: string } {
  return { Currency: 'AED', Amount: amountText(fils) };
}

export function sum(values: Fils[]): Fils {
  return values.reduce((a, b) => a + b, 0n);
}

export function max(a: Fils, b: Fils): Fils {
  return a > b ? a : b;
}
