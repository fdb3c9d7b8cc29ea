/**
 * The UAE calendar the consent's dates are in (Gulf Standard Time, UTC+04:00, no daylight
 * saving): a PaymentExecutionDate or PeriodStartDate names a UAE day, and a Day period runs from
 * 00:00:00 to 23:59:59 UAE time. Days are counted as whole days since 1970-01-01 so that periods
 * are integer arithmetic.
 */
const DAY_MS = 86_400_000;
const UAE_OFFSET_MS = 4 * 3_600_000;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UAE calendar day of an instant. */
export function uaeDay(at: Date): number {
  return Math.floor((at.getTime() + UAE_OFFSET_MS) / DAY_MS);
}

/** The first instant (00:00:00 UAE time) of a UAE day. */
export function uaeMidnight(day: number): Date {
  return new Date(day * DAY_MS - UAE_OFFSET_MS);
}

/** The day of a full date (YYYY-MM-DD), or undefined when it is not a real calendar date. */
export function dayOfDate(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  const m = FULL_DATE.exec(date);
  if (!m) return undefined;
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  return dayOf(year, month, dayOfMonth);
}

/** The day of year/month/day; months past 12 roll into the next years (Date.UTC's rule). */
export function dayOf(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / DAY_MS;
}

export function civilDate(day: number): { year: number; month: number; dayOfMonth: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, dayOfMonth: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD of a day, for messages. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
