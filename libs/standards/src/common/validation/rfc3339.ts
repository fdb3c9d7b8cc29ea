/**
 * RFC 3339 section 5.6 `full-date` and `date-time`, the formats the standard's `format: date` and
 * `format: date-time` name. Parsed by hand rather than with Date.parse, which accepts other ISO
 * and engine-specific shapes and silently reads a missing timezone as local time.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** Epoch milliseconds of the date's UTC midnight, or undefined when not a YYYY-MM-DD calendar date. */
export function parseFullDate(value: unknown): number | undefined {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(year, month, day) ? Date.UTC(year, month - 1, day) : undefined;
}

export interface ParsedDateTime {
  epochMs: number;
  /** False for '2026-04-05T10:43:07': well formed, but the standard requires the offset. */
  hasTimezone: boolean;
}

/**
 * A date-time with or without its offset. Leap seconds (:60) are refused: no clock the hub compares
 * against can represent them, and no consent needs to expire on one.
 */
export function parseDateTime(value: unknown): ParsedDateTime | undefined {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetMs = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return { epochMs: Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMs, hasTimezone: Boolean(m[8] || m[9]) };
}

/** Epoch milliseconds of a date-time that carries its timezone; undefined otherwise. */
export function instantOf(value: unknown): number | undefined {
  const parsed = parseDateTime(value);
  return parsed?.hasTimezone ? parsed.epochMs : undefined;
}
