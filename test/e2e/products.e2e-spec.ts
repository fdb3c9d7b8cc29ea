import { loadConfig } from '@hub/kernel';
import { OzoneConnectClient, type O3Context } from '@hub/ozone-connect';
import {
  clientCredentialsToken,
  disposeSandbox,
  httpsCall,
  readOfficialSpec,
  SandboxManifest,
  SandboxProcess,
  serviceCall,
  startSandbox,
  TppClient,
  tppClient,
  validateOperationBody,
  withPublicLinks,
  type ServiceCallOptions,
  type ServiceReply,
} from '@hub/testing';
import { readDirectory } from '@hub/trust-framework';
import { randomUUID } from 'node:crypto';

// Products & Leads v2.1 as an outside TPP uses them: each bank's catalogue through the hub with
// every filter and sort, a lead handed to a bank and seen by that bank's operator, and the
// refusals the documents define. Every answer is validated against the official documents: the
// TPP's against the standard, the bank's (called as the hub calls it) against Ozone Connect.

const DOC = 'standards/v2.1/uae-product-openapi.yaml';
const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-products-data-openapi.yaml';
const BANKS = ['falcon-bank', 'oasis-bank'];
const INSURER = 'dune-insurance';
const CATEGORIES = ['SavingsAccount', 'CurrentAccount', 'CreditCard', 'Finance', 'Mortgage'];
const IP = { 'x-fapi-customer-ip-address': '10.20.30.40' };

const LEAD = {
  Data: {
    Email: 'aisha.mansoori@example.ae',
    PhoneNumber: '+971501234567',
    Name: { GivenName: 'Aisha', LastName: 'Al Mansoori' },
    EmiratesId: '784-1990-1234567-1',
    Nationality: 'AE',
    ResidentialAddress: { AddressLine: ['Villa 12, Street 4', 'Al Barsha 2'], TownName: 'Dubai', CountrySubDivision: 'Dubai', Country: 'AE' },
    LeadInformation: 'Compared home finance offers; interested in Ijara Home Finance',
    MarketingOptOut: false,
    ProductCategories: ['Mortgage', 'CurrentAccount'],
  },
};

type Product = { ProductId: string; ProductName: string; ProductCategory: string; IsShariaCompliant?: boolean; LastUpdatedDateTime: string; [member: string]: unknown };

