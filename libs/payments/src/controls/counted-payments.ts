import type { CountedPayment } from './control-types';
import type { ConsentScheduleTerms } from './consent-terms';
import { compareAmounts, parseAmount, type DecimalAmount } from './decimal-amount';
import { uaeDay } from './uae-calendar';

/** A payment as the rules see it: its exact amount and the UAE day it was made on. */
export interface PaymentAt {
  amount: DecimalAmount;
  text: string;
  currency: string;
  /** Epoch milliseconds. */
  at: number;
  day: number;
}

export function paymentAt(amount: string, currency: string, at: Date): PaymentAt | undefined {
  const parsed = parseAmount(amount);
  return parsed ? { amount: parsed, text: amount, currency, at: at.getTime(), day: uaeDay(at) } : undefined;
}

/** The counted payments, oldest first (the order decides which one a Combined consent's single is). */
export function paymentsAt(counted: CountedPayment[]): PaymentAt[] {
  return counted
    .map((c) => {
      const payment = paymentAt(c.amount, c.currency, new Date(c.createdAt));
      if (!payment) throw new RangeError(`a counted payment has the amount ${c.amount}`);
      return payment;
    })
    .sort((a, b) => a.at - b.at);
}

/** Whether a payment is the consent's SinglePayment: exactly its amount, in its currency. */
export function matchesSingle(single: NonNullable<ConsentScheduleTerms['single']>, payment: PaymentAt): boolean {
  return payment.currency === single.currency && compareAmounts(payment.amount, single.amount) === 0;
}

/**
 * Which earlier payments were the SinglePayment and which the MultiPayment's. On a Combined
 * consent the first payment (oldest first) of exactly the single amount, while the single was
 * unused, was the single; every other payment counts against the MultiPayment.
 */
export function assignToSchedules(terms: ConsentScheduleTerms, previous: PaymentAt[]): { singleUsed: boolean; multi: PaymentAt[] } {
  if (!terms.single) return { singleUsed: false, multi: previous };
  if (!terms.multi) return { singleUsed: previous.length > 0, multi: [] };
  const single = previous.findIndex((p) => matchesSingle(terms.single!, p));
  return single < 0 ? { singleUsed: false, multi: previous } : { singleUsed: true, multi: previous.filter((_, i) => i !== single) };
}
