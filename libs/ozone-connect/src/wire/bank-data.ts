import type { components } from './generated/bank-data-sharing';

/**
 * Ozone Connect v2.1 Bank Data Sharing: the LFI's answers (camelCase `{data, meta}`; the statements
 * and products members are PascalCase because the document defines them so), named as in the
 * document. The one definition of these shapes: the hub's response mapping reads them and the mock
 * bank builds its answers from them. Plain types generated from the official document
 * (generated/bank-data-sharing.ts, `npm run wire-types`); nothing here exists at run time.
 */
type Schemas = components['schemas'];

export type CbuaeAccount = Schemas['CbuaeAccount'];
export type CbuaeBalance = Schemas['CbuaeBalance'];
export type CbuaeTransaction = Schemas['CbuaeTransaction'];
export type CbuaeBeneficiary = Schemas['CbuaeBeneficiary'];
export type CbuaeDirectDebit = Schemas['CbuaeDirectDebit'];
export type CbuaeScheduledPayment = Schemas['CbuaeScheduledPayment'];
export type CbuaeStandingOrder = Schemas['CbuaeStandingOrder'];
export type CbuaeProduct = Schemas['CbuaeProduct'];
export type CbuaeCustomer = Schemas['CbuaeCustomer'];
export type CbuaeCustomerById = Schemas['CbuaeCustomerById'];
export type CbuaeVerifiedClaim = Schemas['CbuaeVerifiedClaim'];
export type CbuaeStatements = Schemas['AEStatements'];
/** One statement of `CbuaeStatements` (a month of the mock bank's history). */
export type CbuaeStatement = CbuaeStatements['Statements'][number];
/** `{amount, currency}` as every bank-data amount is sent. */
export type CbuaeAmount = Schemas['OBActiveOrHistoricCurrencyAndAmount_8'];
export type CbuaePostalAddress = Schemas['AEPostalAddress'];
export type CbuaeCreditDebitIndicator = Schemas['AECreditDebitIndicator'];
/** The `meta` of a paginated answer (`totalPages`, `totalRecords`, `paginated`, the data window). */
export type CbuaePaginatedMeta = Schemas['PaginatedMeta'];
/** All schemas of the document, for the ones without an alias. */
export type OzoneConnectBankDataSchemas = Schemas;
