/**
 * Date-times inside `consentBody` follow the standard's example form `2023-04-05T10:43:07+00:00`
 * (the v2.1 schemas require a timezone on every date-time), keeping milliseconds so two status
 * changes within one second still carry different StatusUpdateDateTimes.
 */
export function standardDateTime(date: Date): string {
  return date.toISOString().replace(/Z$/, '+00:00');
}

/** A date-time from a TPP or LFI body; undefined when absent or not a date. */
export function parseDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
