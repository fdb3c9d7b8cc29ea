// Free of storage, like the desks' rules that use it (account-opening-status.ts, the quote steps).

/** Exponential back-off of a step the hub did not take: first, 2×first, 4×first … at most `maxMs`. */
export function stepRetryDelayMs(failedAttempts: number, firstMs: number, maxMs: number): number {
  return Math.min(maxMs, firstMs * 2 ** Math.min(Math.max(failedAttempts, 0), 30));
}
