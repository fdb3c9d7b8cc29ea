import { Injectable } from '@nestjs/common';

/**
 * The `jti` of every JWT-auth token accepted, kept until the token could no longer be accepted
 * anyway (its `exp` plus the clock skew). A token presented twice within that window is a replay.
 * In memory: the mock LFI is one process, and a restart also forgets tokens that have long expired.
 */
@Injectable()
export class JtiReplayCache {
  private readonly seen = new Map<string, number>();

  /** True the first time `key` is presented; false while an earlier use is still remembered. */
  remember(key: string, forgetAfterMs: number, nowMs = Date.now()): boolean {
    this.forgetExpired(nowMs);
    if (this.seen.has(key)) return false;
    this.seen.set(key, forgetAfterMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private forgetExpired(nowMs: number): void {
    for (const [key, forgetAfterMs] of this.seen) {
      if (forgetAfterMs <= nowMs) this.seen.delete(key);
    }
  }
}
