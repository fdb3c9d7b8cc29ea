import type { CountedPayment } from './control-types';
import { consentScheduleTerms, ControlTermsError, type MultiPaymentTerms } from './consent-terms';
import { assignToSchedules, paymentsAt, type PaymentAt } from './counted-payments';
import { compareAmounts, sumAmounts } from './decimal-amount';

/**
 * Whether a payment consent's ConsentSchedule has been used up by the counted payments, so the
 * consent becomes Consumed ("the consented action(s) have been completed"): a SinglePayment or a
 * FilePayment once paid; a MultiPayment at its MaximumCumulativeNumberOfPayments, at exactly its
 * MaximumCumulativeValueOfPayments, or (defined schedules) with every scheduled payment made; a
 * Combined consent when both are. A consent without a ConsentSchedule is never used up.
 */
export function consentUsedUp(controlParameters: unknown, counted: CountedPayment[]): boolean {
  let terms;
  try {
    terms = consentScheduleTerms(controlParameters);
  } catch (error) {
    if (error instanceof ControlTermsError) return false;
    throw error;
  }
  const payments = paymentsAt(counted);
  if (terms.file) return payments.length > 0;
  if (!terms.single && !terms.multi) return false;
  const { singleUsed, multi } = assignToSchedules(terms, payments);
  return (!terms.single || singleUsed) && (!terms.multi || multiUsedUp(terms.multi, multi));
}

function multiUsedUp(terms: MultiPaymentTerms, payments: PaymentAt[]): boolean {
  const number = terms.maximumCumulativeNumberOfPayments;
  if (number !== undefined && payments.length >= number) return true;
  const value = terms.maximumCumulativeValueOfPayments;
  if (value && compareAmounts(sumAmounts(payments.map((p) => p.amount)), value.amount) >= 0) return true;
  return terms.schedule !== undefined && payments.length >= terms.schedule.length;
}
