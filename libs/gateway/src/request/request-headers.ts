import { ApiError } from '@hub/kernel';
import { isIP } from 'node:net';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * `x-fapi-auth-date` as the v2.1 documents' pattern has it: an RFC 7231 IMF-fixdate, e.g.
 * `Sun, 10 Sep 2017 19:43:31 GMT`, whose zone may also be written `UTC`.
 */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UTC)$/;

/** Step 3 (headers): the FAPI headers a TPP may send must have the standard's format. */
export function checkFapiHeaders(headers: Record<string, string | string[] | undefined>): void {
  const one = (name: string) => (Array.isArray(headers[name]) ? (headers[name] as string[])[0] : (headers[name] as string | undefined));
  const interaction = one('x-fapi-interaction-id');
  if (interaction !== undefined && !UUID.test(interaction)) throw new ApiError(400, 'Resource.InvalidFormat', 'x-fapi-interaction-id must be a UUID (RFC 4122)', 'x-fapi-interaction-id');
  const authDate = one('x-fapi-auth-date');
  if (authDate !== undefined && !HTTP_DATE.test(authDate)) throw new ApiError(400, 'Resource.InvalidFormat', 'x-fapi-auth-date must be an RFC 7231 date in GMT or UTC, e.g. Sun, 10 Sep 2017 19:43:31 GMT', 'x-fapi-auth-date');
  const ip = one('x-fapi-customer-ip-address');
  if (ip !== undefined && !isIP(ip)) throw new ApiError(400, 'Resource.InvalidFormat', 'x-fapi-customer-ip-address must be an IP address', 'x-fapi-customer-ip-address');
}

/** Step 3 (query): paging and booking-date filters. */
export function pageOf(query: Record<string, unknown>): { page: number; pageSize: number } {
  const int = (name: string, fallback: number, max: number) => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new ApiError(400, 'Resource.InvalidFormat', `${name} must be a whole number from 1 to ${max}`, name);
    return n;
  };
  return { page: int('page', 1, 100_000), pageSize: int('page-size', 100, 1000) };
}

export function dateTimeParam(query: Record<string, unknown>, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw)) || !/^\d{4}-\d{2}-\d{2}/.test(raw)) {
    throw new ApiError(400, 'Resource.InvalidFormat', `${name} must be an ISO 8601 date-time`, name);
  }
  return raw;
}
