import { amountOf, isAmount, minorUnitsOf, signedMinorOf } from './payment-money';

describe('payment amounts in minor units', () => {
  it('turns the documents\' decimal text into exact minor units and back, beyond a double\'s precision', () => {
    expect(minorUnitsOf('1250.50')).toBe(125050n);
    expect(minorUnitsOf('9999999999999999.99')).toBe(999999999999999999n);
    expect(amountOf(999999999999999999n)).toBe('9999999999999999.99');
    expect(amountOf(-5n)).toBe('0.05');
    expect(amountOf(0n)).toBe('0.00');
  });

  it.each(['1250.5', '1250', '-1.00', '1,250.00', '12345678901234567.00', ''])('refuses %p, which is not an amount with two decimals', (text) => {
    expect(isAmount(text)).toBe(false);
    expect(() => minorUnitsOf(text)).toThrow(RangeError);
  });

  it('signs a balance by its indicator: Debit is owed', () => {
    expect(signedMinorOf({ amount: { amount: '10.00', currency: 'AED' }, creditDebitIndicator: 'Debit' })).toBe(-1000n);
    expect(signedMinorOf({ amount: { amount: '10.00', currency: 'AED' }, creditDebitIndicator: 'Credit' })).toBe(1000n);
  });
});
