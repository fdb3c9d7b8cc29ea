import { ApiError, validationProblems } from '@hub/kernel';
import { ProductsQueryDto, productsQueryOf, type ProductsQuery } from '@hub/standards';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request } from 'express';

export const CUSTOMER_IP_HEADER = 'x-fapi-customer-ip-address';

/**
 * Both operations of the products document list `x-fapi-customer-ip-address` with `required: true`
 * (and so does its Ozone Connect document, which the hub forwards it to). Its format is checked
 * with the other FAPI headers (checkFapiHeaders: an IP address).
 */
export function customerIpAddressOf(req: Request): string {
  const value = req.headers[CUSTOMER_IP_HEADER];
  const ip = Array.isArray(value) ? value[0] : value;
  if (ip === undefined || ip === '') throw new ApiError(400, 'Resource.InvalidFormat', `the ${CUSTOMER_IP_HEADER} header is required`, CUSTOMER_IP_HEADER);
  return ip;
}

/** GET /products' query: each member once, with the document's types; anything else is refused by name. */
export interface ProductsRequest {
  filters: ProductsQuery;
  page: number;
  pageSize: number;
}

const DEFAULT_PAGE_SIZE = 100;

export function productsRequestOf(query: Request['query']): ProductsRequest {
  const dto = plainToInstance(ProductsQueryDto, query);
  const problems = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) {
    const named = validationProblems(problems);
    throw new ApiError(400, 'Resource.InvalidFormat', named.map((p) => p.message).join('; '), named[0]?.path);
  }
  return {
    filters: productsQueryOf(dto),
    page: dto.page !== undefined ? Number(dto.page) : 1,
    pageSize: dto['page-size'] !== undefined ? Number(dto['page-size']) : DEFAULT_PAGE_SIZE,
  };
}

/** The Ozone Connect query of GET /products: the filters as the document spells them, and the page it requires. */
export function ozoneProductsQuery(r: ProductsRequest): Record<string, string | undefined> {
  const f = r.filters;
  return {
    ProductCategory: f.ProductCategory,
    IsShariaCompliant: f.IsShariaCompliant === undefined ? undefined : String(f.IsShariaCompliant),
    LastUpdatedDateTime: f.LastUpdatedDateTime,
    SortOrder: f.SortOrder,
    SortField: f.SortField,
    page: String(r.page),
    'page-size': String(r.pageSize),
  };
}
