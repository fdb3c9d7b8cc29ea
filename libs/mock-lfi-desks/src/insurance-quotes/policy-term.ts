import type { InsuranceQuotePolicyPlan } from '@hub/mock-lfi-store';
import { addDays, addMonths, monthsOfDuration } from './pricing/calendar';
import type { Fils } from './pricing/quote-money';

export interface PolicyDates {
  startDate: string;
  endDate: string;
}

/** The policy runs from `startDate` for the plan's term; its last day is the day before the term ends. */
export function policyDatesOf(plan: InsuranceQuotePolicyPlan, startDate: string): PolicyDates {
  if (plan.termDays !== undefined) return { startDate, endDate: addDays(startDate, plan.termDays - 1) };
  return { startDate, endDate: addDays(addMonths(startDate, termMonthsOf(plan)), -1) };
}

export function termMonthsOf(plan: InsuranceQuotePolicyPlan): number {
  const months = monthsOfDuration(plan.policyTerm);
  if (months === undefined) throw new Error(`not a policy term: ${plan.policyTerm}`);
  return months;
}

/**
 * TotalPolicyPremium: the yearly premium times the years of the term (pro rata for part years);
 * a policy shorter than a year (a trip) costs its one premium.
 */
export function totalPolicyPremium(oneYearTotal: Fils, plan: InsuranceQuotePolicyPlan): Fils {
  const months = BigInt(termMonthsOf(plan));
  if (plan.termDays !== undefined || months <= 12n) return oneYearTotal;
  return (oneYearTotal * months * 2n + 12n) / 24n;
}
