import { formatDate, formatMoney, formatNumber } from './formatting';

/*
 * A payment consent's ControlParameters in the user's words, one sentence per term, as the
 * v2.1-errata2 authorization-endpoints document defines them
 * (AEBankServiceInitiationControlParametersProperties): ConsentSchedule.SinglePayment, .MultiPayment
 * (a PeriodicSchedule of six variants, discriminated by Type), .FilePayment, or a SinglePayment
 * with a MultiPayment (a Combined consent). The hub validated the consent, yet the page must say
 * something for any shape: nothing here throws, and a part it cannot read becomes UNREADABLE.
 * Amounts are the consent's own strings (`^\d{1,16}\.\d{2}$`), grouped, never turned into numbers.
 */

export type Money = (amount: string, currency: string) => string;

export interface TermsContext {
  /** The consent's ExpirationDateTime: open-ended schedules run "until" it. */
  expires?: string;
  money?: Money;
}

export const UNREADABLE = 'Payments as set out in the app’s request: this bank cannot put them in plain words.';

type Obj = Record<string, unknown>;

interface Words {
  money(value: unknown): string | undefined;
  /** ", until 31 December 2027" or nothing. */
  until: string;
}

/**
 * AEPeriodType (v2.1-errata2) is exactly these four: Day (midnight to 23:59:59), Week (seven days
 * from midnight), Month (a calendar month, first to last day) and Year (12 months).
 */
const PERIOD_WORD: Record<string, string> = { Day: 'day', Week: 'week', Month: 'month', Year: 'year' };

/** One row per PeriodicSchedule.Type: its sentences, or undefined when a required member is unreadable. */
const PERIODIC_SCHEDULES: Record<string, (s: Obj, w: Words) => string[] | undefined> = {
  // A list of dated payments, each of a fixed amount or up to a maximum.
  FixedDefinedSchedule: (s, w) => dated(s.Schedule, (item) => w.money(item.Amount)),
  VariableDefinedSchedule: (s, w) => dated(s.Schedule, (item) => upTo(w.money(item.MaximumIndividualAmount))),
  // Only on PeriodStartDate and the dates recurring from it by PeriodType.
  FixedPeriodicSchedule: (s, w) => recurring(w.money(s.Amount), s, w),
  VariablePeriodicSchedule: (s, w) => recurring(capitalised(upTo(w.money(s.MaximumIndividualAmount))), s, w),
  // Any date, within the Controls of each period.
  FixedOnDemand: (s, w) => onDemand(w.money(s.Amount), s, w),
  VariableOnDemand: (s, w) => onDemand(capitalised(upTo(w.money(obj(s.Controls)?.MaximumIndividualAmount))) ?? 'Any amount', s, w),
};

/** The consent's payment terms, in the order the user should read them. */
export function paymentTermsOf(controlParameters: unknown, ctx: TermsContext = {}): string[] {
  const money = ctx.money ?? formatMoney;
  const words: Words = {
    money: (value) => amountOf(value, money),
    until: typeof ctx.expires === 'string' && ctx.expires ? `, until ${formatDate(ctx.expires)}` : '',
  };
  const cp = obj(controlParameters);
  const schedule = obj(cp?.ConsentSchedule);
  const delegated = cp?.IsDelegatedAuthentication === true ? ['The app, not this bank, checks each payment against these terms (delegated authentication).'] : [];
  if (!schedule) return cp && cp.ConsentSchedule === undefined ? [...delegated, 'No schedule or limits are set for these payments.'] : [UNREADABLE];
  const parts = [
    schedule.SinglePayment !== undefined ? single(obj(schedule.SinglePayment), words) : [],
    schedule.MultiPayment !== undefined ? multi(obj(schedule.MultiPayment), words) : [],
    schedule.FilePayment !== undefined ? file(obj(schedule.FilePayment)) : [],
  ].flat();
  return [...(parts.length ? parts : [UNREADABLE]), ...delegated];
}

function single(p: Obj | undefined, w: Words): string[] {
  const amount = w.money(p?.Amount);
  return [amount ? `Once: ${amount}` : UNREADABLE];
}

