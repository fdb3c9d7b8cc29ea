import { SandboxConfig, SystemClock } from '@hub/kernel';
import { TppRateLimiter } from './tpp-rate-limiter';

describe('TPP rate limit', () => {
  const config = { gateway: { requestsPerSecondPerTpp: 5 } } as SandboxConfig;

  it('allows a burst of twice the rate, then answers 429 with Retry-After, and refills with time', () => {
    const clock = new SystemClock();
    const limiter = new TppRateLimiter(config, clock);
    for (let i = 0; i < 10; i++) limiter.take('bank', 'tpp-1');
    let refused: { status: number; retryAfterSeconds?: number } | undefined;
    try {
      limiter.take('bank', 'tpp-1');
    } catch (e) {
      refused = e as { status: number; retryAfterSeconds?: number };
    }
    expect(refused).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    limiter.take('bank', 'tpp-2'); // another TPP has its own bucket
    limiter.take('other-bank', 'tpp-1'); // and so has another LFI
    clock.advance(1000);
    for (let i = 0; i < 5; i++) limiter.take('bank', 'tpp-1');
  });
});
