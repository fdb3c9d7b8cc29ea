import type { SandboxConfig } from '@hub/kernel';

/**
 * The wait before retry `attemptsMade` (1 = after the first failure): exponential from the base,
 * spread by ± jitter so that many deliveries failing together do not retry together.
 */
export function backoffDelay(c: SandboxConfig['webhooks'], attemptsMade: number, random = Math.random): number {
  const nominal = c.backoffBaseMs * c.backoffFactor ** Math.max(0, attemptsMade - 1);
  return Math.max(0, Math.round(nominal * (1 + c.jitter * (2 * random() - 1))));
}

/** The nominal span from the first attempt to the last (no jitter), for docs and config checks. */
export function retrySpanMs(c: SandboxConfig['webhooks']): number {
  let total = 0;
  for (let n = 1; n < c.maxAttempts; n += 1) total += c.backoffBaseMs * c.backoffFactor ** (n - 1);
  return total;
}
