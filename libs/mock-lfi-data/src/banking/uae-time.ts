import { GENERATION_EPOCH } from '../seed-inputs';

/** The UAE keeps UTC+4 all year (no daylight saving), so one fixed offset is exact. */
export const UAE_OFFSET = '+04:00';
export const UAE_LOCAL_TIME_ZONE = 'UTC+04:00';
const OFFSET_MS = 4 * 3_600_000;
const DAY_MS = 86_400_000;

/** Midnight of the epoch day in Dubai: the instant every "as of now" value of the data refers to. */
export const EPOCH_INSTANT_MS = Date.parse(`${GENERATION_EPOCH}T00:00:00${UAE_OFFSET}`);

/** The instant of a Dubai wall-clock time (`year`, 0-based `month`, `day`, seconds into the day). */
export function uaeInstant(year: number, month: number, day: number, secondOfDay = 0): number {
  return Date.UTC(year, month, day) + secondOfDay * 1000 - OFFSET_MS;
}

/** ISO 8601 with the Dubai offset, whole seconds: `2025-03-14T13:22:05+04:00`. */
export function uaeDateTime(instantMs: number): string {
  return new Date(instantMs + OFFSET_MS).toISOString().slice(0, 19) + UAE_OFFSET;
}

/** The Dubai calendar date (`YYYY-MM-DD`) of an instant. */
export function uaeDate(instantMs: number): string {
  return new Date(instantMs + OFFSET_MS).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 1) - DAY_MS).getUTCDate();
}

/** The `count` calendar months before the epoch's month, oldest first, as [year, month]. */
export function historyMonths(count = 12): [number, number][] {
  const epoch = new Date(`${GENERATION_EPOCH}T00:00:00Z`);
  const months: [number, number][] = [];
  for (let back = count; back >= 1; back -= 1) {
    const d = new Date(Date.UTC(epoch.getUTCFullYear(), epoch.getUTCMonth() - back, 1));
    months.push([d.getUTCFullYear(), d.getUTCMonth()]);
  }
  return months;
}
