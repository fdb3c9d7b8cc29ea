/**
 * Exact arithmetic for the FX desk. Rates are fractions of big integers and amounts are minor
 * units (the documents give every amount two decimals), so a quote never carries binary
 * floating-point drift and the same inputs always give the same figures. Rounding happens once,
 * where a figure is published, half up.
 */
export interface Ratio {
  n: bigint;
  d: bigint;
}

const TEN = 10n;

export const ONE: Ratio = { n: 1n, d: 1n };

/**
 * The exact value of a configured number as written (`3.6725`, `0.01318`, `1e-7`): JavaScript
 * prints a number in its shortest round-trip decimal form, which is the decimal the config held.
 */
export function ratioOfNumber(value: number): Ratio {
  if (!Number.isFinite(value) || value < 0) throw new Error(`not a non-negative finite number: ${value}`);
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new Error(`unexpected number form: ${value}`);
  const [, units, fraction = '', exponent = '0'] = match;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(units + fraction);
  return shift >= 0 ? { n: digits * TEN ** BigInt(shift), d: 1n } : { n: digits, d: TEN ** BigInt(-shift) };
}

export function times(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function dividedBy(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new Error('division by zero');
  return { n: a.n * b.d, d: a.d * b.n };
}

export function ratioOf(n: bigint, d = 1n): Ratio {
  return { n, d };
}

/** -1, 0 or 1 as a is below, equal to or above b (both non-negative). */
export function compare(a: Ratio, b: Ratio): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The nearest integer, halves rounded up (values are never negative here). */
export function roundHalfUp(r: Ratio): bigint {
  return (2n * r.n + r.d) / (2n * r.d);
}

/** `r` rounded to `decimals` places, as an integer count of 10^-decimals. */
export function scaledTo(r: Ratio, decimals: number): bigint {
  return roundHalfUp({ n: r.n * TEN ** BigInt(decimals), d: r.d });
}

/** `12345n`, 2 → `"123.45"`. */
export function decimalText(scaled: bigint, decimals: number): string {
  const text = scaled.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/** `"367.25"` → `36725n` (the caller has checked the two-decimal form). */
export function minorOf(amount: string): bigint {
  const [units, fraction = ''] = amount.split('.');
  return BigInt(units) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
}

/** `36725n` → `"367.25"`. */
export function amountOf(minor: bigint): string {
  return decimalText(minor, 2);
}
