import { createHash, randomBytes } from 'node:crypto';

/**
 * A UUID-v4-shaped id from a fixed label, so the hub's and the LFIs' identities are the same on
 * every machine and after every `npm run reset` (TPP configs and tests can hard-code them).
 */
export function derivedUuid(label: string): string {
  const bytes = createHash('sha256').update(`uae-open-finance-sandbox:${label}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Positive (top bit clear) and non-zero, as RFC 5280 requires of serial numbers. */
export function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x01;
  return bytes.toString('hex');
}

export function base64urlSha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('base64url');
}
