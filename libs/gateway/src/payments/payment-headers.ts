import { ApiError } from '@hub/kernel';
import type { IncomingHttpHeaders } from 'node:http';

/** The bank-initiation document's `x-idempotency-key` parameter: maxLength 40, pattern ^(\S*)$. */
const IDEMPOTENCY_KEY = /^\S{1,40}$/;

function one(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * `x-idempotency-key`, required on POST /payments and GET /payments: 1 to 40 characters without
 * whitespace. A header sent twice arrives joined by ", " and is refused like any other whitespace.
 */
export function idempotencyKeyOf(headers: IncomingHttpHeaders): string {
  const key = one(headers, 'x-idempotency-key');
  if (key === undefined || key === '') throw new ApiError(400, 'Resource.InvalidFormat', 'the x-idempotency-key header is required', 'x-idempotency-key');
  if (!IDEMPOTENCY_KEY.test(key)) throw new ApiError(400, 'Resource.InvalidFormat', 'x-idempotency-key must be 1 to 40 characters without whitespace', 'x-idempotency-key');
  return key;
}

/**
 * `x-consent-id` is optional ("required where a given payment instruction is part of a Combined
 * Consent Group"); when sent it names the consent the payment is made under, and that can only be
 * the consent the access token was granted for.
 */
export function checkConsentIdHeader(headers: IncomingHttpHeaders, tokenConsentId: string): void {
  const sent = one(headers, 'x-consent-id');
  if (sent !== undefined && sent !== tokenConsentId) {
    throw new ApiError(400, 'Consent.Invalid', 'x-consent-id is not the consent the access token was granted for', 'x-consent-id');
  }
}

/**
 * Never passed to the LFI in PaymentPostRequest.requestHeaders: the TPP's credentials (its access
 * token is for the hub, not the LFI) and the headers of the hop itself.
 */
const NOT_FORWARDED = new Set(['authorization', 'cookie', 'host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'te', 'upgrade', 'proxy-authorization']);

/** PaymentPostRequest.requestHeaders: "the entire set of HTTP request headers" of the TPP, less NOT_FORWARDED. */
export function forwardedRequestHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers).sort()) {
    const value = one(headers, name);
    if (value !== undefined && !NOT_FORWARDED.has(name)) out[name] = value;
  }
  return out;
}
