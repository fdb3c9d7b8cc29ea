import type { components } from '../generated/product';

/**
 * Products & Leads v2.1, TPP-facing: the bodies the hub sends and takes, named as in the standard.
 * Plain types generated from the official document (../generated, `npm run wire-types`).
 */
type Schemas = components['schemas'];

/** 200 of `GET /products`: the LFI's products grouped by LFI and brand, with Links and Meta.TotalPages. */
export type ProductResponse = Schemas['ProductResponse'];
/** One product of the catalogue (identical in the Ozone Connect document). */
export type CatalogueProduct = Schemas['Product'];
/** The body of `POST /leads`. */
export type LeadRequest = Schemas['LeadRequest'];
/** 201 of `POST /leads`. */
export type LeadResponse = Schemas['LeadResponse'];
/** All schemas of the document, for the ones without an alias. */
export type ProductSchemas = Schemas;
