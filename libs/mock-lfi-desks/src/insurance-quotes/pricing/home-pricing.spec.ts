import { quoteRequestOf } from '../quote-request';
import { essentialPremium, homeQuoteRequest, withMember } from '../quote-requests.fixture';
import { amountText } from './quote-money';

const TODAY = '2026-12-01';
const REQUEST = homeQuoteRequest('psu-1', '2027-01-15');
const net = (body: object) => essentialPremium('home', body, TODAY).net;

describe('home pricing', () => {
  it('prices the building and contents values, deterministically', () => {
    expect(quoteRequestOf('home', REQUEST, TODAY)).toEqual(quoteRequestOf('home', structuredClone(REQUEST), TODAY));
    // 0.08 % of AED 2.5 m + 0.4 % of AED 150,000 = AED 2,600; villa +10 %; belongings and liability.
    expect(amountText(net(REQUEST))).toBe('3160.00');
  });

  it.each([
    ['a dearer building', 'data.BuildingsCover.BuildingValue', 4000000],
    ['more contents', 'data.ContentsCoverDetails.DeclaredValueAmount.Amount', '400000.00'],
    ['an older property', 'data.PropertyDetails.OverTenYears', true],
    ['earlier flood damage', 'data.PropertyDetails.FloodDamage', true],
    ['weaker construction', 'data.PropertyDetails.Construction', 'ClassC'],
    ['claims in the last three years', 'data.Policy.ClaimsInLastThreeYears', true],
    ['a home left empty for over sixty days', 'data.ImportantQuestions.UnoccupiedOverSixtyDays', true],
    ['accidental damage', 'data.Policy.AddOns.AccidentalDamageCover', true],
  ])('costs more for %s', (_, path, value) => {
    expect(net(withMember(REQUEST, path, value))).toBeGreaterThan(net(REQUEST));
  });

  it('costs less for a flat than a villa and for contents only', () => {
    expect(net(withMember(REQUEST, 'data.PropertyDetails.TypeOfProperty', 'Flat'))).toBeLessThan(net(REQUEST));
    expect(net(withMember(REQUEST, 'data.Policy.TypeOfCover', 'ContentsOnly'))).toBeLessThan(net(REQUEST));
  });

  it('needs the value of what it covers', () => {
    expect(() => quoteRequestOf('home', withMember(REQUEST, 'data.BuildingsCover', undefined), TODAY)).toThrow(/data\.BuildingsCover\.BuildingValue is required/);
    const contentsOnly = withMember(withMember(REQUEST, 'data.Policy.TypeOfCover', 'ContentsOnly'), 'data.BuildingsCover', undefined);
    expect(() => quoteRequestOf('home', contentsOnly, TODAY)).not.toThrow();
    expect(() => quoteRequestOf('home', withMember(contentsOnly, 'data.ContentsCoverDetails.DeclaredValueAmount', undefined), TODAY)).toThrow(/DeclaredValueAmount is required/);
  });
});
