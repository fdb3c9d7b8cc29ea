import { OVERDRAFT, overdraftMinor } from './overdraft';

describe('the overdraft table', () => {
  it.each([
    ['CurrentAccount', 'Retail', 500_000n],
    ['CurrentAccount', 'SME', 2_500_000n],
    ['CurrentAccount', 'Corporate', 10_000_000n],
    ['Savings', 'Retail', 0n],
    ['Savings', 'SME', 0n],
    ['Mortgage', 'Retail', 0n],
    ['Finance', 'Corporate', 0n],
  ] as const)('%s of a %s customer may go %s minor units below zero', (accountSubType, accountType, minor) => {
    expect(overdraftMinor({ accountSubType, accountType })).toBe(minor);
  });

  it('lets a credit card be drawn down to its credit limit, and not at all without one', () => {
    expect(OVERDRAFT.CreditCard).toBe('credit limit');
    expect(overdraftMinor({ accountSubType: 'CreditCard', accountType: 'Retail' }, 1_500_000n)).toBe(1_500_000n);
    expect(overdraftMinor({ accountSubType: 'CreditCard', accountType: 'Retail' })).toBe(0n);
  });

  it('ignores a credit limit on accounts that are not cards', () => {
    expect(overdraftMinor({ accountSubType: 'Savings', accountType: 'Retail' }, 1_500_000n)).toBe(0n);
  });
});
