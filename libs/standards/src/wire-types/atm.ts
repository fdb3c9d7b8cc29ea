import type { components } from '../generated/atm';

/**
 * ATM v2.1, TPP-facing (`GET /atms`): the answer the hub sends, named as in the standard. Plain
 * types generated from the official document (../generated, `npm run wire-types`).
 */
type Schemas = components['schemas'];

/** 200 of `GET /atms`. */
export type AEReadAtms1 = Schemas['AEReadAtms1'];
/** One ATM of the answer's Data. */
export type AEReadAtm = Schemas['AEReadAtmsData1'][number];
export type AEReadAtmsMeta1 = Schemas['AEReadAtmsMeta1'];
