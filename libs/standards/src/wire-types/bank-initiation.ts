import type { components } from '../generated/bank-initiation';

/**
 * Bank Service Initiation v2.1 (`/open-finance/payment/v2.1`), TPP-facing: the payment bodies the
 * hub reads and sends, named as in the standard. Plain types generated from the official document
 * (../generated, `npm run wire-types`); every one travels as the `message` of a signed JWT.
 */
type Schemas = components['schemas'];

/** The `message` of the signed body of `POST /payments`. */
export type AEPaymentRequest = Schemas['AEPaymentRequest'];
/** 201 of `POST /payments` and 200 of `GET /payments/{PaymentId}`. */
export type AEPaymentIdResponse = Schemas['AEPaymentIdResponse'];
/** The Data of a payment resource. */
export type AEPaymentIdResponseData = AEPaymentIdResponse['Data'];
/** AEPaymentStatus. */
export type AEPaymentStatus = Schemas['AEPaymentStatus'];
/** 200 of `GET /payments` (by x-idempotency-key): a link to the payment. */
export type AEIdempotencyKeyQuery = Schemas['AEIdempotencyKeyQuery'];
/** 200 of `GET /payment-consents/{ConsentId}/refund`. */
export type AEPaymentConsentRefundResponse = Schemas['AEPaymentConsentRefundResponse'];
/** RefundAccount of the refund response (AEDebtorAccount). */
export type AEDebtorAccount = Schemas['AEDebtorAccount'];
/** The `message` of the signed body of `POST /file-payments`. */
export type AEFilePaymentRequest = Schemas['AEFilePaymentRequest'];
/** 201 of `POST /file-payments` and 200 of `GET /file-payments/{PaymentId}`. */
export type AEFilePaymentIdResponse = Schemas['AEFilePaymentIdResponse'];
/** The Data of a file payment resource. */
export type AEFilePaymentIdResponseData = AEFilePaymentIdResponse['Data'];
/** AEFilePaymentStatus: Received or Rejected. */
export type AEFilePaymentStatus = Schemas['AEFilePaymentStatus'];
/**
 * ControlParameters.ConsentSchedule.FilePayment of a payment consent (Bulk/Batch Control
 * Parameters): the file the consent announces. FileHash is base64(SHA-256(file bytes)).
 */
export type AEBankServiceInitiationFilePaymentConsent = Schemas['AEBankServiceInitiationRichAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent'];
/** All schemas of the document, for the ones without an alias. */
export type BankInitiationSchemas = Schemas;
