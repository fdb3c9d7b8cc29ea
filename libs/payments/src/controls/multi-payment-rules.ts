import type { ControlRefusal } from './control-types';
import { multiPaymentMoney, type MultiPaymentTerms, type PeriodicScheduleType, type ScheduledPayment } from './consent-terms';
import type { PaymentAt } from './counted-payments';
import { addAmounts, compareAmounts, formatAmount, sumAmounts } from './decimal-amount';
import { PERIOD_RULES, type DayRange } from './periods';
import { dateOfDay } from './uae-calendar';

/** A MultiPayment rule: the new payment against the terms and the consent's earlier multi-payments. */
export interface MultiPaymentContext {
  terms: MultiPaymentTerms;
  payment: PaymentAt;
  previous: PaymentAt[];
}
export type MultiPaymentRule = (c: MultiPaymentContext) => ControlRefusal | undefined;

const AMOUNT_PATH = 'Data.Instruction.Amount.Amount';
const CURRENCY_PATH = 'Data.Instruction.Amount.Currency';
const fails = (message: string, path = AMOUNT_PATH): ControlRefusal => ({ code: 'Consent.FailsControlParameters', message, path });
const money = (text: string, currency: string) => `${text} ${currency}`;

/** The period of the schedule that holds the new payment (schedules with a PeriodType only). */
function currentPeriod(c: MultiPaymentContext): DayRange | undefined {
  const { period } = c.terms;
  return period && PERIOD_RULES[period.type].containing(period.startDay, c.payment.day);
}

function inPeriod(c: MultiPaymentContext): PaymentAt[] {
  const range = currentPeriod(c);
  return range ? c.previous.filter((p) => p.day >= range.start && p.day < range.end) : [];
}

/** Every amount of the consent is in one currency, which the payment must use. */
export const inConsentedCurrency: MultiPaymentRule = ({ terms, payment }) => {
  const other = multiPaymentMoney(terms).find((t) => t.currency !== payment.currency);
  return other && fails(`Currency ${payment.currency} is not the consented ${other.currency} (${other.name})`, CURRENCY_PATH);
};

/** AEPeriodStartDate: "the start date of when a payment schedule begins". */
export const scheduleStarted: MultiPaymentRule = ({ terms, payment }) =>
  terms.period && payment.day < terms.period.startDay ? fails(`The payment schedule begins on ${terms.period.startDate}`) : undefined;

/** FixedPeriodicSchedule, FixedOnDemand: every payment is the Amount. */
export const exactAmount: MultiPaymentRule = ({ terms, payment }) =>
  terms.amount && compareAmounts(payment.amount, terms.amount.amount) !== 0
    ? fails(`Amount ${money(payment.text, payment.currency)} is not the consented ${terms.amount.name} ${money(terms.amount.text, terms.amount.currency)}`)
    : undefined;

/** VariablePeriodicSchedule, VariableOnDemand (Controls.MaximumIndividualAmount when given). */
export const withinMaximumIndividualAmount: MultiPaymentRule = ({ terms, payment }) => {
  const max = terms.maximumIndividualAmount;
  return max && compareAmounts(payment.amount, max.amount) > 0
    ? fails(`Amount ${money(payment.text, payment.currency)} exceeds the consented ${max.name} ${money(max.text, max.currency)}`)
    : undefined;
};

/** Fixed/VariablePeriodicSchedule: "executed only on the PeriodStartDate, and dates recurring based on the PeriodType". */
export const onRecurringDate: MultiPaymentRule = (c) => {
  const { period } = c.terms;
  const range = currentPeriod(c);
  if (!period || !range) return undefined;
  const due = PERIOD_RULES[period.type].dueDay(period.startDay, range);
  return due === c.payment.day ? undefined : fails(`The ${c.terms.type} pays on ${dateOfDay(due)} in this ${period.type}, not on ${dateOfDay(c.payment.day)}`);
};

/** Fixed/VariablePeriodicSchedule: one payment per period. */
export const oncePerPeriod: MultiPaymentRule = (c) =>
  inPeriod(c).length > 0 ? fails(`The ${c.terms.type} has already paid in this ${c.terms.period!.type}`) : undefined;

/** FixedOnDemand, VariableOnDemand: Controls.MaximumCumulativeValueOfPaymentsPerPeriod. */
export const withinValuePerPeriod: MultiPaymentRule = (c) => {
  const max = c.terms.maximumCumulativeValueOfPaymentsPerPeriod;
  if (!max) return undefined;
  const total = addAmounts(sumAmounts(inPeriod(c).map((p) => p.amount)), c.payment.amount);
  return compareAmounts(total, max.amount) > 0
    ? fails(`The payments of this ${c.terms.period!.type} would reach ${money(formatAmount(total), c.payment.currency)}, over the consented ${max.name} ${money(max.text, max.currency)}`)
    : undefined;
};

