// Calendar arithmetic on ISO dates (`YYYY-MM-DD`) in UTC, so no machine's time zone leaks into a
// premium: ages, trip lengths and policy terms are whole days, months and years.

const DAY_MS = 86_400_000;
/** The UAE is UTC+4 all year: the insurer's "today" starts at 20:00 UTC the day before. */
const UAE_OFFSET_MS = 4 * 3_600_000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The date in the UAE at `instant`. */
export function uaeDateOf(instant: Date): string {
  return new Date(instant.getTime() + UAE_OFFSET_MS).toISOString().slice(0, 10);
}

/** Completed years from `birthDate` to `on` (a birthday counts from its day). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Days from `from` to `to`, both counted: the same day is 1. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** `date` plus whole months (a 31st becomes the month's last day, as insurers date terms). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `P2Y3M` → 27; undefined for anything else (days and times are not terms). */
export function monthsOfDuration(duration: string): number | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(duration);
  if (!match || duration === 'P') return undefined;
  return Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0);
}

/** 27 → `P2Y3M`, 12 → `P1Y`, 1 → `P1M` (ISO 8601 years and months, as PolicyTerm). */
export function durationOfMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `P${years ? `${years}Y` : ''}${rest || !years ? `${rest}M` : ''}`;
}
