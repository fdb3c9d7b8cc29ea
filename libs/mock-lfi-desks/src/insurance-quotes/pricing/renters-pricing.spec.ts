import { quoteRequestOf } from '../quote-request';
import { essentialPremium, rentersQuoteRequest, withMember } from '../quote-requests.fixture';
import { amountText } from './quote-money';

const TODAY = '2026-12-01';
const REQUEST = rentersQuoteRequest('psu-1', '2027-01-15');
const net = (body: object) => essentialPremium('renters', body, TODAY).net;

describe('renters pricing', () => {
  it('prices the contents value, deterministically', () => {
    expect(quoteRequestOf('renters', REQUEST, TODAY)).toEqual(quoteRequestOf('renters', structuredClone(REQUEST), TODAY));
    // 0.5 % of AED 60,000 = AED 300 + liability AED 120.
    expect(amountText(net(REQUEST))).toBe('420.00');
  });

  it.each([
    ['more contents', 'data.ContentsCoverDetails.DeclaredValueAmount.Amount', '120000.00'],
    ['earlier claims', 'data.PropertyClaims.PreviousClaims', true],
    ['shared accommodation', 'data.PropertyDetails.TypeOfRentalProperty', 'SharedAccommodation'],
    ['accidental damage', 'data.Policy.AccidentalDamageCover', true],
    ['alternative accommodation', 'data.Policy.AlternativeAccommodation', true],
  ])('costs more for %s', (_, path, value) => {
    expect(net(withMember(REQUEST, path, value))).toBeGreaterThan(net(REQUEST));
  });

  it('never quotes below the minimum premium', () => {
    expect(amountText(net(withMember(withMember(REQUEST, 'data.ContentsCoverDetails.DeclaredValueAmount.Amount', '5000.00'), 'data.Policy.LiabilityCover', false)))).toBe('250.00');
  });

  it('needs the contents value, and something to insure', () => {
    expect(() => quoteRequestOf('renters', withMember(REQUEST, 'data.ContentsCoverDetails', undefined), TODAY)).toThrow(/data\.ContentsCoverDetails\.DeclaredValueAmount is required/);
    expect(() => quoteRequestOf('renters', withMember(REQUEST, 'data.Policy.ContentsCover', false), TODAY)).toThrow(/insures contents or belongings/);
  });
});
