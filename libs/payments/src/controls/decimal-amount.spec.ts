import { addAmounts, compareAmounts, formatAmount, parseAmount, sumAmounts } from './decimal-amount';

const a = (text: string) => parseAmount(text)!;

describe('decimal amounts', () => {
  it.each([
    ['100.00', '100.0', 0],
    ['0.30', '0.3', 0],
    ['100.01', '100.00', 1],
    ['99.99', '100', -1],
    ['9999999999999999.99', '9999999999999999.98', 1],
  ])('compares %s with %s exactly', (x, y, expected) => {
    expect(compareAmounts(a(x), a(y))).toBe(expected);
  });

  it('adds without binary floating point (0.10 + 0.20 is 0.30, not 0.30000000000000004)', () => {
    expect(formatAmount(addAmounts(a('0.10'), a('0.20')))).toBe('0.30');
    expect(compareAmounts(sumAmounts([a('0.1'), a('0.2')]), a('0.3'))).toBe(0);
    expect(formatAmount(sumAmounts([a('9007199254740993.01'), a('0.99')]))).toBe('9007199254740994.00');
  });

  it('writes at least two decimals, more only when an operand had them', () => {
    expect(formatAmount(sumAmounts([]))).toBe('0.00');
    expect(formatAmount(a('5'))).toBe('5.00');
    expect(formatAmount(a('0.125'))).toBe('0.125');
    expect(formatAmount(a('0.05'))).toBe('0.05');
  });

  it.each([['-1.00'], ['1,00'], ['1e3'], [''], ['.50'], [' 1.00'], [100]])('refuses %p as an amount', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});
