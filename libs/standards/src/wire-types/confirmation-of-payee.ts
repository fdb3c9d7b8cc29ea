import type { components } from '../generated/confirmation-of-payee';

/**
 * Confirmation of Payee v2.1-errata2, TPP-facing: the bodies the hub reads and answers, named as in
 * the standard. Plain types generated from the official document (../generated, `npm run wire-types`).
 */
type Schemas = components['schemas'];

/** The `message` of a signed `POST /discovery` request. */
export type AEConfirmationDiscoveryRequest = Schemas['AEConfirmationDiscoveryRequest'];
/** The `message` of the hub's signed 200 answer to `POST /discovery`. */
export type AEConfirmationDiscoveryResponse = Schemas['AEConfirmationDiscoveryResponse'];
/** The `message` of a signed `POST /confirmation` request. */
export type AEAccountConfirmationRequest = Schemas['AEAccountConfirmationRequest'];
/** The `message` of the hub's signed 200 answer to `POST /confirmation`. */
export type AEAccountConfirmationResponse = Schemas['AEAccountConfirmationResponse'];
/** The personal or business name the TPP asks about. */
export type AEAccountNameConfirmationProperties = Schemas['AEAccountNameConfirmationProperties'];
/** All schemas of the document, for the ones without an alias. */
export type ConfirmationOfPayeeSchemas = Schemas;
