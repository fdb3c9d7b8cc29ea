import { formatDate, formatMoney, formatNumber, joinAnd } from './formatting';

/*
 * A v2.1 payment consent's ControlParameters.ConsentSchedule in plain words, following
 * libs/authorization/src/rich-authorization-requests/dto/consent-schedule.dto.ts and
 * periodic-schedules.dto.ts (PeriodicSchedule is one object discriminated by `Type`). The consent
 * was validated by the hub, but this page must still say something for any shape: nothing throws.
 */

export interface ScheduleDescription {
  /** The amount of each payment when it is fixed, e.g. "AED 1,250.00". */
  amount?: string;
  schedule: string;
  limits: string[];
}

type Money = (amount: string, currency: string) => string;
type Obj = Record<string, unknown>;

const GENERIC = 'Payments as set out in the app’s request. This bank cannot describe them in plain words.';
const PERIOD_WORD: Record<string, string> = { Day: 'day', Week: 'week', Month: 'month', Year: 'year' };
const PERIODIC_TYPES = ['FixedDefinedSchedule', 'VariableDefinedSchedule', 'FixedPeriodicSchedule', 'VariablePeriodicSchedule', 'FixedOnDemand', 'VariableOnDemand'];

/** Accepts ControlParameters or its ConsentSchedule. */
export function scheduleOf(controlParameters: unknown, money: Money = formatMoney): ScheduleDescription {
  try {
    const cp = obj(controlParameters);
    const schedule = obj(cp?.ConsentSchedule) ?? cp;
    const singlePayment = obj(schedule?.SinglePayment);
    if (singlePayment) return single(singlePayment, money);
    const multiPayment = obj(schedule?.MultiPayment);
    if (multiPayment) return multi(multiPayment, money);
    const filePayment = obj(schedule?.FilePayment);
    if (filePayment) return file(filePayment);
  } catch {
    // A shape no branch foresaw: fall through to the generic sentence rather than break the page.
  }
  return { schedule: GENERIC, limits: [] };
}

function single(p: Obj, money: Money): ScheduleDescription {
  const amount = amountOf(p.Amount, money);
  return { amount, schedule: p.Type === 'SingleInstantPayment' ? 'One payment, now' : 'One payment', limits: [] };
}

function multi(p: Obj, money: Money): ScheduleDescription {
  const described = periodic(periodicScheduleOf(p.PeriodicSchedule), money);
  const limits = [...described.limits];
  const count = p.MaximumCumulativeNumberOfPayments;
  if (typeof count === 'number') limits.push(`At most ${payments(count)} in total`);
  const total = amountOf(p.MaximumCumulativeValueOfPayments, money);
  if (total) limits.push(`At most ${total} in total`);
  return { ...described, limits };
}

/** The variant object; also accepts it wrapped under its own name (`{ FixedOnDemand: {…} }`). */
function periodicScheduleOf(value: unknown): Obj | undefined {
  const s = obj(value);
  if (!s || typeof s.Type === 'string') return s;
  const key = PERIODIC_TYPES.find((t) => obj(s[t]));
  return key ? { ...obj(s[key]), Type: key } : s;
}

