import { parseAmount, type DecimalAmount } from './decimal-amount';
import { isPeriodType } from './periods';
import type { PeriodType } from './control-types';
import { dayOfDate } from './uae-calendar';

/**
 * The consent's ControlParameters.ConsentSchedule read into the terms the rules check, named as
 * in the standard (v2.1-errata2 authorization endpoints, AEBankServiceInitiation…). The consent
 * was validated when the TPP pushed it; a term that still does not read is a ControlTermsError.
 */

/** An amount of the consent with its currency, and where it is in the consent (for messages). */
export interface MoneyTerm {
  amount: DecimalAmount;
  text: string;
  currency: string;
  name: string;
}

/** One payment of a Fixed/VariableDefinedSchedule: the amount (Fixed) or the maximum (Variable) on a date. */
export interface ScheduledPayment {
  day: number;
  date: string;
  term: MoneyTerm;
}

export const PERIODIC_SCHEDULE_TYPES = [
  'FixedDefinedSchedule',
  'VariableDefinedSchedule',
  'FixedPeriodicSchedule',
  'VariablePeriodicSchedule',
  'FixedOnDemand',
  'VariableOnDemand',
] as const;
export type PeriodicScheduleType = (typeof PERIODIC_SCHEDULE_TYPES)[number];

/** AEBankServiceInitiationLongLivedPaymentConsent with its PeriodicSchedule flattened. */
export interface MultiPaymentTerms {
  type: PeriodicScheduleType;
  maximumCumulativeValueOfPayments?: MoneyTerm;
  maximumCumulativeNumberOfPayments?: number;
  period?: { type: PeriodType; startDay: number; startDate: string };
  /** Fixed schedules: the amount of every payment. */
  amount?: MoneyTerm;
  maximumIndividualAmount?: MoneyTerm;
  maximumCumulativeValueOfPaymentsPerPeriod?: MoneyTerm;
  maximumCumulativeNumberOfPaymentsPerPeriod?: number;
  /** Defined schedules. */
  schedule?: ScheduledPayment[];
}

export interface FilePaymentTerms {
  controlSum: DecimalAmount;
  controlSumText: string;
}

export interface ConsentScheduleTerms {
  single?: MoneyTerm;
  multi?: MultiPaymentTerms;
  file?: FilePaymentTerms;
}

export class ControlTermsError extends Error {}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function money(node: unknown, name: string): MoneyTerm {
  const amount = isObject(node) ? parseAmount(node.Amount) : undefined;
  if (!isObject(node) || !amount || typeof node.Currency !== 'string') throw new ControlTermsError(`${name} is not an amount with a currency`);
  return { amount, text: node.Amount as string, currency: node.Currency, name };
}

function optionalMoney(node: unknown, name: string): MoneyTerm | undefined {
  return node === undefined ? undefined : money(node, name);
}

function optionalCount(node: unknown, name: string): number | undefined {
  if (node === undefined) return undefined;
  if (!Number.isInteger(node) || (node as number) < 0) throw new ControlTermsError(`${name} is not a whole number`);
  return node as number;
}

function period(schedule: Json, at: string): MultiPaymentTerms['period'] {
  const startDay = dayOfDate(schedule.PeriodStartDate);
  if (!isPeriodType(schedule.PeriodType) || startDay === undefined) throw new ControlTermsError(`${at} has no valid PeriodType and PeriodStartDate`);
  return { type: schedule.PeriodType, startDay, startDate: schedule.PeriodStartDate as string };
}

function definedSchedule(schedule: Json, at: string, amountMember: 'Amount' | 'MaximumIndividualAmount'): ScheduledPayment[] {
  if (!Array.isArray(schedule.Schedule) || schedule.Schedule.length === 0) throw new ControlTermsError(`${at}.Schedule is empty`);
  return schedule.Schedule.map((item: unknown, i) => {
    const day = isObject(item) ? dayOfDate(item.PaymentExecutionDate) : undefined;
    if (!isObject(item) || day === undefined) throw new ControlTermsError(`${at}.Schedule[${i}].PaymentExecutionDate is not a date`);
    return { day, date: item.PaymentExecutionDate as string, term: money(item[amountMember], `${at}.Schedule[${i}].${amountMember}`) };
  });
}

