import type { MockFxDeskConfig } from '../settings/desk-settings';
import { stepRetryDelayMs, type FxQuoteStatus, type FxQuoteStep } from '@hub/mock-lfi-store';

// The back office's part of a quote's life after the TPP accepted it: the user's funds arrive
// (Funded), the trade is executed (Actioned), then settled (Completed). Each delay counts from
// the previous step, as the hub confirmed it.

const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 30_000;

export function stepAfterAcceptance(config: MockFxDeskConfig, now: Date): FxQuoteStep {
  return { status: 'Funded', at: new Date(now.getTime() + config.fundedAfterMs) };
}

/** The step that follows `status` once the hub has recorded it; none after a final status. */
export function stepAfter(status: FxQuoteStatus, config: MockFxDeskConfig, now: Date): FxQuoteStep | undefined {
  if (status === 'Funded') return { status: 'Actioned', at: new Date(now.getTime() + config.actionedAfterMs) };
  if (status === 'Actioned') return { status: 'Completed', at: new Date(now.getTime() + config.completedAfterMs) };
  return undefined;
}

/** 2 s, 4 s, 8 s … at most 30 s between attempts to tell the hub about a step. */
export function retryDelayMs(failedAttempts: number): number {
  return stepRetryDelayMs(failedAttempts, RETRY_FIRST_MS, RETRY_MAX_MS);
}
