import type { PaymentStatus, PaymentType } from './payment-log-entry';

/** Why a move from `from` to `to` is refused, or undefined when it is allowed (the same status is not a move). */
export function refusedPaymentTransition(paymentType: PaymentType, from: PaymentStatus | undefined, to: PaymentStatus): string | undefined {
  void paymentType;
  void from;
  void to;
  throw new Error('not implemented');
}