function multi(p: Obj | undefined, w: Words): string[] {
  const s = obj(p?.PeriodicSchedule);
  const describe = typeof s?.Type === 'string' ? PERIODIC_SCHEDULES[s.Type] : undefined;
  const schedule = (s && describe?.(s, w)) ?? [UNREADABLE];
  const total = joinLimits(w.money(p?.MaximumCumulativeValueOfPayments), countOf(p?.MaximumCumulativeNumberOfPayments));
  return [...schedule, ...(total ? [`At most ${total} in total`] : [])];
}

function file(p: Obj | undefined): string[] {
  const count = countOf(p?.NumberOfTransactions);
  const sum = typeof p?.ControlSum === 'string' ? formatNumber(p.ControlSum) : undefined;
  if (!count || !sum) return [UNREADABLE];
  // ControlSum is "the total of all individual amounts, irrespective of currencies": no currency shown.
  return [
    `A file of ${count}, ${sum} in total`,
    ...(typeof p?.FileReference === 'string' && p.FileReference ? [`File reference: ${p.FileReference}`] : []),
    ...(typeof p?.RequestedExecutionDate === 'string' ? [`To be paid on ${formatDate(p.RequestedExecutionDate)}`] : []),
  ];
}

/** "On 5 February 2027: AED 100.00", one per listed date. */
function dated(items: unknown, amountOfItem: (item: Obj) => string | undefined): string[] | undefined {
  const list = Array.isArray(items) ? items.map(obj) : [];
  const lines = list.map((item) => {
    const amount = item && amountOfItem(item);
    return item && typeof item.PaymentExecutionDate === 'string' && amount ? `On ${formatDate(item.PaymentExecutionDate)}: ${amount}` : undefined;
  });
  return lines.length > 0 && lines.every((l): l is string => l !== undefined) ? lines : undefined;
}

/** "AED 500.00 every month, from 1 January 2027, until 31 December 2027". */
function recurring(amount: string | undefined, s: Obj, w: Words): string[] | undefined {
  const period = PERIOD_WORD[String(s.PeriodType)];
  if (!amount || !period) return undefined;
  return [`${amount} every ${period}${from(s)}${w.until}`];
}

/** "Up to AED 500.00 per payment, at most AED 2,000.00 and 10 payments per month, from …, until …". */
function onDemand(each: string | undefined, s: Obj, w: Words): string[] | undefined {
  const period = PERIOD_WORD[String(s.PeriodType)];
  const controls = obj(s.Controls);
  if (!each || !period || !controls) return undefined;
  const perPeriod = joinLimits(w.money(controls.MaximumCumulativeValueOfPaymentsPerPeriod), countOf(controls.MaximumCumulativeNumberOfPaymentsPerPeriod));
  return [`${each} per payment${perPeriod ? `, at most ${perPeriod} per ${period}` : ''}${from(s)}${w.until}`];
}

function from(s: Obj): string {
  return typeof s.PeriodStartDate === 'string' ? `, from ${formatDate(s.PeriodStartDate)}` : '';
}

/** "AED 2,000.00 and 10 payments", either alone, or nothing. */
function joinLimits(value: string | undefined, count: string | undefined): string | undefined {
  return value && count ? `${value} and ${count}` : (value ?? count);
}

function upTo(amount: string | undefined): string | undefined {
  return amount ? `up to ${amount}` : undefined;
}

function capitalised(text: string | undefined): string | undefined {
  return text ? text[0].toUpperCase() + text.slice(1) : undefined;
}

/** "1 payment", "10 payments"; only a whole number reads as a count. */
function countOf(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return undefined;
  return `${value} payment${value === 1 ? '' : 's'}`;
}

/** AEActiveOrHistoricAmount is a string in the document: a number is not read (it may already be rounded). */
function amountOf(value: unknown, money: Money): string | undefined {
  const a = obj(value);
  if (!a || typeof a.Amount !== 'string' || !a.Amount || typeof a.Currency !== 'string' || !a.Currency) return undefined;
  return money(a.Amount, a.Currency);
}

function obj(value: unknown): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : undefined;
}