function periodic(s: Obj | undefined, money: Money): ScheduleDescription {
  const period = PERIOD_WORD[String(s?.PeriodType)];
  const from = typeof s?.PeriodStartDate === 'string' ? `, from ${formatDate(s.PeriodStartDate)}` : '';
  const controls = obj(s?.Controls) ?? {};
  const perPeriod = period ? periodLimits(controls, period, money) : [];
  switch (s?.Type) {
    case 'FixedDefinedSchedule':
      return definedSchedule(s.Schedule, 'Amount', '', money);
    case 'VariableDefinedSchedule':
      return definedSchedule(s.Schedule, 'MaximumIndividualAmount', 'up to ', money);
    case 'FixedPeriodicSchedule': {
      const amount = amountOf(s.Amount, money);
      if (!period || !amount) break;
      return { amount, schedule: `One payment of ${amount} a ${period}${from}`, limits: [] };
    }
    case 'VariablePeriodicSchedule': {
      const max = amountOf(s.MaximumIndividualAmount, money);
      if (!period || !max) break;
      return { schedule: `One payment a ${period} of up to ${max}${from}`, limits: [] };
    }
    case 'FixedOnDemand': {
      const amount = amountOf(s.Amount, money);
      if (!period || !amount) break;
      return { amount, schedule: `Payments of ${amount} each, whenever they are needed${from}`, limits: perPeriod };
    }
    case 'VariableOnDemand': {
      if (!period) break;
      const max = amountOf(controls.MaximumIndividualAmount, money);
      return { schedule: `Payments of varying amounts, whenever they are needed${from}`, limits: [...(max ? [`Each payment at most ${max}`] : []), ...perPeriod] };
    }
  }
  return { schedule: GENERIC, limits: [] };
}

function periodLimits(controls: Obj, period: string, money: Money): string[] {
  const limits: string[] = [];
  const count = controls.MaximumCumulativeNumberOfPaymentsPerPeriod;
  if (typeof count === 'number') limits.push(`At most ${payments(count)} a ${period}`);
  const value = amountOf(controls.MaximumCumulativeValueOfPaymentsPerPeriod, money);
  if (value) limits.push(`At most ${value} a ${period}`);
  return limits;
}

/** Fixed or variable defined schedules: payments on listed dates. */
function definedSchedule(items: unknown, amountKey: string, upTo: string, money: Money): ScheduleDescription {
  const list = (Array.isArray(items) ? items : []).map(obj).filter((i): i is Obj & { PaymentExecutionDate: string } => !!i && typeof i.PaymentExecutionDate === 'string');
  if (list.length === 0) return { schedule: GENERIC, limits: [] };
  const dates = list.map((i) => formatDate(i.PaymentExecutionDate));
  const amounts = list.map((i) => amountOf(i[amountKey], money));
  const same = amounts.every((a) => a !== undefined && a === amounts[0]);
  const when = list.length <= 4 ? `on ${joinAnd(dates)}` : `from ${dates[0]} to ${dates[dates.length - 1]}`;
  if (list.length === 1) return { amount: upTo ? undefined : amounts[0], schedule: `One payment of ${upTo}${amounts[0] ?? 'an agreed amount'} on ${dates[0]}`, limits: [] };
  if (same) return { amount: upTo ? undefined : amounts[0], schedule: `${list.length} payments of ${upTo}${amounts[0]} each, ${when}`, limits: [] };
  if (list.length <= 4) {
    const each = list.map((_, i) => `${upTo}${amounts[i] ?? 'an agreed amount'} on ${dates[i]}`);
    return { schedule: `${list.length} payments: ${joinAnd(each)}`, limits: [] };
  }
  return { schedule: `${list.length} payments of ${upTo ? 'varying amounts up to set limits' : 'set amounts'}, ${when}`, limits: [] };
}

function file(p: Obj): ScheduleDescription {
  const n = typeof p.NumberOfTransactions === 'number' ? p.NumberOfTransactions : undefined;
  const total = typeof p.ControlSum === 'string' || typeof p.ControlSum === 'number' ? `, total ${formatNumber(String(p.ControlSum))}` : '';
  const on = typeof p.RequestedExecutionDate === 'string' ? `, on ${formatDate(p.RequestedExecutionDate)}` : '';
  return { schedule: `A file of ${n === undefined ? 'payments' : payments(n)}${total}${on}`, limits: [] };
}

function amountOf(value: unknown, money: Money): string | undefined {
  const a = obj(value);
  if (!a || (typeof a.Amount !== 'string' && typeof a.Amount !== 'number') || typeof a.Currency !== 'string') return undefined;
  return money(String(a.Amount), a.Currency);
}

function payments(n: number): string {
  return `${n} payment${n === 1 ? '' : 's'}`;
}

function obj(value: unknown): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : undefined;
}
