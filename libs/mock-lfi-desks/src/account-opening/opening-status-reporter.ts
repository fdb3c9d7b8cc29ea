import type { LfiProfile } from '@hub/mock-lfi-data';
import type { OpeningStatus } from '@hub/mock-lfi-store';
import { hubLogSender, type HubLogSender } from '../desk-steps/hub-log-sender';
import type { LfiHubClient } from '@hub/mock-lfi-ozone-connect';

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
  private readonly send: HubLogSender<OpeningStatusPatch>;

  constructor(hub: LfiHubClient, profile: LfiProfile) {
    super();
    this.send = hubLogSender(hub, profile, 'account-opening-log');
  }

  async report(tenantId: string, accountId: string, patch: OpeningStatusPatch): Promise<ReportOutcome> {
    try {
      const outcome = await this.send(tenantId, accountId, patch);
      return outcome.kind === 'recorded' ? { kind: 'accepted' } : outcome;
    } catch (error) {
      return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
