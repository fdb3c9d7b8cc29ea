// The logs of the client-credentials services (FX quotes, account openings, insurance quotes):
// who asked, the status the LFI last reported, the status rules, and the change events.
export { ResourceLogsModule } from './resource-logs.module';
export type { ResourceChangeOutboxProvider, ResourceLogsOptions } from './resource-logs.module';
export { ResourceLogStore } from './resource-log-store';
export { ResourceChangeOutbox } from './resource-change-outbox';
export { resourceLogsPersistence } from './resource-logs-persistence';

// Status rules
// (the status lists themselves are the standard's: @hub/standards)
export { RESOURCE_LOG_RULES, refusedTransition } from './resource-log-kinds';
export type { ResourceLogKind, ResourceLogRules } from './resource-log-kinds';

// The log and its change event
export { resourceEventData, metaIdNameOf } from './resource-log';
export type { NewResourceLog, ResourceChanged, ResourceLog, ResourceStatusChange, ResourceWebhook } from './resource-log';
