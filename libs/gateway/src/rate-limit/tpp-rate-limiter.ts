import { ApiError, Clock, InjectConfig, SandboxConfig } from '@hub/kernel';
import { Injectable } from '@nestjs/common';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per TPP and LFI (`gateway.requestsPerSecondPerTpp`, burst twice that): over it,
 * the standard's 429 with Retry-After, so a TPP can rehearse its back-off.
 */
@Injectable()
export class TppRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly rate: number;

  constructor(
    @InjectConfig() config: SandboxConfig,
    private readonly clock: Clock,
  ) {
    this.rate = config.gateway.requestsPerSecondPerTpp;
  }

  take(tenantId: string, clientId: string): void {
    const key = `${tenantId}/${clientId}`;
    const now = this.clock.now().getTime();
    const burst = this.rate * 2;
    const b = this.buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens < 1) throw ApiError.tooManyRequests(Math.max(1, Math.ceil((1 - b.tokens) / this.rate)));
    b.tokens -= 1;
  }
}
