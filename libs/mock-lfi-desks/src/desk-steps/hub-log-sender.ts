import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import type { Provider } from '@nestjs/common';
import { HubCallError, LfiHubClient, type ResourceLogKind } from '@hub/mock-lfi-ozone-connect';
import type { StepOutcome } from '@hub/mock-lfi-store';

/**
 * Tells the hub's Consent Manager about a step (`PATCH /{log}/{logId}`). Throws when the hub could
 * not be reached or failed (5xx, other answers): worth trying again. A dependency of the desks'
 * loops, so tests can record the calls instead of running a hub.
 */
export type HubLogSender<Patch> = (tenantId: string, logId: string, patch: Patch) => Promise<StepOutcome>;

/** The sender of a running mock LFI: the LFI's own certificate of the tenant, to its hub. */
export function hubLogSender<Patch extends object>(client: LfiHubClient, profile: LfiProfile, log: ResourceLogKind): HubLogSender<Patch> {
  return async (tenantId, logId, patch) => {
    const tenant = profile.tenants.find((t) => t.id === tenantId);
    if (!tenant) return { kind: 'refused', reason: `no tenant '${tenantId}' in the LFI profile` };
    try {
      await client.patchResourceLog(tenant, log, logId, { ...patch } as Record<string, unknown>);
      return { kind: 'recorded' };
    } catch (e) {
      // The Consent Manager answers 400 {errorCode, errorMessage} for a step it refuses.
      if (e instanceof HubCallError && e.status === 400) return { kind: 'refused', reason: e.message };
      throw e;
    }
  };
}

/** Provides the running mock LFI's sender of `log` as `token` (tests give the desks a recording one). */
export function hubLogSenderProvider(token: symbol, log: ResourceLogKind): Provider {
  return { provide: token, inject: [LfiHubClient, LFI_PROFILE], useFactory: (client: LfiHubClient, profile: LfiProfile) => hubLogSender(client, profile, log) };
}
