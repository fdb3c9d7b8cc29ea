import { parseDateTime, standardDateTime } from '../domain/standard-date-time';

/**
 * Small helpers for building the TPP view. Every v2.1 consent resource schema is closed
 * (`additionalProperties: false`, and the token response as well), so the view is built by
 * picking the members a schema names, never by copying a stored object and deleting extras.
 */
export type Json = Record<string, unknown>;

/**
 * Members the TPP must never get back, whatever a member list says: the v2.1 consent responses
 * carry no PersonalIdentifiableInformation (the store keeps it in `request` only), and a mistake
 * in a member list or a stray LFI patch must not leak the payment's parties.
 */
const NEVER_ECHOED: ReadonlySet<string> = new Set(['PersonalIdentifiableInformation']);

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The listed members of `source` that hold a value, in the order listed (absent and null are left out). */
export function pick(source: Json, members: readonly string[]): Json {
  const out: Json = {};
  for (const member of members) {
    const value = source[member];
    if (value !== undefined && value !== null && !NEVER_ECHOED.has(member)) out[member] = value;
  }
  return out;
}

/** A zone-less ISO date-time, e.g. `2026-04-01T10:00:00` or `2026-04-01T10:00:00.123`. */
const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * The v2.1 schemas require a timezone on every date-time in a response. A value that already has
 * one is echoed untouched (the TPP recognises its own value); a zone-less one is rewritten to the
 * instant the hub itself enforces (the expiry scheduler reads it with the same parser).
 */
export function withTimezone(value: unknown): unknown {
  if (typeof value !== 'string' || !ZONELESS_DATE_TIME.test(value)) return value;
  const date = parseDateTime(value);
  return date ? standardDateTime(date) : value;
}

/** `withTimezone` over the named members of an object, leaving the others as they are. */
export function withTimezones(source: Json, members: readonly string[]): Json {
  const out: Json = { ...source };
  for (const member of members) if (out[member] !== undefined) out[member] = withTimezone(out[member]);
  return out;
}
