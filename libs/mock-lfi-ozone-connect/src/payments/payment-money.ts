import type { CbuaeBalance } from '@hub/ozone-connect';

// Amounts are exact: the documents' decimal text (`^\d{1,16}\.\d{2}$`) becomes whole minor units
// (fils, cents) as a bigint, and back. Every currency the bank keeps (AED, USD, EUR, GBP) has two.

const AMOUNT = /^\d{1,16}\.\d{2}$/;

export function isAmount(text: unknown): text is string {
  return typeof text === 'string' && AMOUNT.test(text);
}

/** `"1250.50"` → `125050n`. */
export function minorUnitsOf(amount: string): bigint {
  if (!isAmount(amount)) throw new RangeError(`not an amount with two decimals: '${amount}'`);
  return BigInt(amount.replace('.', ''));
}

/** `125050n` → `"1250.50"` (the sign is dropped: the documents carry it apart). */
export function amountOf(minor: bigint): string {
  const abs = minor < 0n ? -minor : minor;
  return `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** A balance as a signed amount: Credit is money held, Debit money owed. */
export function signedMinorOf(balance: Pick<CbuaeBalance, 'amount' | 'creditDebitIndicator'>): bigint {
  const minor = minorUnitsOf(balance.amount.amount);
  return balance.creditDebitIndicator === 'Debit' ? -minor : minor;
}
