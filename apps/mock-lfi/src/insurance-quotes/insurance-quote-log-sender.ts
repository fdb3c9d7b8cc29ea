import type { LfiProfile } from '@hub/mock-lfi-data';
import { HubCallError, type LfiHubClient } from '../web/hub/lfi-hub-client';
import type { InsuranceQuoteLogPatch } from './quote-log-patches';

export const INSURANCE_QUOTE_LOG_SENDER = Symbol('INSURANCE_QUOTE_LOG_SENDER');

/** recorded: the hub answered 204; refused: the hub will never take this step (its 400). */
export type InsuranceQuoteLogOutcome = { kind: 'recorded' } | { kind: 'refused'; reason: string };

/**
 * Tells the hub's Consent Manager about a step of a quote (`PATCH /insurance-quote-log/{QuoteId}`).
 * Throws when the hub could not be reached or failed (5xx, other answers): worth trying again.
 * A dependency of the lifecycle, so tests can record the calls instead of running a hub.
 */
export type InsuranceQuoteLogSender = (tenantId: string, quoteId: string, patch: InsuranceQuoteLogPatch) => Promise<InsuranceQuoteLogOutcome>;

/** The sender of a running mock LFI: the LFI's own certificate of the tenant, to its hub. */
export function hubInsuranceQuoteLogSender(client: LfiHubClient, profile: LfiProfile): InsuranceQuoteLogSender {
  return async (tenantId, quoteId, patch) => {
    const tenant = profile.tenants.find((t) => t.id === tenantId);
    if (!tenant) return { kind: 'refused', reason: `no tenant '${tenantId}' in the LFI profile` };
    try {
      await client.patchResourceLog(tenant, 'insurance-quote-log', quoteId, patch);
      return { kind: 'recorded' };
    } catch (e) {
      // The Consent Manager answers 400 {errorCode, errorMessage} for a step it refuses.
      if (e instanceof HubCallError && e.status === 400) return { kind: 'refused', reason: e.message };
      throw e;
    }
  };
}
