import { ApiError } from '@hub/kernel';
import type { Request } from 'express';
import { createHash } from 'node:crypto';

/**
 * What the bulk/batch operations read off the TPP's request besides its body: the idempotency key,
 * a hash of the message for "same key, same body", and the headers the LFI is told of.
 */

/** x-idempotency-key: required, at most 40 characters, no whitespace (`^(\S*)$`), per the document's parameter and header. */
const IDEMPOTENCY_KEY = /^\S{1,40}$/;

export function idempotencyKeyOf(req: Request): string {
  const value = req.headers['x-idempotency-key'];
  if (value === undefined) throw new ApiError(400, 'Resource.InvalidFormat', 'the x-idempotency-key header is required', 'x-idempotency-key');
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw new ApiError(400, 'Resource.InvalidFormat', 'x-idempotency-key must be 1 to 40 characters without whitespace', 'x-idempotency-key');
  }
  return value;
}

/**
 * SHA-256 (hex) of the message in a canonical JSON form (members sorted at every level), so the
 * same request signed again (new iat, exp, jti; another member order) is recognised as the same.
 */
export function requestHashOf(message: unknown): string {
  return createHash('sha256').update(canonicalJson(message)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Headers the LFI has no business seeing: the TPP's own credentials at the hub. */
const WITHHELD = new Set(['authorization', 'cookie']);

/**
 * Ozone Connect's `requestHeaders`: "the entire set of HTTP request headers that was received …
 * from the TPP", less the TPP's access token (it is the hub's credential, not the LFI's). The LFI
 * reads x-idempotency-key there.
 */
export function tppRequestHeaders(req: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || WITHHELD.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
