import { readOfficialSpec, validateOperationBody } from '@hub/testing';
import { leadResponse, productResponse } from './product-mapping';
import { OC_PRODUCTS } from './testing/oc-products';

// One mapping, checked against both documents: an answer valid for Ozone Connect's GET /products
// and POST /leads must map to an answer valid for the standard's.

const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-products-data-openapi.yaml';
const STANDARD_DOC = 'standards/v2.1/uae-product-openapi.yaml';
const RS = 'https://rs.example.ae/open-finance/product/v2.1/products';

const catalogue = { lfiId: 'falcon-bank', lfiBrandId: 'falcon-bank-retail', products: OC_PRODUCTS };
const ocProducts = (meta?: object) => ({ data: [{ LFIId: catalogue.lfiId, LFIBrandId: catalogue.lfiBrandId, Products: structuredClone(catalogue.products) }], ...(meta ? { meta } : {}) });
const lead = {
  data: {
    LeadId: '0190f5e2-7c1a-7b3d-9e4f-123456789abc',
    Email: 'aisha@example.ae',
    Name: { FullName: 'Aisha Al Mansoori' },
    EmiratesId: '784-1990-1234567-1',
    MarketingOptOut: true,
    ProductCategories: ['CreditCard' as const],
  },
};

describe('Ozone Connect products and leads mapped to the v2.1 standard (official schemas)', () => {
  let oc: any;
  let standard: any;
  beforeAll(() => {
    oc = readOfficialSpec(OC_DOC);
    standard = readOfficialSpec(STANDARD_DOC);
  });

  it('maps a catalogue valid for Ozone Connect to a ProductResponse valid for the standard, every product and member kept', () => {
    const answer = ocProducts({ totalPages: 1, totalRecords: catalogue.products.length });
    expect(validateOperationBody(oc, '/products', 'get', '200', answer).errors).toBe('No errors');
    const mapped = productResponse(answer, { selfUrl: RS, page: 1, pageSize: 100 });
    expect(validateOperationBody(standard, '/products', 'get', '200', mapped).errors).toBe('No errors');
    expect(mapped.Data[0].Products).toEqual(catalogue.products);
    expect(mapped.Data[0]).toMatchObject({ LFIId: 'falcon-bank', LFIBrandId: 'falcon-bank-retail' });
  });

  it('builds the paging Links from the TPP\'s own URL and the LFI\'s totalPages', () => {
    const mapped = productResponse(ocProducts({ totalPages: 3, totalRecords: 25 }), { selfUrl: `${RS}?ProductCategory=Mortgage&page=2`, page: 2, pageSize: 10 });
    expect(mapped.Meta).toEqual({ TotalPages: 3 });
    expect(mapped.Links).toEqual({
      Self: `${RS}?ProductCategory=Mortgage&page=2`,
      First: `${RS}?ProductCategory=Mortgage&page=1`,
      Prev: `${RS}?ProductCategory=Mortgage&page=1`,
      Next: `${RS}?ProductCategory=Mortgage&page=3`,
      Last: `${RS}?ProductCategory=Mortgage&page=3`,
    });
    expect(validateOperationBody(standard, '/products', 'get', '200', mapped).errors).toBe('No errors');
  });

  it('answers one page with only Self when the LFI did not page, and an empty list as one empty page', () => {
    expect(productResponse(ocProducts(), { selfUrl: RS, page: 1, pageSize: 100 })).toMatchObject({ Links: { Self: RS }, Meta: { TotalPages: 1 } });
    const empty = productResponse({ data: [] }, { selfUrl: RS, page: 1, pageSize: 100 });
    expect(empty).toEqual({ Data: [], Links: { Self: RS }, Meta: { TotalPages: 1 } });
    expect(validateOperationBody(standard, '/products', 'get', '200', empty).errors).toBe('No errors');
  });

  it('drops members an LFI adds beyond the document, and does not change the LFI\'s answer', () => {
    const answer = ocProducts();
    (answer.data[0].Products[0] as Record<string, unknown>).InternalCostCentre = 'cc-17';
    const before = JSON.stringify(answer);
    const mapped = productResponse(answer, { selfUrl: RS, page: 1, pageSize: 100 });
    expect(mapped.Data[0].Products[0]).not.toHaveProperty('InternalCostCentre');
    expect(JSON.stringify(answer)).toBe(before);
  });

  it('maps a LeadResponse valid for Ozone Connect to one valid for the standard', () => {
    expect(validateOperationBody(oc, '/leads', 'post', '201', lead).errors).toBe('No errors');
    const mapped = leadResponse(lead);
    expect(mapped).toEqual({ Data: lead.data });
    expect(validateOperationBody(standard, '/leads', 'post', '201', mapped).errors).toBe('No errors');
  });
});
