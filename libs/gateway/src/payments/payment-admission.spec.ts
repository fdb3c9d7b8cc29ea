import type { AEPaymentRequest } from '@hub/standards';
import { assertMovesMoney } from './payment-admission';

const paying = (Amount: string) => ({ Data: { ConsentId: 'c-1', Instruction: { Amount: { Amount, Currency: 'AED' } } } }) as unknown as AEPaymentRequest;

describe('assertMovesMoney (hub rule: a payment moves money)', () => {
  it.each(['0.00', '000.00', '0000000000000000.00'])('refuses %s: 400 Body.InvalidFormat at the amount', (amount) => {
    expect(() => assertMovesMoney(paying(amount))).toThrow(expect.objectContaining({ status: 400, code: 'Body.InvalidFormat', path: 'Data.Instruction.Amount.Amount' }));
  });

  it.each(['0.01', '10.00', '100.50', '9999999999999999.99'])('takes %s', (amount) => {
    expect(() => assertMovesMoney(paying(amount))).not.toThrow();
  });
});
