// The Consent Manager API of the hub (api-hub v2.1.x): the LFI-facing surface over consents and
// resource logs, and the hub's adapters towards the LFI (consent events, validate/augment).
export { ConsentManagerModule } from './consent-manager.module';
export { consentManagerReleaseAlias } from './consent-manager-release-alias';

// Adapters the hub binds to the domains' ports
export { OzoneConnectConsentActions } from './lfi-events/ozone-connect-consent-actions';
export { ConsentOutboxResourceChanges } from './resource-logs/consent-outbox-resource-changes';

