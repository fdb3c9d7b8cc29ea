import { ApiError } from '@hub/kernel';
import { UAE_OFFSET } from '@hub/mock-lfi-data';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `fromBookingDateTime` / `toBookingDateTime` as instants (both inclusive). A date-time must carry
 * its zone, or the window would depend on the LFI's clock settings; the deprecated date-only form
 * is still accepted and read as that whole day in UAE time.
 */
export function bookingBound(value: string | undefined, name: string, end: boolean): number | undefined {
  if (value === undefined || value === '') return undefined;
  let instant = Number.NaN;
  if (DATE_TIME.test(value)) instant = Date.parse(value);
  else if (DATE.test(value)) instant = Date.parse(`${value}T${end ? '23:59:59.999' : '00:00:00'}${UAE_OFFSET}`);
  if (Number.isNaN(instant)) throw ApiError.badRequest(`${name} must be an ISO 8601 date-time with a time zone, got '${value}'`, name);
  return instant;
}

export function inBookingWindow(bookingDateTime: string, from?: number, to?: number): boolean {
  const at = Date.parse(bookingDateTime);
  return (from === undefined || at >= from) && (to === undefined || at <= to);
}
