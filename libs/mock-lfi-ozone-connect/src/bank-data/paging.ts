import { ApiError } from '@hub/kernel';

export interface PageQuery {
  page?: string;
  'page-size'?: string;
}

export interface Paged<T> {
  data: T[];
  meta: { totalPages: number; totalRecords: number };
}

/** The spec's defaults for `page` (1-based) and `page-size`. */
export const DEFAULT_PAGE_SIZE = 100;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw ApiError.badRequest(`${name} must be a positive integer, got '${value}'`, name);
  return Number(value);
}

/**
 * One page of a list. A page past the end is an empty page, not an error, so a hub following
 * stale links gets `data: []`; an empty list still counts one page, as the hub's links expect.
 */
export function pageOf<T>(items: readonly T[], query: PageQuery): Paged<T> {
  const page = positiveInt(query.page, 'page', 1);
  const size = positiveInt(query['page-size'], 'page-size', DEFAULT_PAGE_SIZE);
  return {
    data: items.slice((page - 1) * size, page * size),
    meta: { totalPages: Math.max(1, Math.ceil(items.length / size)), totalRecords: items.length },
  };
}
