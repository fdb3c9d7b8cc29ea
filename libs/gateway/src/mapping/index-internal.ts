/**
 * Ozone Connect → Bank Data Sharing v2.1: the gateway's response and error mapping, as pure
 * functions. One file per resource family holds its field map (`*.fields.ts`); the Basic/Detail
 * tables are in detail-only-members.ts.
 */
export type { BankDataResource, MapOptions, OzoneConnectAnswer, PageContext, StandardResponse } from './types';
export { mapBankDataResponse } from './map-bank-data-response';
export { paginationLinks } from './pagination';
export { mapOzoneError } from './ozone-error';
export type { MappedOzoneError } from './ozone-error';
export { DETAIL_ONLY_MEMBERS } from './detail-only-members';
