import type { PeriodType } from './control-types';
import { civilDate, dayOf, dayOfDate, daysInMonth, uaeDay, uaeMidnight } from './uae-calendar';

/** A run of UAE days [start, end). */
export interface DayRange {
  start: number;
  end: number;
}

interface PeriodRule {
  /** The period containing `day` of a schedule that begins on `startDay`. */
  containing(startDay: number, day: number): DayRange;
  /**
   * The day of `period` on which a Fixed/VariablePeriodicSchedule pays: "only on the
   * PeriodStartDate, and dates recurring based on the PeriodType".
   */
  dueDay(startDay: number, period: DayRange): number;
}

/** The anniversary of `startDay` in `year` (29 February falls on the 28th in other years). */
function anniversary(startDay: number, year: number): number {
  const { month, dayOfMonth } = civilDate(startDay);
  return dayOf(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
}

/**
 * AEPeriodType of the v2.1-errata2 authorization endpoints document, in UAE time:
 * | Day   | 00:00:00 to 23:59:59 of one calendar day                                   |
 * | Week  | seven consecutive days; the document does not anchor them to a weekday, so |
 * |       | they are counted in sevens from PeriodStartDate                            |
 * | Month | the first to the last day of a calendar month (the document says so)      |
 * | Year  | "12 months": from PeriodStartDate to its next anniversary                  |
 * A periodic schedule pays once per period on its recurring day: every day, every seventh day,
 * PeriodStartDate's day of the month (the last day in shorter months), its anniversary.
 */
export const PERIOD_RULES: Record<PeriodType, PeriodRule> = {
  Day: {
    containing: (_startDay, day) => ({ start: day, end: day + 1 }),
    dueDay: (_startDay, period) => period.start,
  },
  Week: {
    containing: (startDay, day) => {
      const start = startDay + 7 * Math.floor((day - startDay) / 7);
      return { start, end: start + 7 };
    },
    dueDay: (_startDay, period) => period.start,
  },
  Month: {
    containing: (_startDay, day) => {
      const { year, month } = civilDate(day);
      return { start: dayOf(year, month, 1), end: dayOf(year, month + 1, 1) };
    },
    dueDay: (startDay, period) => {
      const { year, month } = civilDate(period.start);
      return dayOf(year, month, Math.min(civilDate(startDay).dayOfMonth, daysInMonth(year, month)));
    },
  },
  Year: {
    containing: (startDay, day) => {
      const { year } = civilDate(day);
      const from = anniversary(startDay, year) <= day ? year : year - 1;
      return { start: anniversary(startDay, from), end: anniversary(startDay, from + 1) };
    },
    dueDay: (_startDay, period) => period.start,
  },
};

export const PERIOD_TYPES = Object.keys(PERIOD_RULES) as PeriodType[];

export function isPeriodType(value: unknown): value is PeriodType {
  return typeof value === 'string' && (PERIOD_TYPES as string[]).includes(value);
}

/**
 * The period of a schedule (PeriodType + PeriodStartDate) that contains `now`, as instants:
 * `start` is its first instant (00:00:00 UAE time of its first day) and `end` the first instant
 * after it (the next period's start), so a payment at `t` is in it when start <= t < end.
 */
export function periodContaining(periodType: PeriodType, periodStartDate: string, now: Date): { start: Date; end: Date } {
  const startDay = dayOfDate(periodStartDate);
  if (startDay === undefined) throw new RangeError(`PeriodStartDate ${periodStartDate} is not a date`);
  const { start, end } = PERIOD_RULES[periodType].containing(startDay, uaeDay(now));
  return { start: uaeMidnight(start), end: uaeMidnight(end) };
}
