import type { ControlRefusal, PaymentCheckInput } from './control-types';

export function checkPaymentAgainstConsent(input: PaymentCheckInput): ControlRefusal | undefined {
  void input;
  throw new Error('not implemented');
}
