// --- Plain wire types generated from the official v2.1 documents (tools/generate-wire-types.js) ---
export type * from './wire-types/account-information';
export type * from './wire-types/insurance';