function multiPayment(node: Json): MultiPaymentTerms {
  const at = 'MultiPayment.PeriodicSchedule';
  const schedule = node.PeriodicSchedule;
  if (!isObject(schedule) || !(PERIODIC_SCHEDULE_TYPES as readonly unknown[]).includes(schedule.Type)) throw new ControlTermsError(`${at} has no known Type`);
  const type = schedule.Type as PeriodicScheduleType;
  const controls = isObject(schedule.Controls) ? schedule.Controls : {};
  const terms: MultiPaymentTerms = {
    type,
    maximumCumulativeValueOfPayments: optionalMoney(node.MaximumCumulativeValueOfPayments, 'MultiPayment.MaximumCumulativeValueOfPayments'),
    maximumCumulativeNumberOfPayments: optionalCount(node.MaximumCumulativeNumberOfPayments, 'MultiPayment.MaximumCumulativeNumberOfPayments'),
  };
  switch (type) {
    case 'FixedDefinedSchedule':
      return { ...terms, schedule: definedSchedule(schedule, at, 'Amount') };
    case 'VariableDefinedSchedule':
      return { ...terms, schedule: definedSchedule(schedule, at, 'MaximumIndividualAmount') };
    case 'FixedPeriodicSchedule':
      return { ...terms, period: period(schedule, at), amount: money(schedule.Amount, `${at}.Amount`) };
    case 'VariablePeriodicSchedule':
      return { ...terms, period: period(schedule, at), maximumIndividualAmount: money(schedule.MaximumIndividualAmount, `${at}.MaximumIndividualAmount`) };
    case 'FixedOnDemand':
    case 'VariableOnDemand':
      return {
        ...terms,
        period: period(schedule, at),
        amount: type === 'FixedOnDemand' ? money(schedule.Amount, `${at}.Amount`) : undefined,
        maximumIndividualAmount: optionalMoney(controls.MaximumIndividualAmount, `${at}.Controls.MaximumIndividualAmount`),
        maximumCumulativeValueOfPaymentsPerPeriod: optionalMoney(
          controls.MaximumCumulativeValueOfPaymentsPerPeriod,
          `${at}.Controls.MaximumCumulativeValueOfPaymentsPerPeriod`,
        ),
        maximumCumulativeNumberOfPaymentsPerPeriod: optionalCount(
          controls.MaximumCumulativeNumberOfPaymentsPerPeriod,
          `${at}.Controls.MaximumCumulativeNumberOfPaymentsPerPeriod`,
        ),
      };
  }
}

function filePayment(node: Json): FilePaymentTerms {
  const controlSum = parseAmount(node.ControlSum);
  if (!controlSum) throw new ControlTermsError('FilePayment.ControlSum is not an amount');
  return { controlSum, controlSumText: node.ControlSum as string };
}

/** The terms of `ControlParameters` (absent members stay absent: ConsentSchedule is optional). */
export function consentScheduleTerms(controlParameters: unknown): ConsentScheduleTerms {
  const schedule = isObject(controlParameters) && isObject(controlParameters.ConsentSchedule) ? controlParameters.ConsentSchedule : {};
  return {
    single: isObject(schedule.SinglePayment) ? money(schedule.SinglePayment.Amount, 'SinglePayment.Amount') : undefined,
    multi: isObject(schedule.MultiPayment) ? multiPayment(schedule.MultiPayment) : undefined,
    file: isObject(schedule.FilePayment) ? filePayment(schedule.FilePayment) : undefined,
  };
}

/** Every amount of the multi-payment terms (each must be in the payment's currency). */
export function multiPaymentMoney(terms: MultiPaymentTerms): MoneyTerm[] {
  return [
    terms.maximumCumulativeValueOfPayments,
    terms.amount,
    terms.maximumIndividualAmount,
    terms.maximumCumulativeValueOfPaymentsPerPeriod,
    ...(terms.schedule ?? []).map((s) => s.term),
  ].filter((t): t is MoneyTerm => t !== undefined);
}
