import { premiumFigures, withPlanLoading, type LinePrice } from './premium';
import { aed } from './quote-money';

const PRICE: LinePrice = { base: aed(1000), loadings: [{ name: 'Young driver', fils: aed(350) }], discounts: [], minimum: aed(500) };

describe('premium figures', () => {
  it('adds the loadings to the base, then VAT 5 % and the commission on the premium excluding VAT', () => {
    expect(premiumFigures(PRICE, 1000)).toEqual({ gross: aed(1350), discounts: [], net: aed(1350), vat: 6750n, total: 141750n, commission: aed(135) });
  });

  it('never goes below the minimum premium, before discounts', () => {
    const small = { ...PRICE, base: aed(100), loadings: [], discounts: [{ name: 'No claims', bps: 1000 }] };
    expect(premiumFigures(small, 0)).toMatchObject({ gross: aed(500), net: aed(450), commission: 0n });
  });

  it('takes each discount from the premium before discounts, rounded half up', () => {
    const figures = premiumFigures({ ...PRICE, base: 100_001n, loadings: [], discounts: [{ name: 'A', bps: 1500 }, { name: 'B', bps: 500 }] }, 1000);
    expect(figures.discounts.map((d) => d.fils)).toEqual([15_000n, 5_000n]);
    expect(figures.net).toBe(80_001n);
    expect(figures.vat).toBe(4_000n); // 4000.05 fils
    expect(figures.total).toBe(figures.net + figures.vat);
  });

  it('rounds VAT half up to the fils', () => {
    expect(premiumFigures({ ...PRICE, base: 10n, loadings: [], minimum: 0n }, 0).vat).toBe(1n); // 0.5 fils
    expect(premiumFigures({ ...PRICE, base: 29n, loadings: [], minimum: 0n }, 0).vat).toBe(1n); // 1.45 fils
  });

  it('refuses discounts that would give the cover away', () => {
    expect(() => premiumFigures({ ...PRICE, discounts: [{ name: 'A', bps: 6000 }, { name: 'B', bps: 4000 }] }, 0)).toThrow(/discounts/);
  });

  it('prices an enhanced plan as one more loading on the premium before discounts', () => {
    const plus = withPlanLoading(PRICE, 'Plus', 2000);
    expect(plus.loadings.at(-1)).toEqual({ name: 'Plus', fils: aed(270) });
    expect(premiumFigures(plus, 0).net).toBeGreaterThan(premiumFigures(PRICE, 0).net);
  });
});
