export { ConsentModule } from './consent.module';

// Domain
export { ConsentStatus, ConsentType, REVOKED_BY, TERMINAL_STATUSES, isTerminal, parseRarType } from './domain/consent-status';
export type { RevokedBy } from './domain/consent-status';
export { checkTransition, transitionRules } from './domain/consent-state-machine';
export type { ConsentActor, TransitionCheck } from './domain/consent-state-machine';
export { ConsentError } from './domain/consent-error';
export type { ConsentErrorKind } from './domain/consent-error';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './domain/consent-commands';
export type { ConsentCaller, ConsentPatch, ConsentQuery, CreateConsentCommand, RevokeConsentCommand } from './domain/consent-commands';
export type { Authorization, MultipleAuthorizers } from './domain/multiple-authorizers';
export { standardDateTime } from './domain/standard-date-time';

// Service
export { ConsentService } from './service/consent.service';
export { ConsentRevocationHooks } from './service/consent-revocation-hooks';
export type { ConsentRevocationHook } from './service/consent-revocation-hooks';
export { CONSENT_LFI_ACTIONS } from './service/consent-lfi-actions';
export type { ConsentLfiActions, ConsentLfiContext, ConsentValidation } from './service/consent-lfi-actions';
export { ConsentStoreModule } from './consent-store.module';
export type { ConsentLfiActionsProvider, ConsentStoreOptions } from './consent-store.module';

// Storage, audit, outbox
export { consentPersistence } from './store/consent-persistence';
export type { ConsentAuditEntry } from './audit/consent-audit-entry';
export { runAuditVerification, verifyAuditTrail } from './audit/verify-audit-trail';
export type { AuditProblem, AuditVerification } from './audit/verify-audit-trail';
export { ConsentOutbox, DEFAULT_CLAIM_LEASE_MS } from './outbox/consent-outbox';
export type { ConsentOutboxMessage } from './outbox/consent-outbox';
export { CONSENT_OUTBOX_TOPICS } from './outbox/consent-events';
export type { ConsentOutboxTopic, LfiConsentEvent, TppConsentChanged } from './outbox/consent-events';

// Hub wiring of the consent component
export { OzoneConnectConsentActions } from './lfi-events/ozone-connect-consent-actions';
export { LfiConsentEventDispatcher } from './lfi-events/lfi-consent-event-dispatcher';

// The TPP's view of a consent (token responses, TPP consent resources)
export { tokenAuthorizationDetails, tppConsentResource, tppConsentSelfUrl } from './tpp-view/index-internal';
export type { TppConsentResource, TppConsentResourceOptions } from './tpp-view/index-internal';
export { asApi, consentErrorToApiError } from './consent-manager-api/consent-error.mapping';

// Resource logs of the client-credentials services (FX quotes, account openings, insurance quotes)
export { ResourceLogStore } from './resource-logs/resource-log-store';
export { RESOURCE_LOG_RULES, FX_QUOTE_STATUSES, OPENING_STATUSES, INSURANCE_QUOTE_STATUSES, refusedTransition } from './resource-logs/resource-log-kinds';
export type { ResourceLogKind, ResourceLogRules } from './resource-logs/resource-log-kinds';
export { resourceEventData, metaIdNameOf } from './resource-logs/resource-log';
export type { NewResourceLog, ResourceChanged, ResourceLog, ResourceStatusChange, ResourceWebhook } from './resource-logs/resource-log';

// The standard's money members, shared by the hub's DTOs of service initiation and FX
export { ActiveCurrencyAmountDto, ChargeDto, DescribedChargeDto } from './consent-manager-api/dto/payment-terms.dto';
