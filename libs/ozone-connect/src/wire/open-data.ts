import type { operations } from './generated/bank-open-data';

/**
 * Ozone Connect v2.1 Bank Open Data: the LFI's ATMs (`GET /atm`, no consent), lower-case
 * `{data, meta}` around the ATM standard's PascalCase members. Plain types generated from the
 * official document (generated/bank-open-data.ts, `npm run wire-types`).
 */
export type OzoneAtmsResponse = operations['ReadAtmData_read']['responses'][200]['content']['application/json'];
/** One ATM as the LFI publishes it. */
export type OzoneAtm = OzoneAtmsResponse['data'][number];
export type OzoneAtmsMeta = OzoneAtmsResponse['meta'];
