import { standardDateTime } from '@hub/consent';
import { RESOURCE_LOG_RULES, type ResourceLogKind } from './resource-log-kinds';

/** `Subscription.Webhook` of a service resource. */
export interface ResourceWebhook {
  Url?: string;
  IsActive?: boolean;
}

/** One FX quote, account opening or insurance quote as the hub records it (JSON-safe: instants as ISO strings). */
export interface ResourceLog {
  tenantId: string;
  kind: ResourceLogKind;
  logId: string;
  line?: string;
  clientId: string;
  organisationId: string;
  softwareStatementId: string;
  status: string;
  resourcePath: string;
  statusDetails: Record<string, unknown>;
  facts: Record<string, unknown>;
  webhook?: ResourceWebhook;
  expiresAt?: string;
  createdAt: string;
  statusUpdatedAt: string;
  version: number;
}

/** What the gateway records when the LFI has created a resource for a TPP. */
export type NewResourceLog = Pick<ResourceLog, 'tenantId' | 'kind' | 'logId' | 'line' | 'clientId' | 'organisationId' | 'softwareStatementId' | 'status' | 'resourcePath' | 'webhook'> & {
  facts?: Record<string, unknown>;
  expiresAt?: Date;
};

/** A status change: by the LFI (Consent Manager log) or by the TPP (accepting a quote); the same rules hold for both. */
export interface ResourceStatusChange {
  status: string;
  /** Members reported with the status; they replace the previous ones. */
  details?: Record<string, unknown>;
}

/** The outbox payload of `tpp.resource-changed`: the log after the change and the webhook's Data. */
export interface ResourceChanged {
  log: ResourceLog;
  previousStatus: string;
  data: Record<string, unknown>;
}

/**
 * The webhook `Data` of a status change: the status event schema of each family (webhook
 * template v2.1: FxQuoteStatusUpdateEvent, AccountOpeningStatusUpdateEvent, AEInsuranceEvent).
 */
export function resourceEventData(log: ResourceLog): Record<string, unknown> {
  const details = log.statusDetails;
  switch (log.kind) {
    case 'fx-quote':
      return { FxQuoteId: log.logId, QuoteStatus: log.status, ...details };
    case 'account-opening': {
      const linked = log.facts.LinkedOperations;
      return {
        AccountId: log.logId,
        ...(linked ? { LinkedOperations: linked } : {}),
        OpeningStatus: log.status,
        OpeningStatusUpdateDateTime: standardDateTime(new Date(log.statusUpdatedAt)),
        ...details,
      };
    }
    case 'insurance-quote':
      return { QuoteStatus: log.status, ...details };
  }
}

export function metaIdNameOf(kind: ResourceLogKind): string {
  return RESOURCE_LOG_RULES[kind].metaIdName;
}
