// Domain
export { ConsentStatus, ConsentType, REVOKED_BY, TERMINAL_STATUSES, isTerminal, parseRarType } from './domain/consent-status';
export type { RevokedBy } from './domain/consent-status';
export { checkTransition, transitionRules } from './domain/consent-state-machine';
export type { ConsentActor, TransitionCheck } from './domain/consent-state-machine';
export { ConsentError } from './domain/consent-error';
export type { ConsentErrorKind } from './domain/consent-error';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './domain/consent-commands';
export type { ConsentCaller, ConsentPatch, ConsentQuery, CreateConsentCommand, RevokeConsentCommand } from './domain/consent-commands';
export { awaitsFurtherAuthorizers } from './domain/multiple-authorizers';
export type { Authorization, MultipleAuthorizers } from './domain/multiple-authorizers';
export { standardDateTime } from './domain/standard-date-time';

// Service
export { ConsentService } from './service/consent.service';
export { ConsentRevocationHooks } from './service/consent-revocation-hooks';
export type { ConsentRevocationHook } from './service/consent-revocation-hooks';
export { CONSENT_LFI_ACTIONS } from './service/consent-lfi-actions';
export type { ConsentLfiActions, ConsentLfiContext, ConsentValidation } from './service/consent-lfi-actions';
export { ConsentStoreModule } from './consent-store.module';
export { ConsentExpiryScheduler } from './consent-expiry.scheduler';
export type { ConsentLfiActionsProvider, ConsentStoreOptions } from './consent-store.module';

// Storage, audit, outbox
export { consentPersistence } from './store/consent-persistence';
export type { ConsentAuditEntry } from './audit/consent-audit-entry';
export { runAuditVerification, verifyAuditTrail } from './audit/verify-audit-trail';
export type { AuditProblem, AuditVerification } from './audit/verify-audit-trail';
export { ConsentOutbox, DEFAULT_CLAIM_LEASE_MS } from './outbox/consent-outbox';
export type { ConsentOutboxMessage } from './outbox/consent-outbox';
export { ConsentOutboxChanges } from './outbox/consent-outbox-changes';
export type { CarriedMessageKey, CarriedTopic } from './outbox/consent-outbox-changes';
export { CONSENT_OUTBOX_TOPICS } from './outbox/consent-events';
export type { ConsentOutboxTopic, LfiConsentEvent, PaymentChangedPayload, ResourceChangedPayload, TppConsentChanged } from './outbox/consent-events';

// The TPP's view of a consent (token responses, TPP consent resources)
export { tokenAuthorizationDetails, tppConsentResource, tppConsentSelfUrl } from './tpp-view/index-internal';
export type { AmountAndCurrency, PaymentConsumption, TppConsentResource, TppConsentResourceOptions } from './tpp-view/index-internal';

// Domain errors as the kernel's ApiError, for every surface that calls the domain (gateway, Consent Manager)
export { asApi, consentErrorToApiError } from './domain/consent-error.mapping';

// One serialization per JSON value: audit hashes, and the gateway's payment request hash
export { canonicalJson } from './domain/canonical-json';
