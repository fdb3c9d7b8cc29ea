import type { MockInsuranceDeskConfig } from '../settings/desk-settings';
import { stepRetryDelayMs, type InsuranceQuoteStatus, type InsuranceQuoteStep } from '@hub/mock-lfi-store';

// The insurer's part of a quote's life once the TPP asked for the policy: the application is
// approved, the premium is due, the policy is issued, the sale is complete. Each step comes
// stepAfterMs after the previous one, as the hub confirmed it.

const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

const NEXT: Partial<Record<InsuranceQuoteStatus, InsuranceQuoteStatus>> = {
  ApplicationApproved: 'PaymentRequired',
  PaymentRequired: 'PolicyIssued',
  PolicyIssued: 'Completed',
};

export function stepAfterPolicyRequest(config: MockInsuranceDeskConfig, now: Date): InsuranceQuoteStep {
  return { status: 'ApplicationApproved', at: new Date(now.getTime() + config.stepAfterMs) };
}

/** The step that follows `status` once the hub has recorded it; none after Completed or Expired. */
export function stepAfter(status: InsuranceQuoteStatus, config: MockInsuranceDeskConfig, now: Date): InsuranceQuoteStep | undefined {
  const next = NEXT[status];
  return next ? { status: next, at: new Date(now.getTime() + config.stepAfterMs) } : undefined;
}

/** 2 s, 4 s, 8 s … at most 30 s between attempts to tell the hub about a step. */
export function retryDelayMs(failedAttempts: number): number {
  return stepRetryDelayMs(failedAttempts, RETRY_FIRST_MS, RETRY_MAX_MS);
}
