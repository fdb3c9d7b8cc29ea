import { postedChange } from './posted-balances';
import type { PostingStatus } from './posting.entity';

const posting = (creditDebitIndicator: 'Credit' | 'Debit', amountMinor: string, status: PostingStatus) => ({ creditDebitIndicator, amountMinor, status });

describe('postedChange: how payments move an account\'s balances', () => {
  it('holds a Pending debit on the available balance only', () => {
    expect(postedChange([posting('Debit', '12550', 'Pending')])).toEqual({ bookedMinor: 0n, availableMinor: -12550n });
  });

  it('moves both balances once booked, credits and debits alike', () => {
    expect(postedChange([posting('Debit', '12550', 'Booked'), posting('Credit', '100000', 'Booked')])).toEqual({ bookedMinor: 87450n, availableMinor: 87450n });
  });

  it('lends nothing against a Pending credit, and counts a Rejected posting for nothing', () => {
    expect(postedChange([posting('Credit', '5000', 'Pending'), posting('Debit', '30000', 'Rejected')])).toEqual({ bookedMinor: 0n, availableMinor: 0n });
  });

  it('sums beyond a double\'s precision exactly', () => {
    expect(postedChange([posting('Credit', '9007199254740993', 'Booked'), posting('Credit', '1', 'Booked')]).bookedMinor).toBe(9007199254740994n);
  });
});
