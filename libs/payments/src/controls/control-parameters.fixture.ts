import type { CountedPayment } from './control-types';

/** ControlParameters of each consent shape, as the TPP pushes them (v2.1-errata2). */
const aed = (Amount: string) => ({ Amount, Currency: 'AED' });

export const single = (amount = '100.00') => ({ ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed(amount) } } });

export const filePayment = (controlSum = '1500.50') => ({
  ConsentSchedule: { FilePayment: { FileType: 'sandbox.payroll.csv.v1', FileHash: 'aGFzaA==', NumberOfTransactions: 3, ControlSum: controlSum } },
});

export const multi = (PeriodicSchedule: Record<string, unknown>, limits: Record<string, unknown> = {}) => ({
  ConsentSchedule: { MultiPayment: { ...limits, PeriodicSchedule } },
});

export const combined = (singleAmount: string, PeriodicSchedule: Record<string, unknown>) => ({
  ConsentSchedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: aed(singleAmount) }, MultiPayment: { PeriodicSchedule } },
});

export const variableOnDemand = (controls: Record<string, unknown>, periodType = 'Day', start = '2026-03-01') => ({
  Type: 'VariableOnDemand',
  PeriodType: periodType,
  PeriodStartDate: start,
  Controls: controls,
});

export { aed };

/** A counted payment in AED at an instant. */
export const paid = (amount: string, createdAt: string, currency = 'AED'): CountedPayment => ({ amount, currency, createdAt });
