import type { CbuaeAmount, CbuaeCreditDebitIndicator } from '@hub/ozone-connect';

/**
 * Money is carried in minor units (fils, cents) as integers so sums reconcile exactly; it becomes
 * the standards' decimal string only at the edge.
 */
export type Minor = number;

/** `12345` → `"123.45"`; the sign is dropped (the standards carry it in creditDebitIndicator). */
export function decimal(minor: Minor): string {
  const abs = Math.abs(minor);
  return `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function ocAmount(minor: Minor, currency: string): CbuaeAmount {
  return { amount: decimal(minor), currency };
}

/** Positive balances are funds held (Credit), negative ones money owed (Debit). */
export function indicatorOf(signed: Minor): CbuaeCreditDebitIndicator {
  return signed < 0 ? 'Debit' : 'Credit';
}

/** `"123.45"` → `12345`, for tests and reconciliation. */
export function minorOf(amount: string): Minor {
  const [units, fraction = ''] = amount.split('.');
  return Number(units) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}
