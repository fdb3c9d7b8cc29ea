import { CURRENCY_CODE } from '@hub/standards';
import { isObject, type Json } from './tpp-members';

/** AEAmountAndCurrency. */
export interface AmountAndCurrency {
  Amount: string;
  Currency: string;
}

/** AEConsentStatus.AEPaymentConsumption: the first two members are required. */
export interface PaymentConsumption {
  CumulativeNumberOfPayments: number;
  CumulativeValueOfPayments: AmountAndCurrency;
  CumulativeNumberOfPaymentsInCurrentPeriod?: number;
  CumulativeValueOfPaymentsInCurrentPeriod?: AmountAndCurrency;
}

/** When a consent names no amount at all (a file payment has only a ControlSum). */
const DEFAULT_CURRENCY = 'AED';

/**
 * A payment consent that nothing has consumed (yet): zero, expressed in the consent's own
 * currency so the TPP can compare it with the schedule's limits. The "current period" members
 * are given only for schedules that have a period (a PeriodType). Where payments were made, the
 * caller passes the payment log's count instead (TppConsentResourceOptions.paymentConsumption).
 */
export function paymentConsumption(controlParameters: unknown): PaymentConsumption {
  const schedule = isObject(controlParameters) && isObject(controlParameters.ConsentSchedule) ? controlParameters.ConsentSchedule : {};
  const zero = (): AmountAndCurrency => ({ Amount: '0.00', Currency: scheduleCurrency(schedule) ?? DEFAULT_CURRENCY });
  const periodic = isObject(schedule.MultiPayment) && isObject(schedule.MultiPayment.PeriodicSchedule) && schedule.MultiPayment.PeriodicSchedule.PeriodType !== undefined;
  return {
    CumulativeNumberOfPayments: 0,
    CumulativeValueOfPayments: zero(),
    ...(periodic ? { CumulativeNumberOfPaymentsInCurrentPeriod: 0, CumulativeValueOfPaymentsInCurrentPeriod: zero() } : {}),
  };
}

/**
 * The currency of the first amount in the schedule: the single payment's Amount, then the
 * multi-payment's limits and periodic schedule (Amount, MaximumIndividualAmount, Controls, …).
 */
function scheduleCurrency(schedule: Json): string | undefined {
  return firstCurrency(schedule.SinglePayment) ?? firstCurrency(schedule.MultiPayment);
}

function firstCurrency(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstCurrency(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(node)) return undefined;
  if (typeof node.Currency === 'string' && CURRENCY_CODE.regex.test(node.Currency)) return node.Currency;
  return firstCurrency(Object.values(node));
}
