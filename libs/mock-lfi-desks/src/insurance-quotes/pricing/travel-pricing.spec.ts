import { quoteRequestOf } from '../quote-request';
import { essentialPremium, travelQuoteRequest, withMember } from '../quote-requests.fixture';
import { amountText } from './quote-money';

const TODAY = '2026-12-01';
const REQUEST = travelQuoteRequest('psu-1', '2027-01-15');
const net = (body: object) => essentialPremium('travel', body, TODAY).net;

describe('travel pricing', () => {
  it('prices per traveller and day, deterministically and whatever day it is priced', () => {
    expect(quoteRequestOf('travel', REQUEST, TODAY)).toEqual(quoteRequestOf('travel', structuredClone(REQUEST), TODAY));
    // 14 days × (AED 8 + 8 + 4), +5 % for a second country, gadgets AED 40 × 3.
    expect(amountText(net(REQUEST))).toBe('414.00');
    expect(net(REQUEST)).toBe(essentialPremium('travel', REQUEST, '2026-12-20').net);
  });

  it('costs more for a longer trip, older travellers and more of them', () => {
    expect(net(withMember(REQUEST, 'data.Policy.PolicyEndDate', '2027-02-15'))).toBeGreaterThan(net(REQUEST));
    expect(net(withMember(REQUEST, 'data.Policy.AgesOfInsured', [70, 36, 7]))).toBeGreaterThan(net(REQUEST));
    const four = withMember(withMember(REQUEST, 'data.Policy.AgesOfInsured', [38, 36, 7, 5]), 'data.Policy.NumberOfInsuredCompanions', 3);
    expect(net(four)).toBeGreaterThan(net(REQUEST));
  });

  it('prices destinations: the USA and Canada cost more, the UAE less, each extra country a little more', () => {
    expect(net(withMember(REQUEST, 'data.Policy.TravelDestinationRegion', 'Worldwide'))).toBeGreaterThan(net(REQUEST));
    expect(net(withMember(REQUEST, 'data.Policy.TravelDestinationRegion', 'WithinUAE'))).toBeLessThan(net(REQUEST));
    expect(net(withMember(REQUEST, 'data.Policy.TravelDestinationCountries', ['GBR', 'FRA', 'ITA', 'ESP']))).toBeGreaterThan(net(REQUEST));
  });

  it('covers a single trip for its days and a multi-trip policy for a year', () => {
    expect(quoteRequestOf('travel', REQUEST, TODAY).quote).toMatchObject({ term: { months: 1, days: 14 }, paymentFrequency: 'OneTime' });
    const multi = withMember(withMember(REQUEST, 'data.Policy.CoverType', 'MultiTrip'), 'data.Policy.PolicyEndDate', undefined);
    expect(quoteRequestOf('travel', multi, TODAY).quote).toMatchObject({ term: { months: 12 }, paymentFrequency: 'Annually' });
  });

  it('refuses a trip that ends before it starts, travellers that do not add up and a single trip without an end', () => {
    expect(() => quoteRequestOf('travel', withMember(REQUEST, 'data.Policy.PolicyEndDate', '2027-01-01'), TODAY)).toThrow(/PolicyEndDate must be on or after/);
    expect(() => quoteRequestOf('travel', withMember(REQUEST, 'data.Policy.NumberOfInsuredCompanions', 1), TODAY)).toThrow(/lists 3 traveller\(s\) but .* 2 traveller\(s\)/);
    expect(() => quoteRequestOf('travel', withMember(REQUEST, 'data.Policy.PolicyEndDate', undefined), TODAY)).toThrow(/data\.Policy\.PolicyEndDate is required/);
  });
});