describe('Products & Leads: a TPP compares the banks\' catalogues and hands a lead to one of them', () => {
  let sp: SandboxProcess;
  let m: SandboxManifest;
  let doc: any;
  let ocDoc: any;
  const tpps: Record<string, TppClient> = {};
  const tokens: Record<string, string> = {};
  const catalogues: Record<string, Product[]> = {};
  const tenant = (id: string) => m.tenants.find((t) => t.id === id)!;
  const base = (bank: string) => `${tenant(bank).resourceServerUrl}/open-finance/product/v2.1`;
  const call = (bank: string, method: string, path: string, o: ServiceCallOptions = {}): Promise<ServiceReply> =>
    serviceCall(tpps[bank], method, `${base(bank)}${path}`, 'products', { token: tokens[bank], ...o, headers: { ...IP, ...o.headers } });
  const products = (bank: string, query = '') => call(bank, 'GET', `/products${query}`);
  const productsOf = (res: ServiceReply): Product[] => res.json.Data.flatMap((g: { Products: Product[] }) => g.Products);
  const idsOf = (ps: Product[]) => ps.map((p) => p.ProductId);
  const instant = (p: Product) => Date.parse(p.LastUpdatedDateTime);

  /** The TPP's answer is the document's: status and body of that operation and status. */
  function conforms(path: '/products' | '/leads', method: 'get' | 'post', res: ServiceReply, status: number): void {
    expect({ status: res.status, text: res.status === status ? '' : res.text }).toEqual({ status, text: '' });
    expect(validateOperationBody(doc, path, method, String(status), withPublicLinks(res.json)).errors).toBe('No errors');
  }
  const refused = (res: ServiceReply, path: '/products' | '/leads', method: 'get' | 'post', status: number, code: string, errorPath?: string) => {
    conforms(path, method, res, status);
    expect(res.json.Errors[0]).toMatchObject({ Code: code, ...(errorPath ? { Path: errorPath } : {}) });
  };

  beforeAll(async () => {
    sp = await startSandbox({ fresh: true });
    m = sp.manifest();
    doc = readOfficialSpec(DOC);
    ocDoc = readOfficialSpec(OC_DOC);
    for (const bank of [...BANKS, INSURER]) {
      tpps[bank] = await tppClient(tenant(bank).issuer, m.tpps[0], m.caCertFile);
      tokens[bank] = await clientCredentialsToken(tpps[bank], 'products');
    }
    for (const bank of BANKS) {
      const res = await products(bank);
      conforms('/products', 'get', res, 200);
      catalogues[bank] = productsOf(res);
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(Object.values(tpps).map((c) => c.close()));
    if (sp) await disposeSandbox(sp);
  });

  describe('GET /products', () => {
    it.each(BANKS)('%s publishes current and savings accounts, cards, finance and mortgages, each also Sharia-compliant, oldest update first', (bank) => {
      const all = catalogues[bank];
      expect(all.length).toBeGreaterThanOrEqual(12);
      for (const category of CATEGORIES) {
        const inCategory = all.filter((p) => p.ProductCategory === category);
        expect(new Set(inCategory.map((p) => p.IsShariaCompliant === true))).toEqual(new Set([true, false]));
      }
      const times = all.map(instant);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(idsOf(all)).size).toBe(all.length);
    });

    it('answers the bank as LFIId, Links from the URL as called, one page', async () => {
      const res = await products('falcon-bank');
      expect(res.json.Data).toHaveLength(1);
      expect(res.json.Data[0]).toMatchObject({ LFIId: 'falcon-bank', LFIBrandId: expect.any(String) });
      const url = `${base('falcon-bank')}/products`;
      expect(res.json.Links).toEqual({ Self: url, First: `${url}?page=1`, Last: `${url}?page=1` });
      expect(res.json.Meta).toEqual({ TotalPages: 1 });
    });

    it('lets a TPP compare banks: the same kind of product has different rates and fees at each bank', () => {
      const [falcon, oasis] = BANKS.map((b) => catalogues[b]);
      const terms = (p: Product) => JSON.stringify({ rates: (p.Product as any)?.FinanceRates ?? (p.Product as any)?.DepositRates, charges: Object.values((p.Product as any) ?? {}).map((d: any) => d?.Charges) });
      const compared = falcon.filter((p) => oasis.some((o) => o.ProductName === p.ProductName));
      expect(compared.map((p) => p.ProductName)).toEqual(expect.arrayContaining(['Home Loan', 'Ijara Home Finance', 'Smart Saver', 'Titanium Credit Card']));
      for (const p of compared) expect(terms(p)).not.toBe(terms(oasis.find((o) => o.ProductName === p.ProductName)!));
      expect(idsOf(falcon).filter((id) => idsOf(oasis).includes(id))).toEqual([]);
    });

    it.each(CATEGORIES)('filters by ProductCategory=%s', async (category) => {
      const res = await products('falcon-bank', `?ProductCategory=${category}`);
      conforms('/products', 'get', res, 200);
      expect(idsOf(productsOf(res))).toEqual(idsOf(catalogues['falcon-bank'].filter((p) => p.ProductCategory === category)));
      expect(productsOf(res).length).toBeGreaterThan(0);
    });

    it.each(['true', 'false'])('filters by IsShariaCompliant=%s', async (flag) => {
      const res = await products('oasis-bank', `?IsShariaCompliant=${flag}`);
      conforms('/products', 'get', res, 200);
      expect(idsOf(productsOf(res))).toEqual(idsOf(catalogues['oasis-bank'].filter((p) => (p.IsShariaCompliant === true) === (flag === 'true'))));
    });

    it('filters by LastUpdatedDateTime: the products updated at or after the instant, whatever its offset', async () => {
      const all = catalogues['falcon-bank'];
      const middle = all[Math.floor(all.length / 2)];
      const utc = new Date(instant(middle)).toISOString().replace('.000Z', 'Z');
      const res = await products('falcon-bank', `?LastUpdatedDateTime=${encodeURIComponent(utc)}`);
      conforms('/products', 'get', res, 200);
      expect(idsOf(productsOf(res))).toEqual(idsOf(all.filter((p) => instant(p) >= instant(middle))));
      expect(idsOf(productsOf(res))[0]).toBe(middle.ProductId);
      const future = await products('falcon-bank', `?LastUpdatedDateTime=${encodeURIComponent('2099-01-01T00:00:00+04:00')}`);
      conforms('/products', 'get', future, 200);
      expect(productsOf(future)).toEqual([]);
    });

    it.each([
      ['SortOrder=desc', (ps: Product[]) => [...ps].sort((a, b) => instant(b) - instant(a))],
      ['SortOrder=asc&SortField=LastUpdatedDateTime', (ps: Product[]) => [...ps].sort((a, b) => instant(a) - instant(b))],
      ['SortField=ProductId', (ps: Product[]) => [...ps].sort((a, b) => (a.ProductId < b.ProductId ? -1 : 1))],
      ['SortField=ProductId&SortOrder=desc', (ps: Product[]) => [...ps].sort((a, b) => (a.ProductId < b.ProductId ? 1 : -1))],
    ])('sorts with %s', async (query, expected) => {
      const res = await products('oasis-bank', `?${query}`);
      conforms('/products', 'get', res, 200);
      expect(idsOf(productsOf(res))).toEqual(idsOf(expected(catalogues['oasis-bank'])));
    });

    it('combines filters and sort: conventional finance and mortgages updated since a date, newest first, per category', async () => {
      const all = catalogues['falcon-bank'];
      const since = new Date(Math.min(...all.map(instant)) + 1000).toISOString();
      for (const category of ['Finance', 'Mortgage', 'CreditCard']) {
        const res = await products('falcon-bank', `?ProductCategory=${category}&IsShariaCompliant=false&LastUpdatedDateTime=${encodeURIComponent(since)}&SortField=LastUpdatedDateTime&SortOrder=desc`);
        conforms('/products', 'get', res, 200);
        const expected = all.filter((p) => p.ProductCategory === category && p.IsShariaCompliant !== true && instant(p) >= Date.parse(since)).sort((a, b) => instant(b) - instant(a));
        expect(idsOf(productsOf(res))).toEqual(idsOf(expected));
      }
      const islamic = await products('falcon-bank', '?IsShariaCompliant=true&SortField=ProductId');
      conforms('/products', 'get', islamic, 200);
      const ids = idsOf(productsOf(islamic));
      expect(ids).toEqual([...ids].sort());
      expect(productsOf(islamic).every((p) => p.IsShariaCompliant === true && typeof p.ShariaStructure === 'string')).toBe(true);
    });

    it('pages the catalogue with page and page-size, Links carrying the TPP\'s filters', async () => {
      const all = catalogues['falcon-bank'];
      const res = await products('falcon-bank', '?SortField=ProductId&page=2&page-size=3');
      conforms('/products', 'get', res, 200);
      const pages = Math.ceil(all.length / 3);
      expect(res.json.Meta).toEqual({ TotalPages: pages });
      expect(idsOf(productsOf(res))).toEqual(idsOf([...all].sort((a, b) => (a.ProductId < b.ProductId ? -1 : 1))).slice(3, 6));
      const url = `${base('falcon-bank')}/products?SortField=ProductId`;
      expect(res.json.Links).toEqual({ Self: `${url}&page=2&page-size=3`, First: `${url}&page=1&page-size=3`, Prev: `${url}&page=1&page-size=3`, Next: `${url}&page=3&page-size=3`, Last: `${url}&page=${pages}&page-size=3` });
    });
  });

  describe('POST /leads', () => {
    it('hands the lead to the bank (201 with its LeadId) and the bank\'s operator sees it, with the TPP to credit; the other bank does not', async () => {
      const res = await call('oasis-bank', 'POST', '/leads', { json: LEAD });
      conforms('/leads', 'post', res, 201);
      expect(res.json.Data).toEqual({ LeadId: expect.any(String), ...LEAD.Data });
      const leadId = res.json.Data.LeadId as string;

      const operator = (bank: string, as: { transportCertFile: string; transportKeyFile: string } | undefined = m.lfiClients.find((c) => c.tenantId === bank)) =>
        httpsCall(tenant(bank).ozoneConnectUrl.replace(/\/ozone-connect\/?$/, '/admin/leads'), { caFile: m.caCertFile, client: as });
      const seen = await operator('oasis-bank');
      expect(seen.status).toBe(200);
      const lead = seen.json().Leads.find((l: { LeadId: string }) => l.LeadId === leadId);
      expect(lead).toEqual({
        LeadId: leadId,
        ReceivedDateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        Tpp: { OrganisationId: m.tpps[0].organisationId, ClientId: m.tpps[0].clientId },
        CustomerIpAddress: IP['x-fapi-customer-ip-address'],
        Lead: LEAD.Data,
      });
      expect((await operator('falcon-bank')).json().Leads.map((l: { LeadId: string }) => l.LeadId)).not.toContain(leadId);
      // The leads are the bank's: a TPP's certificate, another bank's or none is refused.
      expect((await operator('oasis-bank', m.tpps[0])).status).toBe(403);
      expect((await operator('oasis-bank', m.lfiClients.find((c) => c.tenantId === 'falcon-bank'))).status).toBe(403);
      expect((await operator('oasis-bank', null as never)).status).toBe(401);
    });

    it.each([
      ['a full name', { FullName: 'Aisha Al Mansoori' }],
      ['a business name', { BusinessName: 'Falcon Trading LLC' }],
    ])('takes a lead with %s and only the required members', async (_what, Name) => {
      const minimal = { Data: { Email: 'lead@example.ae', Name, EmiratesId: '784-1985-7654321-2', MarketingOptOut: true, ProductCategories: ['CreditCard'] } };
      const res = await call('falcon-bank', 'POST', '/leads', { json: minimal });
      conforms('/leads', 'post', res, 201);
      expect(res.json.Data).toEqual({ LeadId: expect.any(String), ...minimal.Data });
    });
  });

  describe('refusals, each with the document\'s status and code', () => {
    it('refuses a token without the products scope: 403 AccessToken.InvalidScope on both operations', async () => {
      const accounts = await clientCredentialsToken(tpps['falcon-bank'], 'accounts');
      refused(await call('falcon-bank', 'GET', '/products', { token: accounts }), '/products', 'get', 403, 'AccessToken.InvalidScope');
      refused(await call('falcon-bank', 'POST', '/leads', { token: accounts, json: LEAD }), '/leads', 'post', 403, 'AccessToken.InvalidScope');
    });

    it('refuses no token and an unknown token: 401 without a body', async () => {
      for (const headers of [IP, { ...IP, authorization: 'Bearer not-a-token' }]) {
        const res = await tpps['falcon-bank'].fetch(`${base('falcon-bank')}/products`, { headers });
        expect({ status: res.status, text: await res.text() }).toEqual({ status: 401, text: '' });
      }
      const lead = await tpps['falcon-bank'].fetch(`${base('falcon-bank')}/leads`, { method: 'POST', headers: { ...IP, 'content-type': 'application/json' }, body: JSON.stringify(LEAD) });
      expect(lead.status).toBe(401);
    });

    it('requires x-fapi-customer-ip-address (the document says required) and an IP address in it', async () => {
      const bare = (path: string, o: ServiceCallOptions, headers: Record<string, string>) => serviceCall(tpps['falcon-bank'], o.json ? 'POST' : 'GET', `${base('falcon-bank')}${path}`, 'products', { token: tokens['falcon-bank'], ...o, headers });
      refused(await bare('/products', {}, {}), '/products', 'get', 400, 'Resource.InvalidFormat', 'x-fapi-customer-ip-address');
      refused(await bare('/leads', { json: LEAD }, {}), '/leads', 'post', 400, 'Resource.InvalidFormat', 'x-fapi-customer-ip-address');
      refused(await bare('/products', {}, { 'x-fapi-customer-ip-address': 'my-laptop' }), '/products', 'get', 400, 'Resource.InvalidFormat', 'x-fapi-customer-ip-address');
    });

    it.each([
      ['?ProductCategory=Insurance', 'ProductCategory'],
      ['?ProductCategory=Mortgage&ProductCategory=Finance', 'ProductCategory'],
      ['?IsShariaCompliant=yes', 'IsShariaCompliant'],
      ['?LastUpdatedDateTime=yesterday', 'LastUpdatedDateTime'],
      ['?LastUpdatedDateTime=2026-01-01T10:00:00', 'LastUpdatedDateTime'],
      ['?SortOrder=up', 'SortOrder'],
      ['?SortField=ProductName', 'SortField'],
      ['?page=0', 'page'],
      ['?Category=Mortgage', 'Category'],
    ])('refuses the filter %s: 400 Resource.InvalidFormat naming it', async (query, name) => {
      refused(await products('falcon-bank', query), '/products', 'get', 400, 'Resource.InvalidFormat', name);
    });

    it.each([
      ['no Email', { ...LEAD.Data, Email: undefined }, 'Data.Email'],
      ['an Email that is not one', { ...LEAD.Data, Email: 'aisha-at-example' }, 'Data.Email'],
      ['a phone number not in E.164', { ...LEAD.Data, PhoneNumber: '050 123 4567' }, 'Data.PhoneNumber'],
      ['two name shapes at once', { ...LEAD.Data, Name: { FullName: 'Aisha', BusinessName: 'Falcon LLC' } }, 'Data.Name'],
      ['MarketingOptOut as text', { ...LEAD.Data, MarketingOptOut: 'false' }, 'Data.MarketingOptOut'],
      ['no ProductCategories', { ...LEAD.Data, ProductCategories: undefined }, 'Data.ProductCategories'],
      ['an unknown product category', { ...LEAD.Data, ProductCategories: ['Mortgage', 'Insurance'] }, 'Data.ProductCategories'],
      ['a product id, which the document does not define', { ...LEAD.Data, ProductId: 'prd-0123456789ab' }, 'Data.ProductId'],
      ['an address in an unknown Emirate', { ...LEAD.Data, ResidentialAddress: { AddressLine: ['x'], CountrySubDivision: 'Doha', Country: 'AE' } }, 'Data.ResidentialAddress.CountrySubDivision'],
    ])('refuses a lead with %s: 400 Body.InvalidFormat naming the member', async (_what, data, path) => {
      const res = await call('falcon-bank', 'POST', '/leads', { json: { Data: JSON.parse(JSON.stringify(data)) } });
      refused(res, '/leads', 'post', 400, 'Body.InvalidFormat');
      expect(res.json.Errors[0].Path).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}`));
    });

    it('refuses a lead body that is not JSON: 415', async () => {
      const res = await call('falcon-bank', 'POST', '/leads', { jwt: 'eyJhbGciOiJQUzI1NiJ9.e30.c2ln' });
      expect(res.status).toBe(415);
    });

    it('answers 404 at an insurer: the document\'s product categories are banking ones', async () => {
      expect((await products(INSURER)).status).toBe(404);
      expect((await call(INSURER, 'POST', '/leads', { json: LEAD })).status).toBe(404);
    });
  });

  it('documents both surfaces in Swagger, generated from the DTOs that validate them', async () => {
    const hubDocs = (await httpsCall(`${new URL(tenant('falcon-bank').resourceServerUrl).origin}/docs/resource-server/json`, { caFile: m.caCertFile })).json();
    const get = hubDocs.paths['/{tenant}/rs/open-finance/product/v2.1/products'].get;
    expect(get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['ProductCategory', 'IsShariaCompliant', 'LastUpdatedDateTime', 'SortOrder', 'SortField', 'x-fapi-customer-ip-address']));
    expect(get.parameters.find((p: { name: string }) => p.name === 'ProductCategory').schema.enum).toEqual(CATEGORIES);
    const post = hubDocs.paths['/{tenant}/rs/open-finance/product/v2.1/leads'].post;
    expect(JSON.stringify(post.requestBody)).toContain('LeadRequestDto');
    expect(hubDocs.components.schemas.LeadRequestDataDto.required).toEqual(expect.arrayContaining(['Email', 'Name', 'EmiratesId', 'MarketingOptOut', 'ProductCategories']));
    const lfiDocs = (await httpsCall(`${new URL(tenant('falcon-bank').ozoneConnectUrl).origin}/docs/json`, { caFile: m.caCertFile })).json();
    expect(Object.keys(lfiDocs.paths)).toEqual(expect.arrayContaining(['/{tenant}/ozone-connect/products', '/{tenant}/ozone-connect/leads', '/{tenant}/admin/leads']));
  });

  describe("the bank's Ozone Connect, called as the hub calls it, against the official Ozone Connect document", () => {
    let oc: OzoneConnectClient;
    const ctx = (method: string, path: string): O3Context => ({
      callerOrgId: m.tpps[0].organisationId,
      callerClientId: m.tpps[0].clientId,
      callerSoftwareStatementId: m.tpps[0].softwareStatementId,
      apiUri: `/open-finance/product/v2.1${path}`,
      apiOperation: method,
      ozoneInteractionId: randomUUID(),
    });

    beforeAll(() => {
      const hub = readDirectory(loadConfig(sp.env).certsDir).hubApplications.find((a) => a.tenantId === 'falcon-bank')!;
      oc = new OzoneConnectClient({
        providerId: 'falcon-bank',
        baseUrl: tenant('falcon-bank').ozoneConnectUrl,
        tls: { certFile: hub.transportCertFile, keyFile: hub.transportKeyFile, caFile: m.caCertFile },
        signingKeyFile: hub.signingKeyFile,
        signingKid: hub.signingKid,
      });
    });
    afterAll(async () => oc?.close());

    it.each([
      { page: '1', 'page-size': '100' },
      { ProductCategory: 'Mortgage', IsShariaCompliant: 'true', page: '1', 'page-size': '100' },
      { SortField: 'ProductId', SortOrder: 'desc', LastUpdatedDateTime: '2020-01-01T00:00:00Z', page: '2', 'page-size': '4' },
    ])('GET /products %j answers a valid 200', async (query) => {
      const res = await oc.callService('GET', '/products', undefined, ctx('GET', '/products'), { query, headers: IP });
      expect(res.status).toBe(200);
      expect(validateOperationBody(ocDoc, '/products', 'get', '200', res.body).errors).toBe('No errors');
    });

    it('POST /leads answers a valid 201; page and x-fapi-customer-ip-address are required', async () => {
      const res = await oc.callService('POST', '/leads', { data: LEAD.Data }, ctx('POST', '/leads'), { headers: IP });
      expect(res.status).toBe(201);
      expect(validateOperationBody(ocDoc, '/leads', 'post', '201', res.body).errors).toBe('No errors');
      await expect(oc.callService('GET', '/products', undefined, ctx('GET', '/products'), { headers: IP })).rejects.toMatchObject({ status: 400 });
      await expect(oc.callService('GET', '/products', undefined, ctx('GET', '/products'), { query: { page: '1', 'page-size': '10' } })).rejects.toMatchObject({ status: 400 });
    });
  });
});
