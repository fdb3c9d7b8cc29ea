import { quoteRequestOf } from '../quote-request';
import { essentialPremium, lifeQuoteRequest, withMember } from '../quote-requests.fixture';
import { bmiTenthsOf, mortalityBps } from './life-pricing';
import { amountText } from './quote-money';

const TODAY = '2026-12-01';
const REQUEST = lifeQuoteRequest('psu-1', '2027-01-15');
const net = (body: object) => essentialPremium('life', body, TODAY).net;
const LIFE = 'data.InsuredParties.0';

describe('life pricing', () => {
  it('prices the sum assured by the life\'s age, deterministically', () => {
    expect(quoteRequestOf('life', REQUEST, TODAY)).toEqual(quoteRequestOf('life', structuredClone(REQUEST), TODAY));
    // 0.12 % of AED 1 m at 38 plus the AED 100 policy fee.
    expect(amountText(net(REQUEST))).toBe('1300.00');
  });

  it('costs more for older lives, larger sums, smokers, heavy drinkers and a high body mass index', () => {
    const rates = [25, 35, 45, 55, 62, 70].map(mortalityBps);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(net(withMember(REQUEST, `${LIFE}.DateOfBirth`, '1970-01-01'))).toBeGreaterThan(net(REQUEST));
    expect(net(withMember(REQUEST, 'data.Policy.SumAssuredAmount.Amount', '2000000.00'))).toBeGreaterThan(net(REQUEST));
    expect(net(withMember(REQUEST, `${LIFE}.LifeStyle.Smoking.SmokeCurrent`, true))).toBeGreaterThan(net(withMember(REQUEST, `${LIFE}.LifeStyle.Smoking.SmokePrevious`, true)));
    expect(net(withMember(REQUEST, `${LIFE}.LifeStyle.Smoking.SmokePrevious`, true))).toBeGreaterThan(net(REQUEST));
    expect(net(withMember(REQUEST, `${LIFE}.LifeStyle.Alcohol`, { ConsumeAlcohol: true, AlcoholUnitsPerWeek: 21 }))).toBeGreaterThan(net(REQUEST));
    expect(net(withMember(REQUEST, `${LIFE}.Weight`, 110))).toBeGreaterThan(net(REQUEST));
    expect(bmiTenthsOf(178, 82)).toBe(258);
  });

  it('prices whole of life above a term, a decreasing term below it', () => {
    expect(net(withMember(REQUEST, 'data.Policy.TypeOfLifeInsurance', 'WholeLifeInsurance'))).toBeGreaterThan(net(REQUEST));
    expect(net(withMember(REQUEST, 'data.Policy.TypeOfLifeInsurance', 'DecreasingTermInsurance'))).toBeLessThan(net(REQUEST));
    expect(quoteRequestOf('life', REQUEST, TODAY).quote).toMatchObject({ term: { months: 240 } });
  });

  it('refuses lives outside 18 to 75, small sums and missing lifestyle answers', () => {
    expect(() => quoteRequestOf('life', withMember(REQUEST, `${LIFE}.DateOfBirth`, '1940-01-01'), TODAY)).toThrow(/covers lives aged 18 to 75/);
    expect(() => quoteRequestOf('life', withMember(REQUEST, 'data.Policy.SumAssuredAmount.Amount', '10000.00'), TODAY)).toThrow(/at least AED 50,000.00/);
    expect(() => quoteRequestOf('life', withMember(REQUEST, `${LIFE}.LifeStyle.Smoking`, undefined), TODAY)).toThrow(/InsuredParties\[0\]\.LifeStyle\.Smoking\.SmokeCurrent is required/);
  });
});
