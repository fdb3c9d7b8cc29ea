import { aed, aedAmount, amountText, bpsOf, filsOf, percentOf } from './quote-money';

describe('quote money', () => {
  it('reads and writes two-decimal amounts exactly, whatever their size', () => {
    expect(filsOf('1234.50')).toBe(123450n);
    expect(filsOf('0.07')).toBe(7n);
    expect(amountText(7n)).toBe('0.07');
    expect(amountText(123450n)).toBe('1234.50');
    expect(amountText(filsOf('9999999999999999.99'))).toBe('9999999999999999.99');
    expect(aedAmount(aed(1500))).toEqual({ Currency: 'AED', Amount: '1500.00' });
  });

  it('takes basis points rounded half up to the fils, without float drift', () => {
    expect(bpsOf(1000n, 500)).toBe(50n);
    expect(bpsOf(10n, 500)).toBe(1n); // 0.5 fils → 1
    expect(bpsOf(9n, 500)).toBe(0n); // 0.45 fils → 0
    expect(bpsOf(filsOf('0.30'), 1000)).toBe(3n); // 0.1 × 0.3 is 0.030000000000000002 in floating point
    expect(bpsOf(filsOf('9999999999999999.99'), 250)).toBe(25000000000000000n);
    expect(() => bpsOf(100n, 1.5)).toThrow();
  });

  it('prints basis points as the documents\' percentages', () => {
    expect(percentOf(1000)).toBe(10);
    expect(percentOf(500)).toBe(5);
    expect(percentOf(525)).toBe(5.25);
    expect(percentOf(5)).toBe(0.05);
  });
});
