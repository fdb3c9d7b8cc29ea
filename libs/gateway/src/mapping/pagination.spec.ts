import { mapBankDataResponse, paginationLinks } from './index-internal';
import { pagingOf } from './pagination';
import { ACCOUNT_ID, ocTransactions, RS } from './testing/oc-fixtures';

const TX = `${RS}/accounts/${ACCOUNT_ID}/transactions`;
const at = (page: number, query = `?page=${page}&page-size=50`) => ({ selfUrl: `${TX}${query}`, page, pageSize: 50 });

describe('paginationLinks', () => {
  it('first page: Self, First, Next, Last; no Prev', () => {
    expect(paginationLinks(at(1), 3)).toEqual({
      Self: `${TX}?page=1&page-size=50`,
      First: `${TX}?page=1&page-size=50`,
      Next: `${TX}?page=2&page-size=50`,
      Last: `${TX}?page=3&page-size=50`,
    });
  });

  it('a middle page has both Prev and Next', () => {
    expect(paginationLinks(at(2), 3)).toEqual({
      Self: `${TX}?page=2&page-size=50`,
      First: `${TX}?page=1&page-size=50`,
      Prev: `${TX}?page=1&page-size=50`,
      Next: `${TX}?page=3&page-size=50`,
      Last: `${TX}?page=3&page-size=50`,
    });
  });

  it('the last page has no Next', () => {
    const links = paginationLinks(at(3), 3);
    expect(links.Prev).toBe(`${TX}?page=2&page-size=50`);
    expect(links.Next).toBeUndefined();
    expect(links.Last).toBe(`${TX}?page=3&page-size=50`);
  });

  it('adds page to a URL called without it and keeps the other query members', () => {
    const links = paginationLinks({ selfUrl: `${TX}?fromBookingDateTime=2025-05-01T00%3A00%3A00%2B04%3A00`, page: 1, pageSize: 100 }, 2);
    expect(links.Self).toBe(`${TX}?fromBookingDateTime=2025-05-01T00%3A00%3A00%2B04%3A00`);
    expect(new URL(links.Next).searchParams.get('fromBookingDateTime')).toBe('2025-05-01T00:00:00+04:00');
    expect(new URL(links.Next).searchParams.get('page')).toBe('2');
  });

  it('a page past the end points back at the last page', () => {
    const links = paginationLinks(at(7), 3);
    expect(links.Prev).toBe(`${TX}?page=3&page-size=50`);
    expect(links.Next).toBeUndefined();
  });

  it('keeps a relative Self relative', () => {
    const links = paginationLinks({ selfUrl: '/open-finance/account-information/v2.1/accounts?page=1', page: 1, pageSize: 100 }, 2);
    expect(links.Next).toBe('/open-finance/account-information/v2.1/accounts?page=2');
  });

  it('a single page still has First and Last', () => {
    expect(paginationLinks(at(1), 1)).toEqual({ Self: `${TX}?page=1&page-size=50`, First: `${TX}?page=1&page-size=50`, Last: `${TX}?page=1&page-size=50` });
  });
});

describe('pagingOf (what the LFI said about pages)', () => {
  const ctx = at(1);
  it.each([
    ['no meta', undefined, { paginated: false, totalPages: 1 }],
    ['paginated: false', { paginated: false, totalPages: 4 }, { paginated: false, totalPages: 1 }],
    ['totalPages', { totalPages: 4, totalRecords: 180 }, { paginated: true, totalPages: 4 }],
    ['only totalRecords (pages of 50)', { totalRecords: 101 }, { paginated: true, totalPages: 3 }],
    ['empty result', { totalPages: 0, totalRecords: 0 }, { paginated: true, totalPages: 1 }],
    ['paginated: true without counts', { paginated: true }, { paginated: true, totalPages: 1 }],
  ])('%s', (_name, meta, expected) => {
    expect(pagingOf(meta as Record<string, unknown> | undefined, ctx)).toEqual(expected);
  });
});

describe('Links and Meta in mapped answers', () => {
  it('a paginated answer gets the page links and TotalPages', () => {
    const mapped = mapBankDataResponse('transactions', ocTransactions() as never, at(2));
    expect(mapped.Meta.TotalPages).toBe(3);
    expect(Object.keys(mapped.Links)).toEqual(['Self', 'First', 'Prev', 'Next', 'Last']);
  });

  it('an unpaginated answer is TotalPages 1 with only Self', () => {
    const answer = { ...ocTransactions(), meta: { paginated: false } };
    const mapped = mapBankDataResponse('transactions', answer as never, { selfUrl: TX, page: 1, pageSize: 100 });
    expect(mapped.Links).toEqual({ Self: TX });
    expect(mapped.Meta).toEqual({ TotalPages: 1 });
  });

  it('a single resource is never paginated, whatever the LFI meta says', () => {
    const mapped = mapBankDataResponse('account', { data: { id: ACCOUNT_ID }, meta: { totalPages: 5 } }, { selfUrl: `${RS}/accounts/${ACCOUNT_ID}`, page: 1, pageSize: 100 });
    expect(mapped.Links).toEqual({ Self: `${RS}/accounts/${ACCOUNT_ID}` });
    expect(mapped.Meta).toEqual({ TotalPages: 1 });
  });
});
