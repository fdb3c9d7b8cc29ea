/**
 * @hub/standards: the TPP-facing wire types of the UAE Open Finance standards v2.1 and their
 * validation, one folder per API family, shared by the hub and the mock LFI. It imports nothing of
 * ours (only class-validator, class-transformer and @nestjs/swagger's decorators).
 *
 * common/       ONE set of class-validator decorators (validation/), the standard's patterns
 *               (amount, currency, country, IBAN, https URL), shared schema objects
 *               (AEActiveCurrencyAmount, AEIdentityAssurance, AEWebhook/EventNotification)
 * consents/     the RAR consents of PAR (bank data sharing, service initiation, insurance) and their subscription
 * payments/     the service-initiation consent's pieces (ConsentSchedule, periodic schedules,
 *               CurrencyRequest) and the payment code lists; AECharges
 * fx/           FX quote requests and statuses
 * account-opening/  account opening requests and statuses
 * insurance/    insurance quote and policy requests, lines and statuses
 *
 * generated/    plain types generated from the official documents (npm run wire-types); named
 *               aliases of the ones the hub uses in wire-types/
 *
 * The DTOs are hand-written classes: class-validator and Swagger need classes, and the RAR
 * consents need rules (exactly one schedule, expiry windows) that generated types cannot carry.
 */
export * from './common';
export * from './consents';
export * from './payments';
export * from './fx';
export * from './account-opening';
export * from './insurance';
export * from './confirmation-of-payee';
export * from './products';
export * from './reporting';

// --- Plain wire types generated from the official v2.1 documents (tools/generate-wire-types.js) ---
export type * from './wire-types/account-information';
export type * from './wire-types/fx';
export type * from './wire-types/account-opening';
export type * from './wire-types/insurance';
export type * from './wire-types/bank-initiation';
export type * from './wire-types/confirmation-of-payee';
export type * from './wire-types/product';
export type * from './wire-types/atm';
