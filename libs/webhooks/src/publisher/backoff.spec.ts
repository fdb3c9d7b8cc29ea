import { findRootDir, type SandboxConfig } from '@hub/kernel';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backoffDelay, retrySpanMs } from './backoff';

type WebhooksConfig = SandboxConfig['webhooks'];

const HOUR_MS = 60 * 60 * 1000;

function config(over: Partial<WebhooksConfig> = {}): WebhooksConfig {
  return { maxAttempts: 5, backoffBaseMs: 1_000, backoffFactor: 2, jitter: 0, timeoutMs: 1_000, lockDurationMs: 30_000, pollMs: 250, trustSystemCas: false, ...over };
}

/** The webhooks section exactly as shipped in config/sandbox.json (no environment applied). */
function shippedWebhooks(): WebhooksConfig {
  return (JSON.parse(readFileSync(join(findRootDir(), 'config', 'sandbox.json'), 'utf8')) as { webhooks: WebhooksConfig }).webhooks;
}

describe('backoffDelay', () => {
  it('waits base × factor^(n−1) before retry n, without jitter', () => {
    const c = config({ backoffBaseMs: 1_000, backoffFactor: 2 });
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(c, n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('follows a non-integer factor', () => {
    const c = config({ backoffBaseMs: 100, backoffFactor: 1.5 });
    expect([1, 2, 3].map((n) => backoffDelay(c, n))).toEqual([100, 150, 225]);
  });

  it('treats attemptsMade 0 (or less) like the first retry', () => {
    const c = config({ backoffBaseMs: 500 });
    expect(backoffDelay(c, 0)).toBe(500);
    expect(backoffDelay(c, -3)).toBe(500);
  });

  it('ignores the random draw when jitter is 0', () => {
    const random = jest.fn(() => 0.99);
    expect(backoffDelay(config({ jitter: 0 }), 3, random)).toBe(4_000);
  });

  describe('with jitter', () => {
    const c = config({ backoffBaseMs: 10_000, backoffFactor: 2, jitter: 0.2 });

    it('spreads the nominal value by ± jitter: lowest at random 0, nominal at 0.5, highest towards 1', () => {
      expect(backoffDelay(c, 1, () => 0)).toBe(8_000);
      expect(backoffDelay(c, 1, () => 0.5)).toBe(10_000);
      expect(backoffDelay(c, 1, () => 1)).toBe(12_000);
      expect(backoffDelay(c, 3, () => 0)).toBe(32_000);
      expect(backoffDelay(c, 3, () => 0.999_999)).toBe(48_000);
    });

    it('stays within the bounds for any draw, and rounds to whole milliseconds', () => {
      for (let n = 1; n <= 10; n += 1) {
        const nominal = 10_000 * 2 ** (n - 1);
        for (let i = 0; i <= 100; i += 1) {
          const r = i / 100;
          const delay = backoffDelay(c, n, () => r);
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(Math.round(nominal * 0.8));
          expect(delay).toBeLessThanOrEqual(Math.round(nominal * 1.2));
        }
      }
    });

    it('never goes below zero, even with a jitter of 1', () => {
      expect(backoffDelay(config({ jitter: 1 }), 1, () => 0)).toBe(0);
      expect(backoffDelay(config({ jitter: 1 }), 1, () => 1)).toBe(2_000);
    });

    it('uses Math.random by default and stays within the bounds', () => {
      for (let i = 0; i < 200; i += 1) {
        const delay = backoffDelay(c, 2);
        expect(delay).toBeGreaterThanOrEqual(16_000);
        expect(delay).toBeLessThanOrEqual(24_000);
      }
    });
  });
});

describe('retrySpanMs', () => {
  it('sums the nominal waits between the first and the last attempt', () => {
    expect(retrySpanMs(config({ maxAttempts: 1 }))).toBe(0);
    expect(retrySpanMs(config({ maxAttempts: 2 }))).toBe(1_000);
    expect(retrySpanMs(config({ maxAttempts: 5 }))).toBe(1_000 + 2_000 + 4_000 + 8_000);
  });

  it('equals the sum of the jitter-free delays BullMQ asks for (retries 1 … maxAttempts−1)', () => {
    const c = config({ maxAttempts: 7, backoffBaseMs: 250, backoffFactor: 3 });
    let sum = 0;
    for (let n = 1; n < c.maxAttempts; n += 1) sum += backoffDelay(c, n);
    expect(retrySpanMs(c)).toBe(sum);
  });

  it('ignores jitter', () => {
    expect(retrySpanMs(config({ jitter: 0.5 }))).toBe(retrySpanMs(config({ jitter: 0 })));
  });

  it('spans about a day with the shipped defaults of config/sandbox.json (between 12 h and 36 h)', () => {
    const shipped = shippedWebhooks();
    const span = retrySpanMs(shipped);
    expect(span).toBeGreaterThanOrEqual(12 * HOUR_MS);
    expect(span).toBeLessThanOrEqual(36 * HOUR_MS);
    // …while a receiver that was briefly down hears again within a minute.
    expect(backoffDelay(shipped, 1, () => 1)).toBeLessThanOrEqual(60_000);
  });
});
