import type { LfiProfile } from '@hub/mock-lfi-data';
import { readOfficialSpec, validateOperationBody } from '@hub/testing';
import type { Request } from 'express';
import { BankCatalogues } from './bank-catalogues';
import { leadDetailsOf } from './lead-request';
import { OzoneConnectProductsController } from './ozone-connect-products.controller';

// The bank's Ozone Connect bodies, built without a server, against the official document.

const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-products-data-openapi.yaml';
const PROFILE = {
  seed: 'conformance-seed',
  tenants: [
    { id: 'falcon-bank', name: 'Falcon Bank', sector: 'banking' },
    { id: 'dune-insurance', name: 'Dune Insurance', sector: 'insurance' },
  ],
} as unknown as LfiProfile;
const req = (headers: Record<string, string> = { 'x-fapi-customer-ip-address': '10.0.0.1' }) => ({ headers }) as unknown as Request;

const LEAD_REQUEST = {
  data: {
    Email: 'aisha.mansoori@example.ae',
    PhoneNumber: '+971501234567',
    Name: { GivenName: 'Aisha', LastName: 'Al Mansoori' },
    EmiratesId: '784-1990-1234567-1',
    Nationality: 'AE',
    ResidentialAddress: { AddressType: 'Residential', AddressLine: ['Villa 12, Street 4'], TownName: 'Dubai', CountrySubDivision: 'Dubai', Country: 'AE' },
    LeadInformation: 'Asked about Home Loan',
    MarketingOptOut: false,
    ProductCategories: ['Mortgage', 'CurrentAccount'],
  },
};

describe('the bank\'s products and leads bodies against the official Ozone Connect document', () => {
  let oc: any;
  const controller = new OzoneConnectProductsController(new BankCatalogues(PROFILE), undefined as never);
  beforeAll(() => {
    oc = readOfficialSpec(OC_DOC);
  });

  it.each([
    {},
    { ProductCategory: 'Mortgage' },
    { IsShariaCompliant: 'true', SortField: 'ProductId', SortOrder: 'desc' },
    { LastUpdatedDateTime: '2099-01-01T00:00:00Z' },
    { 'page-size': '3', page: '2' },
  ])('GET /products %j answers a valid 200 body with the paging meta', (query) => {
    const body = controller.products('falcon-bank', { page: '1', 'page-size': '100', ...query }, req());
    expect(validateOperationBody(oc, '/products', 'get', '200', body).errors).toBe('No errors');
    expect(body.meta!.totalPages).toBe(Math.max(1, Math.ceil(body.meta!.totalRecords! / Number((query as Record<string, string>)['page-size'] ?? 100))));
  });

  it('pages the selection: page 2 of 3 holds the 4th to 6th product', () => {
    const all = controller.products('falcon-bank', { page: '1', 'page-size': '100' }, req()).data![0].Products;
    const page = controller.products('falcon-bank', { page: '2', 'page-size': '3' }, req()).data![0].Products;
    expect(page.map((p) => p.ProductId)).toEqual(all.slice(3, 6).map((p) => p.ProductId));
  });

  it('refuses a call without x-fapi-customer-ip-address (required) and has no catalogue at an insurer', () => {
    expect(() => controller.products('falcon-bank', { page: '1', 'page-size': '100' }, req({}))).toThrow(expect.objectContaining({ status: 400, path: 'x-fapi-customer-ip-address' }));
    expect(() => controller.products('dune-insurance', { page: '1', 'page-size': '100' }, req())).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('takes the fixture as a valid LeadRequest and answers a valid LeadResponse with it', () => {
    expect(validateOperationBody(oc, '/leads', 'post', 'request', LEAD_REQUEST).errors).toBe('No errors');
    const details = leadDetailsOf(LEAD_REQUEST);
    expect(validateOperationBody(oc, '/leads', 'post', '201', { data: { LeadId: '0190f5e2-7c1a-7b3d-9e4f-123456789abc', ...details } }).errors).toBe('No errors');
    for (const name of [{ FullName: 'Aisha Al Mansoori' }, { BusinessName: 'Falcon Trading LLC' }]) {
      const body = { data: { ...LEAD_REQUEST.data, Name: name } };
      expect(leadDetailsOf(body).Name).toEqual(name);
      expect(validateOperationBody(oc, '/leads', 'post', 'request', body).valid).toBe(true);
    }
  });

  const refusal = (body: unknown) => {
    try {
      leadDetailsOf(body);
      return 'accepted';
    } catch (e) {
      return `${(e as { code: string }).code} ${(e as { path?: string }).path}`;
    }
  };
  const withData = (patch: Record<string, unknown>) => ({ data: { ...LEAD_REQUEST.data, ...patch } });
  const without = (member: string) => ({ data: Object.fromEntries(Object.entries(LEAD_REQUEST.data).filter(([k]) => k !== member)) });

  it.each([
    ['an unknown product category', withData({ ProductCategories: ['Mortgage', 'Insurance'] }), 'Body.InvalidFormat data.ProductCategories'],
    ['no Email', without('Email'), 'Body.InvalidFormat data.Email'],
    ['an Email that is not one', withData({ Email: 'aisha-at-example' }), 'Body.InvalidFormat data.Email'],
    ['a phone number not in E.164', withData({ PhoneNumber: '0501234567' }), 'Body.InvalidFormat data.PhoneNumber'],
    ['two name shapes at once', withData({ Name: { GivenName: 'A', LastName: 'B', FullName: 'A B' } }), 'Body.InvalidFormat data.Name'],
    ['a given name without last name', withData({ Name: { GivenName: 'A' } }), 'Body.InvalidFormat data.Name'],
    ['MarketingOptOut as text', withData({ MarketingOptOut: 'no' }), 'Body.InvalidFormat data.MarketingOptOut'],
    ['no ProductCategories', without('ProductCategories'), 'Body.InvalidFormat data.ProductCategories'],
    ['an address without Country', withData({ ResidentialAddress: { AddressLine: ['x'] } }), 'Body.InvalidFormat data.ResidentialAddress.Country'],
    ['an unknown member', withData({ ProductId: 'prd-1' }), 'Body.InvalidFormat data.ProductId'],
    ['an unknown envelope member', { ...LEAD_REQUEST, Data: {} }, 'Body.InvalidFormat Data'],
  ])('refuses a lead with %s', (_name, body, expected) => {
    expect(refusal(body)).toBe(expected);
    expect(validateOperationBody(oc, '/leads', 'post', 'request', body).valid).toBe(false);
  });
});
