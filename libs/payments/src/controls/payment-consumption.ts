import type { CountedPayment, PaymentConsumption } from './control-types';
import { consentScheduleTerms, ControlTermsError, multiPaymentMoney, type ConsentScheduleTerms } from './consent-terms';
import { assignToSchedules, paymentsAt } from './counted-payments';
import { formatAmount, sumAmounts } from './decimal-amount';
import { PERIOD_RULES } from './periods';
import { uaeDay } from './uae-calendar';

/** When a consent names no amount at all (a file payment has only a ControlSum). */
const DEFAULT_CURRENCY = 'AED';

function termsOf(controlParameters: unknown): ConsentScheduleTerms {
  try {
    return consentScheduleTerms(controlParameters);
  } catch (error) {
    // Unreadable terms refuse every payment (checkPaymentAgainstConsent); consumption is still what was paid.
    if (error instanceof ControlTermsError) return {};
    throw error;
  }
}

/** The consent's currency: the single payment's, else the first amount of the multi-payment. */
export function consentCurrency(terms: ConsentScheduleTerms): string | undefined {
  return terms.single?.currency ?? (terms.multi && multiPaymentMoney(terms.multi)[0]?.currency);
}

/**
 * AEConsentStatus.AEPaymentConsumption: what the counted payments (every payment "excluding
 * instructions in a Rejected state", and those the LFI refused) have used of the consent. The
 * cumulative members count all of them; the "current period" members are given for a
 * MultiPayment schedule with a PeriodType and count its payments (on a Combined consent, not the
 * single) in the period holding `now`. Values are in the consent's currency.
 */
export function paymentConsumption(controlParameters: unknown, counted: CountedPayment[], now: Date): PaymentConsumption {
  const terms = termsOf(controlParameters);
  const currency = consentCurrency(terms) ?? counted[0]?.currency ?? DEFAULT_CURRENCY;
  const payments = paymentsAt(counted);
  const value = (amounts: typeof payments) => ({ Amount: formatAmount(sumAmounts(amounts.map((p) => p.amount))), Currency: currency });
  const consumption: PaymentConsumption = { CumulativeNumberOfPayments: payments.length, CumulativeValueOfPayments: value(payments) };
  const period = terms.multi?.period;
  if (!period) return consumption;
  const range = PERIOD_RULES[period.type].containing(period.startDay, uaeDay(now));
  const inPeriod = assignToSchedules(terms, payments).multi.filter((p) => p.day >= range.start && p.day < range.end);
  return { ...consumption, CumulativeNumberOfPaymentsInCurrentPeriod: inPeriod.length, CumulativeValueOfPaymentsInCurrentPeriod: value(inPeriod) };
}
