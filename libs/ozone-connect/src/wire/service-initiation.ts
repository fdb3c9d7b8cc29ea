import type { components } from './generated/bank-service-initiation';

/**
 * Ozone Connect v2.1 Bank Service Initiation: payments (consented calls, camelCase `{data, meta}`)
 * and the client-credentials services, whose answers to FX quotes and account openings carry the
 * standards' PascalCase members in lower-case `{data, links}`; named as in the document. Plain
 * types generated from the official document (generated/bank-service-initiation.ts, `npm run wire-types`).
 */
type Schemas = components['schemas'];

/** 201 of `POST /fx-quotes`: the quote (AEFxQuoteProperties) and the LFI's policy links. */
export type OzoneFxQuoteCreated = Schemas['AECreateFxQuoteResponseBody1'];
/** 200 of `GET /fx-quotes/{FxQuoteId}`: the quote with its status (AEFxQuote). */
export type OzoneFxQuoteRead = Schemas['AEReadFxQuoteResponseBody1'];
export type OzoneFxQuoteProperties = Schemas['FxServiceInitiation.AEFxQuoteProperties'];
export type OzoneFxQuote = Schemas['FxServiceInitiation.AEFxQuote'];
/** 201 of `POST /accounts`: the opening and where the user completes it. */
export type OzoneAccountOpeningCreated = Schemas['AECreateAccountResponseBody1'];
/** 200 of `GET /accounts/{AccountId}/status`. */
export type OzoneAccountOpeningRead = Schemas['AEReadAccountResponseBody1'];
/** The opening in progress, or the opened account (AccountOpeningServiceInitiation.AEAccount). */
export type OzoneAccountOpening = Schemas['AccountOpeningServiceInitiation.AEAccount'];
/** The body of `POST /payments`: the TPP's message with its headers, the payment type and the TPP record. */
export type OzonePaymentPostRequest = Schemas['PaymentPostRequest'];
/** 201 of `POST /payments` and 200 of `GET /payments/{paymentId}`: the payment in camelCase (`{data, meta}`). */
export type OzonePaymentIdResponse = Schemas['AEPaymentIdResponse'];
/** The payment of an OzonePaymentIdResponse. */
export type OzonePayment = OzonePaymentIdResponse['data'];
/** 200 of `GET /payment-consents/{consentId}/refund`: the debtor account to refund to. */
export type OzoneRefundResponse = Schemas['RefundGetResponse'];
/** All schemas of the document, for the ones without an alias. */
export type OzoneConnectServiceInitiationSchemas = Schemas;
