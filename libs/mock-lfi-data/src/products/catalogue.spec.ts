import { readOfficialSpec, validateOperationBody } from '@hub/testing';
import { PRODUCT_CATEGORIES } from '@hub/standards';
import { productIdentifierOf } from '../banking/products';
import type { AccountSubType, LfiTenant } from '../model';
import { productCatalogue } from './catalogue';
import { MOCK_LFI_DEFAULT_SEED } from '../seed-inputs';

const OC_DOC = 'ozone-connect/v2.1.x/uae-ozone-connect-bank-products-data-openapi.yaml';
const STANDARD_DOC = 'standards/v2.1/uae-product-openapi.yaml';
const FALCON: LfiTenant = { id: 'falcon-bank', name: 'Falcon Bank', sector: 'banking' };
const OASIS: LfiTenant = { id: 'oasis-bank', name: 'Oasis Bank', sector: 'banking' };
const SEEDS = ['sandbox-seed', 'another-seed', 'x'];

/** A product's rates, fees and limits: what a TPP compares between banks. */
const terms = (p: object) => JSON.stringify({ ...p, ProductId: undefined, LastUpdatedDateTime: undefined, EffectiveFromDateTime: undefined, EffectiveToDateTime: undefined, Links: undefined, AlternativeBrandName: undefined, ShariaInformation: undefined });

describe('productCatalogue: each bank publishes its own catalogue, deterministic from the seed', () => {
  it('is the same for the same seed and tenant, byte for byte', () => {
    for (const seed of SEEDS) expect(JSON.stringify(productCatalogue(seed, FALCON))).toBe(JSON.stringify(productCatalogue(seed, FALCON)));
  });

  it('differs between banks: rates, fees and requirements of the same kind of product are not the same', () => {
    for (const seed of SEEDS) {
      const falcon = productCatalogue(seed, FALCON).products;
      const oasis = productCatalogue(seed, OASIS).products;
      const byName = new Map(oasis.map((p) => [p.ProductName.replace(/^\w+ Priority/, 'Priority'), p]));
      const shared = falcon.filter((p) => byName.has(p.ProductName.replace(/^\w+ Priority/, 'Priority')));
      expect(shared.length).toBeGreaterThan(5);
      const different = shared.filter((p) => terms(p) !== terms(byName.get(p.ProductName.replace(/^\w+ Priority/, 'Priority'))!));
      expect(different.length).toBe(shared.length);
      expect(new Set(falcon.map((p) => p.ProductId)).size).toBe(falcon.length);
      expect(falcon.map((p) => p.ProductId).filter((id) => oasis.some((o) => o.ProductId === id))).toEqual([]);
    }
  });

  it('differs in range too: each bank carries two of the optional products, so banks rarely carry the same ones', () => {
    const rangeOf = (seed: string, t: LfiTenant) => productCatalogue(seed, t).products.map((p) => p.ProductName.replace(/^\w+ Priority/, 'Priority')).sort().join(',');
    expect(rangeOf(MOCK_LFI_DEFAULT_SEED, FALCON)).not.toBe(rangeOf(MOCK_LFI_DEFAULT_SEED, OASIS));
    const seeds = Array.from({ length: 30 }, (_, i) => `seed-${i}`);
    expect(seeds.filter((seed) => rangeOf(seed, FALCON) !== rangeOf(seed, OASIS)).length).toBeGreaterThan(15);
    for (const seed of seeds) expect(productCatalogue(seed, FALCON).products).toHaveLength(13);
    // A bank carrying the premium current account is withdrawing it: it has an EffectiveToDateTime.
    const retiring = seeds.flatMap((seed) => productCatalogue(seed, FALCON).products.filter((p) => p.EffectiveToDateTime));
    expect(retiring.length).toBeGreaterThan(0);
    for (const p of retiring) expect(p.ProductName).toBe('Falcon Priority Current Account');
  });

  it('changes its terms with the seed but keeps its ids', () => {
    const a = productCatalogue('seed-a', FALCON).products;
    const b = productCatalogue('seed-b', FALCON).products;
    const idsOf = (ps: typeof a) => new Set(ps.map((p) => p.ProductId));
    for (const p of b) expect(idsOf(a).has(p.ProductId) || !a.some((q) => q.ProductName === p.ProductName)).toBe(true);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it.each(SEEDS)('offers every category, each with a conventional and a Sharia-compliant product (seed %s)', (seed) => {
    for (const tenant of [FALCON, OASIS]) {
      const products = productCatalogue(seed, tenant).products;
      for (const category of PRODUCT_CATEGORIES) {
        const inCategory = products.filter((p) => p.ProductCategory === category);
        expect(inCategory.map((p) => p.IsShariaCompliant).sort()).toEqual(expect.arrayContaining([false, true]));
        for (const p of inCategory) expect(p.Product).toHaveProperty(category === 'SavingsAccount' ? 'SavingsAccount' : category);
        for (const p of inCategory.filter((q) => q.IsShariaCompliant)) expect(p.ShariaStructure).toBeDefined();
      }
    }
  });

  it('gives every product its own LastUpdatedDateTime, before the generation epoch, after its EffectiveFromDateTime', () => {
    for (const seed of SEEDS) {
      const products = productCatalogue(seed, FALCON).products;
      const instants = products.map((p) => Date.parse(p.LastUpdatedDateTime!));
      expect(new Set(instants).size).toBe(products.length);
      for (const p of products) expect(Date.parse(p.EffectiveFromDateTime!)).toBeLessThan(Date.parse(p.LastUpdatedDateTime!));
    }
  });

  it("keeps the id and name of the product the seeded PSUs' accounts belong to", () => {
    const products = productCatalogue('sandbox-seed', FALCON).products;
    const subTypes: AccountSubType[] = ['CurrentAccount', 'Savings', 'CreditCard', 'Mortgage', 'Finance'];
    for (const accountSubType of subTypes) {
      for (const isShariaCompliant of [false, true]) {
        const held = productIdentifierOf({ tenantId: FALCON.id, accountSubType, isShariaCompliant });
        expect(products.find((p) => p.ProductId === held.id)).toMatchObject({ ProductName: held.productName, IsShariaCompliant: isShariaCompliant });
      }
    }
  });

  it.each(SEEDS)('is valid against both official documents (seed %s)', (seed) => {
    const oc = readOfficialSpec(OC_DOC);
    const standard = readOfficialSpec(STANDARD_DOC);
    for (const tenant of [FALCON, OASIS]) {
      const c = productCatalogue(seed, tenant);
      const group = { LFIId: c.lfiId, LFIBrandId: c.lfiBrandId, Products: c.products };
      expect(validateOperationBody(oc, '/products', 'get', '200', { data: [group], meta: { totalPages: 1, totalRecords: c.products.length } }).errors).toBe('No errors');
      const links = { Self: 'https://rs.example.ae/open-finance/product/v2.1/products' };
      expect(validateOperationBody(standard, '/products', 'get', '200', { Data: [group], Links: links, Meta: { TotalPages: 1 } }).errors).toBe('No errors');
    }
  });

  it('would notice a product the document refuses (the check is not vacuous)', () => {
    const oc = readOfficialSpec(OC_DOC);
    const [product] = productCatalogue('sandbox-seed', FALCON).products;
    const wrong = { ...product, ProductCategory: 'Insurance' };
    expect(validateOperationBody(oc, '/products', 'get', '200', { data: [{ LFIId: 'x', LFIBrandId: 'y', Products: [wrong] }] }).valid).toBe(false);
  });
});
