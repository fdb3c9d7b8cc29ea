import type { components, operations } from './generated/bank-products-data';

/**
 * Ozone Connect v2.1.2 Bank Products Data: the LFI's product catalogue and leads, lower-case
 * `{data, meta}` envelopes around the standard's PascalCase members, named as in the document.
 * Plain types generated from the official document (generated/bank-products-data.ts).
 */
type Schemas = components['schemas'];

/** 200 of `GET /products`: `{data: [{LFIId, LFIBrandId, Products}], meta: {totalPages, totalRecords}}`. */
export type OzoneProductResponse = Schemas['ProductResponse'];
/** One product (the same schema as the standard's Product). */
export type OzoneCatalogueProduct = Schemas['Product'];
/** The body of `POST /leads`: `{data: LeadRequest.Data}`. */
export type OzoneLeadRequest = Schemas['LeadRequest'];
/** 201 of `POST /leads`: `{data: {LeadId, …}}`. */
export type OzoneLeadResponse = Schemas['LeadResponse'];
/** The query of `GET /products` (filters, sort and the required page/page-size). */
export type OzoneProductsQuery = NonNullable<operations['GetProducts']['parameters']['query']>;
/** All schemas of the document, for the ones without an alias. */
export type OzoneConnectProductsSchemas = Schemas;
