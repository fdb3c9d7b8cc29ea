import type { OzoneCatalogueProduct } from '@hub/ozone-connect';
import { productSelectionOf, selectProducts } from './product-selection';

const product = (ProductId: string, ProductCategory: OzoneCatalogueProduct['ProductCategory'], IsShariaCompliant: boolean | undefined, LastUpdatedDateTime: string): OzoneCatalogueProduct => ({
  ProductId,
  ProductName: ProductId,
  ProductCategory,
  ...(IsShariaCompliant === undefined ? {} : { IsShariaCompliant }),
  LastUpdatedDateTime,
});

// Times in different offsets: the filter and sort compare instants, not text.
const CATALOGUE = [
  product('prd-c', 'CurrentAccount', false, '2026-03-01T12:00:00+04:00'), // 08:00Z
  product('prd-a', 'Mortgage', true, '2026-01-15T09:00:00Z'),
  product('prd-d', 'CreditCard', undefined, '2026-03-01T07:30:00Z'),
  product('prd-b', 'CurrentAccount', true, '2026-02-10T10:00:00+04:00'),
  product('prd-e', 'SavingsAccount', false, '2026-03-01T08:00:00Z'), // same instant as prd-c
];
const ids = (query: Record<string, string>) => selectProducts(CATALOGUE, productSelectionOf({ page: '1', 'page-size': '100', ...query }).query).map((p) => p.ProductId);

describe('GET /products filters and sort (Ozone Connect bank products data)', () => {
  it.each([
    ['no filter: every product, oldest LastUpdatedDateTime first (the defaults), ties by ProductId', {}, ['prd-a', 'prd-b', 'prd-d', 'prd-c', 'prd-e']],
    ['ProductCategory', { ProductCategory: 'CurrentAccount' }, ['prd-b', 'prd-c']],
    ['ProductCategory without products', { ProductCategory: 'Finance' }, []],
    ['IsShariaCompliant=true', { IsShariaCompliant: 'true' }, ['prd-a', 'prd-b']],
    ['IsShariaCompliant=false (a product that does not say counts as conventional)', { IsShariaCompliant: 'false' }, ['prd-d', 'prd-c', 'prd-e']],
    ['LastUpdatedDateTime: at or after the instant, whatever the offset', { LastUpdatedDateTime: '2026-03-01T12:00:00+04:00' }, ['prd-c', 'prd-e']],
    ['LastUpdatedDateTime before everything', { LastUpdatedDateTime: '2025-01-01T00:00:00Z' }, ['prd-a', 'prd-b', 'prd-d', 'prd-c', 'prd-e']],
    ['LastUpdatedDateTime after everything', { LastUpdatedDateTime: '2027-01-01T00:00:00Z' }, []],
    ['SortOrder=desc', { SortOrder: 'desc' }, ['prd-e', 'prd-c', 'prd-d', 'prd-b', 'prd-a']],
    ['SortField=ProductId', { SortField: 'ProductId' }, ['prd-a', 'prd-b', 'prd-c', 'prd-d', 'prd-e']],
    ['SortField=ProductId, SortOrder=desc', { SortField: 'ProductId', SortOrder: 'desc' }, ['prd-e', 'prd-d', 'prd-c', 'prd-b', 'prd-a']],
    ['category and Sharia together', { ProductCategory: 'CurrentAccount', IsShariaCompliant: 'false' }, ['prd-c']],
    ['every filter and a sort', { IsShariaCompliant: 'false', LastUpdatedDateTime: '2026-03-01T07:45:00Z', SortField: 'ProductId', SortOrder: 'desc' }, ['prd-e', 'prd-c']],
  ])('%s', (_name, query, expected) => {
    expect(ids(query as Record<string, string>)).toEqual(expected);
  });

  it('does not change the catalogue it selects from', () => {
    const before = CATALOGUE.map((p) => p.ProductId);
    ids({ SortOrder: 'desc' });
    expect(CATALOGUE.map((p) => p.ProductId)).toEqual(before);
  });

  it('reads page and page-size, which the document requires', () => {
    expect(productSelectionOf({ page: '2', 'page-size': '5' })).toMatchObject({ page: 2, pageSize: 5, query: { SortOrder: 'asc', SortField: 'LastUpdatedDateTime' } });
  });

  const refusal = (raw: Record<string, unknown>) => {
    try {
      productSelectionOf({ page: '1', 'page-size': '100', ...raw });
      return 'accepted';
    } catch (e) {
      const err = e as { status: number; code: string; path?: string };
      return `${err.status} ${err.code} ${err.path}`;
    }
  };

  it.each([
    [{ ProductCategory: 'Insurance' }, '400 Resource.InvalidFormat ProductCategory'],
    [{ ProductCategory: ['CurrentAccount', 'Mortgage'] }, '400 Resource.InvalidFormat ProductCategory'],
    [{ IsShariaCompliant: 'yes' }, '400 Resource.InvalidFormat IsShariaCompliant'],
    [{ LastUpdatedDateTime: '2026-03-01' }, '400 Resource.InvalidFormat LastUpdatedDateTime'],
    [{ LastUpdatedDateTime: '2026-03-01T10:00:00' }, '400 Resource.InvalidFormat LastUpdatedDateTime'],
    [{ SortOrder: 'ASC' }, '400 Resource.InvalidFormat SortOrder'],
    [{ SortField: 'ProductName' }, '400 Resource.InvalidFormat SortField'],
    [{ page: undefined, 'without page': true }, '400 Resource.InvalidFormat page'],
    [{ 'page-size': '0' }, '400 Resource.InvalidFormat page-size'],
  ])('refuses %j', (raw, expected) => {
    const { 'without page': _label, ...query } = raw as Record<string, unknown>;
    expect(refusal(query)).toBe(expected);
  });
});
