import type { ControlRefusal, PaymentCheckInput } from './control-types';
import { consentScheduleTerms, ControlTermsError, type ConsentScheduleTerms } from './consent-terms';
import { assignToSchedules, matchesSingle, paymentAt, paymentsAt, type PaymentAt } from './counted-payments';
import { compareAmounts } from './decimal-amount';
import { checkMultiPayment } from './multi-payment-rules';

const AMOUNT_PATH = 'Data.Instruction.Amount.Amount';
const fails = (message: string, path = AMOUNT_PATH): ControlRefusal => ({ code: 'Consent.FailsControlParameters', message, path });
const businessRule = (message: string): ControlRefusal => ({ code: 'Consent.BusinessRuleViolation', message });
const invalid = (message: string): ControlRefusal => ({ code: 'Consent.Invalid', message });

/**
 * Whether one more payment fits its consent, before it goes to the LFI: the consent's validity
 * window, then its ConsentSchedule against the payments already counted (not Rejected by the LFI,
 * not refused). The codes: Consent.Invalid for a consent that cannot be used (expired, unreadable
 * terms), Consent.BusinessRuleViolation for a payment the consent is not for (a file payment on a
 * payment consent, a single payment made twice), Consent.FailsControlParameters for an amount,
 * currency, date or limit outside the ControlParameters. Undefined when it fits.
 *
 * Without a ConsentSchedule (it is optional; e.g. delegated authentication, where the TPP manages
 * the controls) the hub has nothing to hold a payment to and leaves the amounts to the LFI.
 */
export function checkPaymentAgainstConsent(input: PaymentCheckInput): ControlRefusal | undefined {
  if (input.expiresAt !== undefined && input.now.getTime() >= Date.parse(input.expiresAt)) {
    return invalid(`The consent expired at ${input.expiresAt}`);
  }
  let terms: ConsentScheduleTerms;
  try {
    terms = consentScheduleTerms(input.controlParameters);
  } catch (error) {
    if (error instanceof ControlTermsError) return invalid(`The consent's ControlParameters cannot be applied: ${error.message}`);
    throw error;
  }
  const payment = paymentAt(input.amount, input.currency, input.now);
  if (!payment) return fails(`Amount ${input.amount} is not a decimal amount`);
  const previous = paymentsAt(input.counted);
  return input.paymentType === 'cbuae-file-payment' ? checkFilePayment(terms, payment, previous) : checkPayment(terms, payment, previous);
}

/** FilePayment: once, for exactly the ControlSum ("irrespective of currencies": no currency to check). */
function checkFilePayment(terms: ConsentScheduleTerms, payment: PaymentAt, previous: PaymentAt[]): ControlRefusal | undefined {
  if (!terms.file) return businessRule('The consent has no FilePayment: a file payment cannot be made under it');
  if (previous.length > 0) return businessRule('The FilePayment of this consent has already been made');
  if (compareAmounts(payment.amount, terms.file.controlSum) !== 0) {
    return fails(`The file payment's ${payment.text} is not the consented FilePayment.ControlSum ${terms.file.controlSumText}`, 'Data.Instruction.ControlSum');
  }
  return undefined;
}

/** SinglePayment, MultiPayment, or both (Combined). */
function checkPayment(terms: ConsentScheduleTerms, payment: PaymentAt, previous: PaymentAt[]): ControlRefusal | undefined {
  if (!terms.single && !terms.multi) {
    return terms.file ? businessRule('The consent is for a FilePayment: use a file payment') : undefined;
  }
  const { singleUsed, multi } = assignToSchedules(terms, previous);
  if (terms.single && !singleUsed && matchesSingle(terms.single, payment)) return undefined;
  if (terms.multi) return checkMultiPayment({ terms: terms.multi, payment, previous: multi });
  const single = terms.single!;
  if (singleUsed) return businessRule('The SinglePayment of this consent has already been made');
  if (payment.currency !== single.currency) {
    return fails(`Currency ${payment.currency} is not the consented ${single.currency} (SinglePayment.Amount)`, 'Data.Instruction.Amount.Currency');
  }
  return fails(`Amount ${payment.text} ${payment.currency} is not the consented SinglePayment.Amount ${single.text} ${single.currency}`);
}
