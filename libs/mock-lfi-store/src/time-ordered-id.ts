import { randomBytes, randomInt } from 'node:crypto';

const MAX_COUNTER = 0xfff;
let lastMs = -1;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter, then random bits. Ids made
 * by one process sort in the order they were made, even within one millisecond, so rows that
 * share an instant still have a defined order. The counter starts at a random value below half
 * its range each millisecond and moves the time on by one when it overflows.
 */
export function timeOrderedUuid(nowMs = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = randomInt(0, (MAX_COUNTER + 1) / 2);
  } else if (counter < MAX_COUNTER) {
    counter += 1;
  } else {
    lastMs += 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
