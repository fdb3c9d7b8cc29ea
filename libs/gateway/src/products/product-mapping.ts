import type { OzoneLeadResponse, OzoneCatalogueProduct, OzoneProductResponse } from '@hub/ozone-connect';
import type { CatalogueProduct, LeadResponse, ProductResponse } from '@hub/standards';
import { paginationLinks, type PageContext } from '../mapping/index-internal';

type Json = Record<string, unknown>;

/**
 * Every member of the standard's Product, each also a member of Ozone Connect's Product: the two
 * documents define the same schema, so this table is the mapping. Typed against both generated
 * documents, a member added, renamed or dropped on either side fails to compile; members an LFI
 * adds beyond the document do not reach the TPP.
 */
const PRODUCT_MEMBERS: Record<Extract<keyof CatalogueProduct, keyof OzoneCatalogueProduct>, true> & Record<Exclude<keyof CatalogueProduct, keyof OzoneCatalogueProduct>, never> = {
  ProductId: true,
  ProductName: true,
  ProductCategory: true,
  Description: true,
  EffectiveFromDateTime: true,
  EffectiveToDateTime: true,
  LastUpdatedDateTime: true,
  IsShariaCompliant: true,
  ShariaStructure: true,
  AlternativeBrandName: true,
  ShariaInformation: true,
  IsSalaryTransferRequired: true,
  Links: true,
  Eligibility: true,
  Channels: true,
  Product: true,
  DenominationCurrency: true,
};
const MEMBERS = Object.keys(PRODUCT_MEMBERS) as (keyof CatalogueProduct)[];

type ProductGroup = ProductResponse['Data'][number];

/**
 * An LFI's `GET /products` answer (`{data: [{LFIId, LFIBrandId, Products}], meta}`) as the
 * standard's ProductResponse: the same groups and products, Links built from the TPP's own URL
 * (never the LFI's) and Meta.TotalPages from the LFI's paging. Pure: the input is not changed.
 */
export function productResponse(oc: OzoneProductResponse | undefined, ctx: PageContext): ProductResponse {
  const data: unknown = oc?.data;
  const groups = (Array.isArray(data) ? data : []).filter(isObject).map(productGroup);
  const totalPages = pagesOf(oc?.meta, ctx);
  return {
    Data: groups,
    Links: totalPages === undefined ? { Self: ctx.selfUrl } : (paginationLinks(ctx, totalPages) as ProductResponse['Links']),
    Meta: { TotalPages: totalPages ?? 1 },
  };
}

function productGroup(group: Json): ProductGroup {
  const products = Array.isArray(group.Products) ? group.Products.filter(isObject) : [];
  return { LFIId: String(group.LFIId ?? ''), LFIBrandId: String(group.LFIBrandId ?? ''), Products: products.map(product) };
}

function product(item: Json): CatalogueProduct {
  const out: Json = {};
  for (const member of MEMBERS) if (item[member] !== undefined) out[member] = structuredClone(item[member]);
  return out as CatalogueProduct;
}

/**
 * The LFI's `POST /leads` 201 (`{data: {LeadId, …}}`) as the standard's LeadResponse. The two
 * Data schemas are the same closed object, so the lead passes as the LFI recorded it.
 */
export function leadResponse(oc: OzoneLeadResponse): LeadResponse {
  return { Data: structuredClone(oc.data) as LeadResponse['Data'] };
}

/** The LFI's page count; undefined when it did not page (then one page and only a Self link). */
function pagesOf(meta: { totalPages?: number; totalRecords?: number } | undefined, ctx: PageContext): number | undefined {
  const pages = meta?.totalPages;
  if (typeof pages === 'number' && Number.isFinite(pages) && pages >= 0) return Math.max(1, Math.ceil(pages));
  const records = meta?.totalRecords;
  if (typeof records === 'number' && Number.isFinite(records) && records >= 0 && ctx.pageSize > 0) return Math.max(1, Math.ceil(records / ctx.pageSize));
  return undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
