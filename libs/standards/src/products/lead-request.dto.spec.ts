import { readOfficialSpec, validateOperationBody } from '@hub/testing';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { LeadRequestDto } from './lead-request.dto';
import { ProductsQueryDto, productsQueryOf } from './products-query.dto';

const DOC = 'standards/v2.1/uae-product-openapi.yaml';
const DATA = {
  Email: 'aisha@example.ae',
  Name: { GivenName: 'Aisha', LastName: 'Al Mansoori' },
  EmiratesId: '784-1990-1234567-1',
  MarketingOptOut: false,
  ProductCategories: ['Mortgage'],
};
const valid = (dto: new () => object, value: object) => validateSync(plainToInstance(dto, value), { whitelist: true, forbidNonWhitelisted: true }).length === 0;

describe('LeadRequestDto agrees with the official LeadRequest schema', () => {
  let doc: any;
  beforeAll(() => {
    doc = readOfficialSpec(DOC);
  });

  it.each([
    ['the required members', { Data: DATA }, true],
    ['every member', { Data: { ...DATA, PhoneNumber: '+971501234567', Nationality: 'AE', LeadInformation: 'x', ResidentialAddress: { AddressType: 'Residential', AddressLine: ['a', 'b'], BuildingNumber: '12', BuildingName: 'Tower', Floor: '3', StreetName: 'S', DistrictName: 'D', PostBox: '123', TownName: 'Dubai', CountrySubDivision: 'RasAlKhaimah', Country: 'AE' } } }, true],
    ['a full name', { Data: { ...DATA, Name: { FullName: 'Aisha Al Mansoori' } } }, true],
    ['a business name', { Data: { ...DATA, Name: { BusinessName: 'Falcon Trading LLC' } } }, true],
    ['no categories', { Data: { ...DATA, ProductCategories: [] } }, true],
    ['no Data', {}, false],
    ['an unknown top-level member', { Data: DATA, Meta: {} }, false],
    ['an unknown category', { Data: { ...DATA, ProductCategories: ['Loans'] } }, false],
    ['a name of two shapes', { Data: { ...DATA, Name: { GivenName: 'A', LastName: 'B', BusinessName: 'C' } } }, false],
    ['an empty name', { Data: { ...DATA, Name: {} } }, false],
    ['a given name over 70 characters', { Data: { ...DATA, Name: { GivenName: 'A'.repeat(71), LastName: 'B' } } }, false],
    ['a phone number without +', { Data: { ...DATA, PhoneNumber: '971501234567' } }, false],
    ['an e-mail without a domain', { Data: { ...DATA, Email: 'aisha@' } }, false],
    ['eight address lines', { Data: { ...DATA, ResidentialAddress: { AddressLine: Array(8).fill('x'), Country: 'AE' } } }, false],
    ['an empty address line', { Data: { ...DATA, ResidentialAddress: { AddressLine: [''], Country: 'AE' } } }, false],
    ['a lower-case country', { Data: { ...DATA, ResidentialAddress: { AddressLine: ['x'], Country: 'ae' } } }, false],
    ['MarketingOptOut as a string', { Data: { ...DATA, MarketingOptOut: 'true' } }, false],
  ])('%s: the DTO and the document both say valid=%s', (_name, body, expected) => {
    expect(validateOperationBody(doc, '/leads', 'post', 'request', body).valid).toBe(expected);
    expect(valid(LeadRequestDto, body)).toBe(expected);
  });

  it('reads the query with the documents\' defaults', () => {
    expect(productsQueryOf(plainToInstance(ProductsQueryDto, {}))).toEqual({ SortOrder: 'asc', SortField: 'LastUpdatedDateTime' });
    expect(productsQueryOf(plainToInstance(ProductsQueryDto, { IsShariaCompliant: 'true', ProductCategory: 'Finance' }))).toMatchObject({ IsShariaCompliant: true, ProductCategory: 'Finance' });
    expect(valid(ProductsQueryDto, { LastUpdatedDateTime: '2026-01-01T00:00:00Z' })).toBe(true);
    expect(valid(ProductsQueryDto, { LastUpdatedDateTime: '2026-01-01' })).toBe(false);
  });
});
