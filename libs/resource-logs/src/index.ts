// The logs of the client-credentials services (FX quotes, account openings, insurance quotes):
// who asked, the status the LFI last reported, the status rules, and the change events.
export { ResourceLogsModule } from './resource-logs.module';
export type { ResourceChangeOutboxProvider, ResourceLogsOptions } from './resource-logs.module';
export { ResourceLogStore } from './resource-log-store';
export { ResourceChangeOutbox } from './resource-change-outbox';
export { resourceLogsPersistence } from './resource-logs-persistence';

// Status rules
export {
  RESOURCE_LOG_RULES,
  FX_QUOTE_STATUSES,
  FX_QUOTE_LOG_STATUSES,
  OPENING_STATUSES,
  INSURANCE_QUOTE_STATUSES,
  INSURANCE_PENDING_STATUSES,
  INSURANCE_NEGATIVE_STATUSES,
  refusedTransition,
} from './resource-log-kinds';
export type { ResourceLogKind, ResourceLogRules } from './resource-log-kinds';

// The log and its change event
export { resourceEventData, metaIdNameOf } from './resource-log';
export type { NewResourceLog, ResourceChanged, ResourceLog, ResourceStatusChange, ResourceWebhook } from './resource-log';
