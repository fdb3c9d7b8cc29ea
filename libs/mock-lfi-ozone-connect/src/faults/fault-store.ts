import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { Inject, Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { FaultRule, failsAt, normalizeRules, pathMatches } from './fault-rule';

/** Startup faults per tenant id: `{ "falcon-bank": { "rules": [...] } }`. */
export type FaultConfig = Record<string, { rules: unknown[] }>;

/** What a matching call gets: a delay, then either the real answer or the rule's error. */
export interface FaultDecision {
  rule: FaultRule;
  fail: boolean;
}

interface ActiveRule {
  rule: FaultRule;
  matched: number;
  injected: number;
}

/**
 * The fault rules of each tenant, in memory: they are a rehearsal aid, so a restart returning to
 * the startup config (profile `faults`, or the JSON file named by MOCK_LFI_FAULTS) is wanted.
 */
@Injectable()
export class FaultStore {
  private readonly byTenant = new Map<string, ActiveRule[]>();

  constructor(@Inject(LFI_PROFILE) profile: LfiProfile) {
    const fromProfile = (profile as LfiProfile & { faults?: FaultConfig }).faults ?? {};
    const file = process.env.MOCK_LFI_FAULTS;
    const fromFile: FaultConfig = file ? (JSON.parse(readFileSync(file, 'utf8')) as FaultConfig) : {};
    for (const [tenantId, config] of Object.entries({ ...fromProfile, ...fromFile })) {
      if (!profile.tenants.some((t) => t.id === tenantId)) throw new Error(`Fault config names unknown tenant '${tenantId}'`);
      this.replace(tenantId, normalizeRules(config));
    }
  }

  /** Replacing also restarts the errorRate counters, so a test's sequence starts fresh. */
  replace(tenantId: string, rules: FaultRule[]): void {
    if (rules.length === 0) this.byTenant.delete(tenantId);
    else this.byTenant.set(tenantId, rules.map((rule) => ({ rule, matched: 0, injected: 0 })));
  }

  list(tenantId: string): (FaultRule & { matched: number; injected: number })[] {
    return (this.byTenant.get(tenantId) ?? []).map(({ rule, matched, injected }) => ({ ...rule, matched, injected }));
  }

  /** The first rule matching the path wins, so specific rules go before catch-alls. */
  decide(tenantId: string, path: string): FaultDecision | undefined {
    const active = this.byTenant.get(tenantId)?.find((a) => pathMatches(a.rule.path, path));
    if (!active) return undefined;
    active.matched += 1;
    const fail = failsAt(active.matched, active.rule.errorRate);
    if (fail) active.injected += 1;
    return { rule: active.rule, fail };
  }
}