/** FixedOnDemand, VariableOnDemand: Controls.MaximumCumulativeNumberOfPaymentsPerPeriod. */
export const withinNumberPerPeriod: MultiPaymentRule = (c) => {
  const max = c.terms.maximumCumulativeNumberOfPaymentsPerPeriod;
  return max !== undefined && inPeriod(c).length + 1 > max
    ? fails(`The consent allows ${max} payments per ${c.terms.period!.type} (MaximumCumulativeNumberOfPaymentsPerPeriod); ${inPeriod(c).length} already made`)
    : undefined;
};

/** MultiPayment.MaximumCumulativeValueOfPayments. */
export const withinCumulativeValue: MultiPaymentRule = ({ terms, payment, previous }) => {
  const max = terms.maximumCumulativeValueOfPayments;
  if (!max) return undefined;
  const total = addAmounts(sumAmounts(previous.map((p) => p.amount)), payment.amount);
  return compareAmounts(total, max.amount) > 0
    ? fails(`The consent's payments would reach ${money(formatAmount(total), payment.currency)}, over its ${max.name} ${money(max.text, max.currency)}`)
    : undefined;
};

/** MultiPayment.MaximumCumulativeNumberOfPayments. */
export const withinCumulativeNumber: MultiPaymentRule = ({ terms, previous }) => {
  const max = terms.maximumCumulativeNumberOfPayments;
  return max !== undefined && previous.length + 1 > max
    ? fails(`The consent allows ${max} payments (MaximumCumulativeNumberOfPayments); ${previous.length} already made`)
    : undefined;
};

/**
 * The scheduled payment an amount takes on its date: a Fixed schedule's payment of exactly that
 * amount, a Variable schedule's smallest maximum that covers it.
 */
function takes(fixed: boolean, open: ScheduledPayment[], payment: PaymentAt): number {
  if (fixed) return open.findIndex((s) => compareAmounts(s.term.amount, payment.amount) === 0);
  let best = -1;
  open.forEach((s, i) => {
    if (compareAmounts(payment.amount, s.term.amount) <= 0 && (best < 0 || compareAmounts(s.term.amount, open[best].term.amount) < 0)) best = i;
  });
  return best;
}

/** Fixed/VariableDefinedSchedule: a scheduled payment on the payment's (UAE) date that is not paid yet. */
export const scheduledOnDate: MultiPaymentRule = ({ terms, payment, previous }) => {
  const fixed = terms.type === 'FixedDefinedSchedule';
  const open = (terms.schedule ?? []).filter((s) => s.day === payment.day);
  const date = dateOfDay(payment.day);
  if (open.length === 0) return fails(`The ${terms.type} has no payment on ${date}`);
  for (const earlier of previous.filter((p) => p.day === payment.day)) {
    const taken = takes(fixed, open, earlier);
    open.splice(taken < 0 ? 0 : taken, 1);
  }
  if (open.length === 0) return fails(`The payment the ${terms.type} has on ${date} has already been made`);
  if (takes(fixed, open, payment) >= 0) return undefined;
  const terms0 = open[0].term;
  return fixed
    ? fails(`Amount ${money(payment.text, payment.currency)} is not the ${money(terms0.text, terms0.currency)} scheduled on ${date}`)
    : fails(`Amount ${money(payment.text, payment.currency)} exceeds the MaximumIndividualAmount scheduled on ${date}`);
};

/**
 * The rules of each PeriodicSchedule Type, in the order they are checked (the first refusal is
 * the answer). Every type is also held to the consented currency first and to the MultiPayment's
 * overall MaximumCumulativeNumberOfPayments and MaximumCumulativeValueOfPayments last.
 */
export const PERIODIC_SCHEDULE_RULES: Record<PeriodicScheduleType, readonly MultiPaymentRule[]> = {
  FixedDefinedSchedule: [scheduledOnDate],
  VariableDefinedSchedule: [scheduledOnDate],
  FixedPeriodicSchedule: [scheduleStarted, exactAmount, onRecurringDate, oncePerPeriod],
  VariablePeriodicSchedule: [scheduleStarted, withinMaximumIndividualAmount, onRecurringDate, oncePerPeriod],
  FixedOnDemand: [scheduleStarted, exactAmount, withinNumberPerPeriod, withinValuePerPeriod],
  VariableOnDemand: [scheduleStarted, withinMaximumIndividualAmount, withinNumberPerPeriod, withinValuePerPeriod],
};

export function checkMultiPayment(c: MultiPaymentContext): ControlRefusal | undefined {
  const rules = [inConsentedCurrency, ...PERIODIC_SCHEDULE_RULES[c.terms.type], withinCumulativeNumber, withinCumulativeValue];
  for (const rule of rules) {
    const refusal = rule(c);
    if (refusal) return refusal;
  }
  return undefined;
}
