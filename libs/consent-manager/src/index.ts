// The Consent Manager API of the hub (api-hub v2.1.x): the LFI-facing surface over consents,
// resource logs and the payment log, and the hub's adapters towards the LFI (consent events, validate/augment).
export { ConsentManagerModule } from './consent-manager.module';
export { consentManagerReleaseAlias } from './consent-manager-release-alias';

// Adapters the hub binds to the domains' ports
export { OzoneConnectConsentActions } from './lfi-events/ozone-connect-consent-actions';
export { ConsentOutboxResourceChanges } from './resource-logs/consent-outbox-resource-changes';
export { ConsentOutboxPaymentChanges } from './payment-log/consent-outbox-payment-changes';
export { ConsentServicePaymentConsents } from './payment-log/consent-service-payment-consents';

