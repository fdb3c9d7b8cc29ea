import { GENERATION_EPOCH } from '../seed-inputs';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.parse(`${GENERATION_EPOCH}T00:00:00Z`);

/** ISO date `days` after the generation epoch (negative: before); UTC, so no machine's zone leaks in. */
export function epochDay(days: number): string {
  return new Date(EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO date `years` after `isoDate`, minus one day: the last day of a yearly term. */
export function endOfTerm(isoDate: string, years: number): string {
  const start = new Date(`${isoDate}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() + years);
  return new Date(start.getTime() - DAY_MS).toISOString().slice(0, 10);
}
