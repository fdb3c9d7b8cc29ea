import type { components } from '../generated/fx-service-initiation';

/**
 * FX Service Initiation v2.1, TPP-facing: the response bodies the hub sends, named as in the
 * standard. Plain types generated from the official document (../generated, `npm run wire-types`).
 */
type Schemas = components['schemas'];

/** 201 of `POST /fx-quotes`. */
export type AECreateFxQuoteResponseBody1 = Schemas['AECreateFxQuoteResponseBody1'];
/** 200 of `GET /fx-quotes/{FxQuoteId}`. */
export type AEReadFxQuoteResponseBody1 = Schemas['AEReadFxQuoteResponseBody1'];
/** A new quote (the Data of the create answer). */
export type AEFxQuoteProperties = Schemas['AEFxQuoteProperties'];
/** A quote with its status (the Data of the read answer). */
export type AEFxQuote = Schemas['AEFxQuote'];
/** The Data of the TPP's acceptance (PATCH, AEUpdateFxQuoteRequestBody1). */
export type AEFxQuoteAcceptance = Schemas['AEUpdateFxQuoteRequestBody1']['Data'];
/** All schemas of the document, for the ones without an alias. */
export type FxServiceInitiationSchemas = Schemas;
