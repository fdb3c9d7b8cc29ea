import type { CountedPayment, PaymentConsumption } from './control-types';

export function paymentConsumption(controlParameters: unknown, counted: CountedPayment[], now: Date): PaymentConsumption {
  void controlParameters;
  void counted;
  void now;
  throw new Error('not implemented');
}
