import type { LfiProfile, OpeningStatus } from '@hub/mock-lfi-data';
import { HubCallError, type LfiHubClient } from '../web/hub/lfi-hub-client';

/** The body of Consent Manager `PATCH /account-opening-log/{AccountId}`. */
export interface OpeningStatusPatch {
  OpeningStatus: OpeningStatus;
  AdditionalStatusInformation?: string;
}

/**
 * What became of a report: the hub took it, refused the move (400: nothing to retry), or could
 * not take it now (unreachable, 5xx, an unknown log that the hub may not have stored yet).
 */
export type ReportOutcome = { kind: 'accepted' } | { kind: 'refused'; reason: string } | { kind: 'retry'; reason: string };

/** Tells the hub about an opening's new status. A class so it is also the injection token. */
export abstract class OpeningStatusReporter {
  abstract report(tenantId: string, accountId: string, patch: OpeningStatusPatch): Promise<ReportOutcome>;
}

/** The real one: the LFI's own certificate of the tenant, through LfiHubClient. */
export class HubOpeningStatusReporter extends OpeningStatusReporter {
  constructor(
    private readonly hub: LfiHubClient,
    private readonly profile: LfiProfile,
  ) {
    super();
  }

  async report(tenantId: string, accountId: string, patch: OpeningStatusPatch): Promise<ReportOutcome> {
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    if (!tenant) return { kind: 'refused', reason: `no tenant '${tenantId}' in the LFI profile` };
    try {
      await this.hub.patchResourceLog(tenant, 'account-opening-log', accountId, { ...patch });
      return { kind: 'accepted' };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return error instanceof HubCallError && error.status === 400 ? { kind: 'refused', reason } : { kind: 'retry', reason };
    }
  }
}
