import { ApiError } from '@hub/kernel';
import type { OzoneCatalogueProduct } from '@hub/ozone-connect';
import { PRODUCT_CATEGORIES, PRODUCT_SORT_FIELDS, PRODUCT_SORT_ORDERS, instantOf, type ProductsQuery } from '@hub/standards';

/** GET /products' query as it reaches the bank: strings, each at most once. */
export type RawQuery = Record<string, unknown>;

/** The query of Ozone Connect GET /products: the filters, the sort and the page, as the document defines them. */
export interface ProductSelection {
  query: ProductsQuery;
  page: number;
  pageSize: number;
}

/**
 * The filters of GET /products (bank products data v2.1.2), one rule per query parameter: a
 * product passes when every filter given passes. LastUpdatedDateTime selects the products changed
 * at or after the instant (what a TPP that synchronised then needs again).
 */
export const PRODUCT_FILTERS: Readonly<Record<'ProductCategory' | 'IsShariaCompliant' | 'LastUpdatedDateTime', (p: OzoneCatalogueProduct, q: ProductsQuery) => boolean>> = {
  ProductCategory: (p, q) => q.ProductCategory === undefined || p.ProductCategory === q.ProductCategory,
  IsShariaCompliant: (p, q) => q.IsShariaCompliant === undefined || (p.IsShariaCompliant ?? false) === q.IsShariaCompliant,
  LastUpdatedDateTime: (p, q) => q.LastUpdatedDateTime === undefined || (instantOf(p.LastUpdatedDateTime) ?? -Infinity) >= instantOf(q.LastUpdatedDateTime)!,
};

/** SortField: the instant of LastUpdatedDateTime, or ProductId as text; ties fall back to ProductId so the order is total. */
const SORT_KEYS: Readonly<Record<ProductsQuery['SortField'], (a: OzoneCatalogueProduct, b: OzoneCatalogueProduct) => number>> = {
  LastUpdatedDateTime: (a, b) => (instantOf(a.LastUpdatedDateTime) ?? 0) - (instantOf(b.LastUpdatedDateTime) ?? 0) || byId(a, b),
  ProductId: byId,
};

function byId(a: OzoneCatalogueProduct, b: OzoneCatalogueProduct): number {
  return a.ProductId < b.ProductId ? -1 : a.ProductId > b.ProductId ? 1 : 0;
}

/** The catalogue's products the query selects, in the order it asks for (a new array). */
export function selectProducts(products: readonly OzoneCatalogueProduct[], query: ProductsQuery): OzoneCatalogueProduct[] {
  const filters = Object.values(PRODUCT_FILTERS);
  const compare = SORT_KEYS[query.SortField];
  const direction = query.SortOrder === 'desc' ? -1 : 1;
  return products.filter((p) => filters.every((f) => f(p, query))).sort((a, b) => direction * compare(a, b));
}

/**
 * The document's query: the filters typed as it types them, SortOrder and SortField with their
 * defaults, and `page` and `page-size`, which it lists as required (defaults 1 and 100). A value
 * it does not allow is the hub's error: 400 Resource.InvalidFormat naming the parameter.
 */
export function productSelectionOf(raw: RawQuery): ProductSelection {
  const one = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw bad(name, 'must be given once');
    return value;
  };
  const enumOf = <T extends string>(name: string, values: readonly T[]): T | undefined => {
    const value = one(name);
    if (value !== undefined && !(values as readonly string[]).includes(value)) throw bad(name, `must be one of ${values.join(', ')}`);
    return value as T | undefined;
  };
  const sharia = enumOf('IsShariaCompliant', ['true', 'false'] as const);
  const since = one('LastUpdatedDateTime');
  if (since !== undefined && instantOf(since) === undefined) throw bad('LastUpdatedDateTime', 'must be an RFC 3339 date-time');
  const category = enumOf('ProductCategory', PRODUCT_CATEGORIES);
  return {
    query: {
      ...(category !== undefined ? { ProductCategory: category } : {}),
      ...(sharia !== undefined ? { IsShariaCompliant: sharia === 'true' } : {}),
      ...(since !== undefined ? { LastUpdatedDateTime: since } : {}),
      SortOrder: enumOf('SortOrder', PRODUCT_SORT_ORDERS) ?? 'asc',
      SortField: enumOf('SortField', PRODUCT_SORT_FIELDS) ?? 'LastUpdatedDateTime',
    },
    page: positive(one('page'), 'page'),
    pageSize: positive(one('page-size'), 'page-size'),
  };
}

function positive(value: string | undefined, name: string): number {
  if (value === undefined) throw bad(name, 'is required');
  if (!/^[1-9]\d*$/.test(value) || Number(value) > 100_000) throw bad(name, 'must be a positive integer');
  return Number(value);
}

function bad(name: string, problem: string): ApiError {
  return ApiError.badRequest(`${name} ${problem}`, name, 'Resource.InvalidFormat');
}
