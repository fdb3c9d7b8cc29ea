// The hub's payments (Bank Service Initiation v2.1): the payment log with its idempotency and
// consent checks, the ControlParameters rules, the payment status rules and the change events.
export { PaymentsModule } from './payments.module';
export type { PaymentsOptions } from './payments.module';
export { PaymentLog } from './payment-log';
export { PaymentChangeOutbox } from './payment-change-outbox';
export { PaymentConsents } from './payment-consents';
export { PaymentRefusedError } from './payment-refused.error';
export { paymentsPersistence } from './payments-persistence';
export type {
  PaymentAttempt,
  PaymentBegin,
  PaymentChanged,
  PaymentCreated,
  PaymentLogEntry,
  PaymentLogState,
  PaymentRefusal,
  PaymentStatus,
  PaymentStatusChange,
  PaymentType,
  RejectReason,
} from './payment-log-entry';

// Status rules
export { refusedPaymentTransition } from './payment-status-rules';

// What the TPP reads (and its webhooks carry): the payment resources and the payment consent with the log's consumption
export { filePaymentIdResponse, paymentIdResponse, paymentResource } from './payment-resource';
export { consentResourceNow, paymentConsentResource } from './payment-consent-resource';
export type { HubRead } from './payment-consent-resource';
export { PAYMENT_API, paymentUrls, relatedPayments } from './payment-urls';
export type { PaymentUrls } from './payment-urls';
/** A read of the consent's payments on its own (a process without the PaymentLog's ports, e.g. the webhook worker). */
export { paymentsOfConsent } from './store/payment-log-rows';

// ControlParameters rules (pure)
export { checkPaymentAgainstConsent } from './controls/check-payment';
export { paymentConsumption } from './controls/payment-consumption';
export { consentUsedUp } from './controls/consent-used-up';
export { periodContaining } from './controls/periods';
export type { AmountAndCurrency, ControlRefusal, CountedPayment, PaymentCheckInput, PaymentConsumption, PeriodType } from './controls/control-types';
