import type { components } from './generated/bank-service-initiation';

/**
 * Ozone Connect v2.1 Bank Service Initiation, the client-credentials services: the LFI's answers
 * to FX quotes and account openings as the hub reads them (lower-case `{data, links}` around the
 * standards' PascalCase members), named as in the document. Plain types generated from the
 * official document (generated/bank-service-initiation.ts, `npm run wire-types`).
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
/** All schemas of the document, for the ones without an alias. */
export type OzoneConnectServiceInitiationSchemas = Schemas;
