import type { AccountActivity } from '@hub/mock-lfi-data';
import type { PostingEntity } from '@hub/mock-lfi-store';
import type { CbuaeBalance } from '@hub/ozone-connect';
import { withPostings } from './posted-activity';

const balance = (balanceType: CbuaeBalance['balanceType'], amount: string, creditDebitIndicator: 'Credit' | 'Debit' = 'Credit'): CbuaeBalance => ({ accountId: 'acc-1', balanceType, creditDebitIndicator, timestamp: '2026-01-01T00:00:00+04:00', amount: { amount, currency: 'AED' } });
const generated = { balances: [balance('OpeningBooked', '50.00'), balance('ClosingBooked', '100.00'), balance('InterimAvailable', '90.00')], transactions: [{ transactionId: 'txn-old' }] } as unknown as AccountActivity;
const posting = (changes: Partial<PostingEntity>): PostingEntity => ({
  postingId: '01900000-0000-7000-8000-000000000001',
  tenantId: 'alpha-bank',
  accountId: 'acc-1',
  paymentId: 'p-1',
  creditDebitIndicator: 'Debit',
  amountMinor: '15000',
  currency: 'AED',
  status: 'Pending',
  transactionType: 'LocalBankTransfer',
  counterpartyIban: 'AE070331234567890123456',
  counterpartyName: 'DEWA',
  reference: 'Bill 42',
  paymentPurposeCode: 'ACM',
  createdAt: '2026-12-07T10:00:00.000Z',
  bookedAt: null,
  ...changes,
});
const amounts = (activity: AccountActivity) => Object.fromEntries(activity.balances.map((b) => [b.balanceType, `${b.creditDebitIndicator === 'Debit' ? '-' : ''}${b.amount.amount}`]));

describe('the generated activity with the bank\'s payments posted on it', () => {
  it('leaves an account without payments as generated', () => {
    expect(withPostings(generated, [])).toBe(generated);
  });

  it('holds a Pending debit on the available balance, below zero when it must, and lists it on top', () => {
    const activity = withPostings(generated, [posting({})]);
    expect(amounts(activity)).toEqual({ OpeningBooked: '50.00', ClosingBooked: '100.00', InterimAvailable: '-60.00' });
    expect(activity.balances.find((b) => b.balanceType === 'InterimAvailable')?.timestamp).toBe('2026-12-07T10:00:00.000Z');
    expect(activity.transactions.map((t) => t.transactionId)).toEqual(['pst-01900000-0000-7000-8000-000000000001', 'txn-old']);
    expect(activity.transactions[0]).toMatchObject({ status: 'Pending', transactionReference: 'Bill 42', transactionInformation: 'Payment to DEWA ref Bill 42', creditorAccount: [{ schemeName: 'IBAN', identification: 'AE070331234567890123456', name: 'DEWA' }] });
  });

  it('moves the booked balance too once settled, and shows a credit with its debtor', () => {
    const activity = withPostings(generated, [posting({ status: 'Booked', bookedAt: '2026-12-07T10:00:01.000Z' }), posting({ postingId: '01900000-0000-7000-8000-000000000002', creditDebitIndicator: 'Credit', amountMinor: '500', status: 'Booked', bookedAt: '2026-12-07T10:00:02.000Z' })]);
    expect(amounts(activity)).toEqual({ OpeningBooked: '50.00', ClosingBooked: '-45.00', InterimAvailable: '-55.00' });
    expect(activity.transactions[1]).toMatchObject({ creditDebitIndicator: 'Credit', debtorAccount: { identification: 'AE070331234567890123456' }, bookingDateTime: '2026-12-07T10:00:02.000Z' });
  });

  it('shows a Rejected payment without moving a balance', () => {
    expect(amounts(withPostings(generated, [posting({ status: 'Rejected' })]))).toEqual({ OpeningBooked: '50.00', ClosingBooked: '100.00', InterimAvailable: '90.00' });
  });
});
