/**
 * Ozone Connect → Bank Data Sharing v2.1: the gateway's response and error mapping, as pure
 * functions. One file per resource family holds its field map (`*.fields.ts`), typed from the Ozone
 * Connect schema to the standard's (both generated from the official documents: @hub/ozone-connect,
 * @hub/standards), so a member either document does not have fails to compile; the Basic/Detail
 * tables are in detail-only-members.ts.
 */
export type { BankDataResource, MapOptions, OzoneConnectAnswer, PageContext, StandardResponse } from './types';
export { mapBankDataResponse } from './map-bank-data-response';
export { paginationLinks } from './pagination';
export { mapOzoneConnectError, mapOzoneError, serviceResourceError } from './ozone-error';
export type { MappedOzoneError } from './ozone-error';
export { DETAIL_ONLY_MEMBERS } from './detail-only-members';
