import type { PageContext } from './types';

/** The links' base when the hub hands over a path rather than a whole URL. */
const RELATIVE_BASE = 'http://relative.invalid';

/**
 * Links of a paginated answer: Self is the URL as the TPP called it; First, Prev, Next and Last
 * are that URL with `page=n` (1-based), so the TPP's other query members (page-size, booking
 * dates) carry over. Prev and Next appear only when such a page exists.
 */
export function paginationLinks(ctx: PageContext, totalPages: number): Record<string, string> {
  const last = Math.max(1, Math.floor(totalPages));
  const page = Math.max(1, Math.floor(ctx.page));
  const links: Record<string, string> = { Self: ctx.selfUrl, First: withPage(ctx.selfUrl, 1) };
  if (page > 1) links.Prev = withPage(ctx.selfUrl, Math.min(page - 1, last));
  if (page < last) links.Next = withPage(ctx.selfUrl, page + 1);
  links.Last = withPage(ctx.selfUrl, last);
  return links;
}

function withPage(selfUrl: string, page: number): string {
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(selfUrl);
  const url = new URL(selfUrl, RELATIVE_BASE);
  url.searchParams.set('page', String(page));
  return relative ? url.href.slice(RELATIVE_BASE.length) : url.href;
}

export interface Paging {
  paginated: boolean;
  totalPages: number;
}

/**
 * Whether the LFI paginated, and into how many pages. `meta.paginated` decides when present (the
 * transactions meta has it; "if not specified, a non-paginated response is assumed"); the other
 * metas have only `totalPages`/`totalRecords`, whose presence means the LFI paged. An
 * unpaginated answer is one page: TotalPages 1 and only a Self link. An empty paginated answer is
 * still one (empty) page, so Last never points at page 0.
 */
export function pagingOf(meta: Record<string, unknown> | undefined, ctx: PageContext): Paging {
  const totalPages = count(meta?.totalPages);
  const totalRecords = count(meta?.totalRecords);
  const paginated = meta?.paginated === true || (meta?.paginated === undefined && (totalPages !== undefined || totalRecords !== undefined));
  if (!paginated) return { paginated: false, totalPages: 1 };
  const pages = totalPages ?? (totalRecords !== undefined && ctx.pageSize > 0 ? Math.ceil(totalRecords / ctx.pageSize) : ctx.page);
  return { paginated: true, totalPages: Math.max(1, pages) };
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
}
