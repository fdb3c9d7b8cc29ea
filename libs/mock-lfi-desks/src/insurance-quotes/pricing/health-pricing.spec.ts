import { quoteRequestOf } from '../quote-request';
import { essentialPremium, healthQuoteRequest, withMember } from '../quote-requests.fixture';
import { healthBandAed } from './health-pricing';
import { amountText } from './quote-money';

const TODAY = '2026-12-01';
const REQUEST = healthQuoteRequest('psu-1', '2027-01-15');
const net = (body: object) => essentialPremium('health', body, TODAY).net;
const child = { RelationshipToPolicyholder: 'Child', FirstName: 'Noura', LastName: 'Al Mansoori', Gender: 'Female', DateOfBirth: '2021-06-01' };

describe('health pricing', () => {
  it('prices each member by age band, deterministically', () => {
    expect(quoteRequestOf('health', structuredClone(REQUEST), TODAY)).toEqual(quoteRequestOf('health', REQUEST, TODAY));
    // Holder 38 and spouse 36 (AED 4,500 each), child 7 (AED 2,400), dental AED 450 × 3.
    expect(amountText(net(REQUEST))).toBe('12750.00');
  });

  it('charges more for older members, band by band', () => {
    const bands = [5, 25, 35, 45, 55, 62, 70].map(healthBandAed);
    expect(bands).toEqual([...bands].sort((a, b) => a - b));
    expect(net(withMember(REQUEST, 'data.InsuredParties.0.DateOfBirth', '1960-01-01'))).toBeGreaterThan(net(REQUEST));
  });

  it('charges more for more members, with a family discount from four', () => {
    const four = withMember(REQUEST, 'data.InsuredParties', [...REQUEST.data.InsuredParties, child]);
    const figures = essentialPremium('health', four, TODAY);
    expect(figures.net).toBeGreaterThan(net(REQUEST));
    expect(figures.discounts.map((d) => d.name)).toEqual(['Family of 4']);
  });

  it('counts the policyholder only when insured, and once when also listed as Self', () => {
    const notInsured = withMember(REQUEST, 'data.Policy.IsPolicyholderInsured', false);
    expect(net(notInsured)).toBeLessThan(net(REQUEST));
    const selfListed = withMember(REQUEST, 'data.InsuredParties', [...REQUEST.data.InsuredParties, { ...child, RelationshipToPolicyholder: 'Self', DateOfBirth: '1988-04-12' }]);
    expect(net(selfListed)).toBe(net(REQUEST));
  });

  it.each([['OpticalCover'], ['MaternityCover']])('adds the %s add-on', (addOn) => {
    expect(net(withMember(REQUEST, `data.Policy.AddOns.${addOn}`, true))).toBeGreaterThan(net(REQUEST));
  });

  it('needs every insured member\'s date of birth and at least one member', () => {
    expect(() => quoteRequestOf('health', withMember(REQUEST, 'data.InsuredParties.1.DateOfBirth', undefined), TODAY)).toThrow(/data\.InsuredParties\[1\]\.DateOfBirth is required/);
    const nobody = withMember(withMember(REQUEST, 'data.Policy.IsPolicyholderInsured', false), 'data.InsuredParties', []);
    expect(() => quoteRequestOf('health', nobody, TODAY)).toThrow(/at least one insured person/);
  });
});
