import type { Request } from 'express';
import { customerIpAddressOf, ozoneProductsQuery, productsRequestOf } from './products-request';

const refusal = (f: () => unknown) => {
  try {
    f();
    return 'accepted';
  } catch (e) {
    const err = e as { status: number; code: string; path?: string };
    return `${err.status} ${err.code} ${err.path}`;
  }
};

describe('GET /products query and the products headers at the hub', () => {
  it('reads the filters with the documents\' defaults and passes them to Ozone Connect with the page it requires', () => {
    const r = productsRequestOf({ ProductCategory: 'Mortgage', IsShariaCompliant: 'false', LastUpdatedDateTime: '2026-01-01T00:00:00+04:00' });
    expect(r).toEqual({ filters: { ProductCategory: 'Mortgage', IsShariaCompliant: false, LastUpdatedDateTime: '2026-01-01T00:00:00+04:00', SortOrder: 'asc', SortField: 'LastUpdatedDateTime' }, page: 1, pageSize: 100 });
    expect(ozoneProductsQuery(r)).toEqual({ ProductCategory: 'Mortgage', IsShariaCompliant: 'false', LastUpdatedDateTime: '2026-01-01T00:00:00+04:00', SortOrder: 'asc', SortField: 'LastUpdatedDateTime', page: '1', 'page-size': '100' });
    expect(productsRequestOf({ SortField: 'ProductId', SortOrder: 'desc', page: '2', 'page-size': '10' })).toMatchObject({ filters: { SortField: 'ProductId', SortOrder: 'desc' }, page: 2, pageSize: 10 });
    expect(ozoneProductsQuery(productsRequestOf({}))).toMatchObject({ ProductCategory: undefined, IsShariaCompliant: undefined });
  });

  it.each([
    [{ ProductCategory: 'Insurance' }, '400 Resource.InvalidFormat ProductCategory'],
    [{ ProductCategory: ['Mortgage', 'CreditCard'] }, '400 Resource.InvalidFormat ProductCategory'],
    [{ IsShariaCompliant: 'TRUE' }, '400 Resource.InvalidFormat IsShariaCompliant'],
    [{ IsShariaCompliant: '1' }, '400 Resource.InvalidFormat IsShariaCompliant'],
    [{ LastUpdatedDateTime: 'yesterday' }, '400 Resource.InvalidFormat LastUpdatedDateTime'],
    [{ LastUpdatedDateTime: '2026-01-01T00:00:00' }, '400 Resource.InvalidFormat LastUpdatedDateTime'],
    [{ SortOrder: 'descending' }, '400 Resource.InvalidFormat SortOrder'],
    [{ SortField: 'ProductName' }, '400 Resource.InvalidFormat SortField'],
    [{ page: '0' }, '400 Resource.InvalidFormat page'],
    [{ 'page-size': '1001' }, '400 Resource.InvalidFormat page-size'],
    [{ productCategory: 'Mortgage' }, '400 Resource.InvalidFormat productCategory'],
  ])('refuses %j', (query, expected) => {
    expect(refusal(() => productsRequestOf(query as Request['query']))).toBe(expected);
  });

  it('requires x-fapi-customer-ip-address, as the document does', () => {
    expect(customerIpAddressOf({ headers: { 'x-fapi-customer-ip-address': '10.1.2.3' } } as unknown as Request)).toBe('10.1.2.3');
    expect(refusal(() => customerIpAddressOf({ headers: {} } as unknown as Request))).toBe('400 Resource.InvalidFormat x-fapi-customer-ip-address');
    expect(refusal(() => customerIpAddressOf({ headers: { 'x-fapi-customer-ip-address': '' } } as unknown as Request))).toBe('400 Resource.InvalidFormat x-fapi-customer-ip-address');
  });
});
