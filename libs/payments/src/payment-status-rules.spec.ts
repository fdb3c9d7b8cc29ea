import type { PaymentStatus } from './payment-log-entry';
import { isFinalPaymentStatus, refusedPaymentTransition } from './payment-status-rules';

describe('payment status rules', () => {
  it.each<[PaymentStatus, PaymentStatus]>([
    ['Pending', 'AcceptedSettlementCompleted'],
    ['Pending', 'AcceptedWithoutPosting'],
    ['Pending', 'AcceptedCreditSettlementCompleted'],
    ['Pending', 'Rejected'],
    ['AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted'],
    ['AcceptedSettlementCompleted', 'AcceptedWithoutPosting'],
    ['AcceptedSettlementCompleted', 'Rejected'],
    ['AcceptedWithoutPosting', 'AcceptedCreditSettlementCompleted'],
  ])('allows %s → %s', (from, to) => {
    expect(refusedPaymentTransition('cbuae-payment', from, to)).toBeUndefined();
  });

  it.each<[PaymentStatus, PaymentStatus, string]>([
    ['Rejected', 'Pending', 'The payment is Rejected, a final status: it cannot become Pending'],
    ['Rejected', 'AcceptedCreditSettlementCompleted', 'The payment is Rejected, a final status: it cannot become AcceptedCreditSettlementCompleted'],
    ['AcceptedCreditSettlementCompleted', 'Rejected', 'The payment is AcceptedCreditSettlementCompleted, a final status: it cannot become Rejected'],
    ['AcceptedCreditSettlementCompleted', 'AcceptedWithoutPosting', 'The payment is AcceptedCreditSettlementCompleted, a final status: it cannot become AcceptedWithoutPosting'],
    ['AcceptedSettlementCompleted', 'Pending', 'The payment cannot move from AcceptedSettlementCompleted to Pending'],
    ['AcceptedWithoutPosting', 'Rejected', 'The payment cannot move from AcceptedWithoutPosting to Rejected'],
    ['AcceptedWithoutPosting', 'AcceptedSettlementCompleted', 'The payment cannot move from AcceptedWithoutPosting to AcceptedSettlementCompleted'],
    ['Pending', 'Received', 'Received is not a status of a cbuae-payment'],
  ])('refuses %s → %s', (from, to, reason) => {
    expect(refusedPaymentTransition('cbuae-payment', from, to)).toBe(reason);
  });

  it('treats the same status again as no move, even a final one', () => {
    for (const status of ['Pending', 'Rejected', 'AcceptedCreditSettlementCompleted'] as const) {
      expect(refusedPaymentTransition('cbuae-payment', status, status)).toBeUndefined();
    }
  });

  it('lets a file payment start Received and move on, never back', () => {
    expect(refusedPaymentTransition('cbuae-file-payment', undefined, 'Received')).toBeUndefined();
    expect(refusedPaymentTransition('cbuae-file-payment', 'Received', 'Rejected')).toBeUndefined();
    expect(refusedPaymentTransition('cbuae-file-payment', 'Received', 'AcceptedCreditSettlementCompleted')).toBeUndefined();
    expect(refusedPaymentTransition('cbuae-file-payment', 'Pending', 'Received')).toBe('The payment cannot move from Pending to Received');
  });

  it('names the final statuses', () => {
    expect((['Pending', 'Received', 'AcceptedSettlementCompleted', 'AcceptedWithoutPosting', 'AcceptedCreditSettlementCompleted', 'Rejected'] as const).filter(isFinalPaymentStatus)).toEqual([
      'AcceptedCreditSettlementCompleted',
      'Rejected',
    ]);
  });
});
