import type { components } from '../generated/account-opening-service-initiation';

/**
 * Account Opening Service Initiation v2.1, TPP-facing: the response bodies the hub sends, named
 * as in the standard. Plain types generated from the official document (../generated,
 * `npm run wire-types`).
 */
type Schemas = components['schemas'];

/** 201 of `POST /accounts`. */
export type AECreateAccountResponseBody1 = Schemas['AECreateAccountResponseBody1'];
/** 200 of `GET /accounts/{AccountId}/status`. */
export type AEReadAccountResponseBody1 = Schemas['AEReadAccountResponseBody1'];
/** The opening in progress, or the opened account. */
export type AEAccountOpening = Schemas['AEAccount'];
/** All schemas of the document, for the ones without an alias. */
export type AccountOpeningSchemas = Schemas;
