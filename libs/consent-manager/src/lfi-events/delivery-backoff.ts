/**
 * When to try a consent event again after the n-th failed attempt: 1 s, 2 s, 4 s … capped at
 * 5 minutes. An LFI that is down for a while receives everything once it is back, in order.
 */
export function nextAttemptDelayMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}
