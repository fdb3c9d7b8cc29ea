import { Injectable } from '@nestjs/common';

/** A dependency a component needs. Critical ones make readiness fail; the others only report. */
export interface HealthCheck {
  name: string;
  critical: boolean;
  /** Resolves with details when healthy, rejects with the reason when not. */
  check(): Promise<Record<string, unknown> | void>;
}

export interface CheckResult {
  status: 'up' | 'down';
  critical: boolean;
  details?: Record<string, unknown>;
  error?: string;
}

export interface ReadinessReport {
  status: 'ok' | 'degraded' | 'down';
  service: string;
  checks: Record<string, CheckResult>;
}

const CHECK_TIMEOUT_MS = 2500;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

@Injectable()
export class HealthRegistry {
  private readonly checks: HealthCheck[] = [];
  service = 'unknown';

  register(check: HealthCheck): void {
    this.checks.push(check);
  }

  async readiness(): Promise<ReadinessReport> {
    const entries = await Promise.all(this.checks.map(async (c) => [c.name, await this.run(c)] as const));
    const checks = Object.fromEntries(entries);
    const results = Object.values(checks);
    const status = results.some((r) => r.critical && r.status === 'down')
      ? 'down'
      : results.some((r) => r.status === 'down')
        ? 'degraded'
        : 'ok';
    return { status, service: this.service, checks };
  }

  private async run(c: HealthCheck): Promise<CheckResult> {
    try {
      const details = await withTimeout(c.check(), CHECK_TIMEOUT_MS);
      return { status: 'up', critical: c.critical, ...(details ? { details } : {}) };
    } catch (e) {
      return { status: 'down', critical: c.critical, error: (e as Error).message };
    }
  }
}
