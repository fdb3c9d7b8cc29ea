import type { PaymentStatus, PaymentType } from './payment-log-entry';

/**
 * The moves a payment's status may make, as the LFI reports them through the Consent Manager
 * (PATCH /payment-log/{id}). From the documents' descriptions (AEPaymentStatus, the Consent
 * Manager's payment log, and the standards' payment-status guidance, which names the status an LFI
 * ends a payment in: AcceptedWithoutPosting on AANI, AcceptedCreditSettlementCompleted on UAEFTS and
 * within the bank, Rejected):
 * - Pending (and a file payment's Received) is where a payment starts: nothing returns to it.
 * - AcceptedSettlementCompleted (the debtor's account is settled) may still end credited,
 *   accepted by the recipient bank, or rejected (returned).
 * - AcceptedWithoutPosting (the recipient bank accepted, not yet credited) may only become
 *   AcceptedCreditSettlementCompleted, the credit its own description announces.
 * - AcceptedCreditSettlementCompleted and Rejected are final.
 * Reporting the current status again is not a move (the Consent Manager answers it as done, so an
 * LFI may retry a patch).
 */
export const PAYMENT_STATUS_MOVES: Record<PaymentStatus, readonly PaymentStatus[]> = {
  Received: ['Pending', 'AcceptedSettlementCompleted', 'AcceptedWithoutPosting', 'AcceptedCreditSettlementCompleted', 'Rejected'],
  Pending: ['AcceptedSettlementCompleted', 'AcceptedWithoutPosting', 'AcceptedCreditSettlementCompleted', 'Rejected'],
  AcceptedSettlementCompleted: ['AcceptedWithoutPosting', 'AcceptedCreditSettlementCompleted', 'Rejected'],
  AcceptedWithoutPosting: ['AcceptedCreditSettlementCompleted'],
  AcceptedCreditSettlementCompleted: [],
  Rejected: [],
};

/** The statuses each payment type may have (Received is AEFilePaymentStatus only). */
export const PAYMENT_STATUSES: Record<PaymentType, readonly PaymentStatus[]> = {
  'cbuae-payment': ['Pending', 'AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted', 'AcceptedWithoutPosting', 'Rejected'],
  'cbuae-file-payment': ['Received', 'Pending', 'AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted', 'AcceptedWithoutPosting', 'Rejected'],
};

export function isFinalPaymentStatus(status: PaymentStatus): boolean {
  return PAYMENT_STATUS_MOVES[status].length === 0;
}

/** Why a move from `from` to `to` is refused, or undefined when it is allowed (the same status is not a move). */
export function refusedPaymentTransition(paymentType: PaymentType, from: PaymentStatus | undefined, to: PaymentStatus): string | undefined {
  if (!PAYMENT_STATUSES[paymentType].includes(to)) return `${to} is not a status of a ${paymentType}`;
  if (from === undefined || from === to) return undefined;
  if (isFinalPaymentStatus(from)) return `The payment is ${from}, a final status: it cannot become ${to}`;
  if (!PAYMENT_STATUS_MOVES[from].includes(to)) return `The payment cannot move from ${from} to ${to}`;
  return undefined;
}
