/**
 * Money as the standard writes it: a decimal string (`^\d{1,16}\.\d{2}$` in the documents; any
 * number of decimals is accepted here). Amounts are compared and added exactly, as integers of
 * the smallest unit the operands use (BigInt), never as binary floats: 0.10 + 0.20 is 0.30.
 */
export interface DecimalAmount {
  /** The value in units of 10^-scale. */
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export const ZERO: DecimalAmount = { units: 0n, scale: 0 };

/** The amount, or undefined when `value` is not a non-negative decimal string. */
export function parseAmount(value: unknown): DecimalAmount | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DECIMAL.exec(value);
  if (!m) return undefined;
  const fraction = m[2] ?? '';
  return { units: BigInt(m[1] + fraction), scale: fraction.length };
}

function rescale(a: DecimalAmount, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

export function compareAmounts(a: DecimalAmount, b: DecimalAmount): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function addAmounts(a: DecimalAmount, b: DecimalAmount): DecimalAmount {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function sumAmounts(amounts: DecimalAmount[]): DecimalAmount {
  return amounts.reduce(addAmounts, ZERO);
}

/** As the standard writes amounts: at least two decimals (more only when an operand had more). */
export function formatAmount(a: DecimalAmount, minScale = 2): string {
  const scale = Math.max(a.scale, minScale);
  const digits = rescale(a, scale).toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
