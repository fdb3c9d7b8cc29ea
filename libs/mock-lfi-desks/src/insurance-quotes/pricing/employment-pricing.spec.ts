import { quoteRequestOf } from '../quote-request';
import { employmentQuoteRequest, essentialPremium, withMember } from '../quote-requests.fixture';
import { categoryOfSalary } from './employment-pricing';
import { aed, amountText } from './quote-money';

const TODAY = '2026-12-01';
const REQUEST = employmentQuoteRequest('psu-1', '2027-01-15');
const categoryB = withMember(withMember(REQUEST, 'data.Employment.MonthlyIncomeAmount.Amount', '25000.00'), 'data.Policy.SchemeCategory', 'CategoryB');

describe('employment (ILOE) pricing', () => {
  it('prices the scheme category of the salary, deterministically', () => {
    expect(quoteRequestOf('employment', REQUEST, TODAY)).toEqual(quoteRequestOf('employment', structuredClone(REQUEST), TODAY));
    expect(amountText(essentialPremium('employment', REQUEST, TODAY).total)).toBe('63.00');
    expect(essentialPremium('employment', categoryB, TODAY).net).toBeGreaterThan(essentialPremium('employment', REQUEST, TODAY).net);
    expect([categoryOfSalary(aed(16_000)), categoryOfSalary(aed(16_000) + 1n)]).toEqual(['CategoryA', 'CategoryB']);
  });

  it('covers 60 % of the salary, capped per category', () => {
    const cover = (body: object) => (quoteRequestOf('employment', body, TODAY).quote as { covers: { limit?: bigint }[] }).covers[0].limit;
    expect(cover(REQUEST)).toBe(aed(7200));
    expect(cover(withMember(REQUEST, 'data.Employment.MonthlyIncomeAmount.Amount', '16000.00'))).toBe(aed(9600));
    expect(cover(withMember(categoryB, 'data.Employment.MonthlyIncomeAmount.Amount', '50000.00'))).toBe(aed(20_000));
  });

  it('refuses a category that does not match the salary and a term the scheme does not have', () => {
    expect(() => quoteRequestOf('employment', withMember(REQUEST, 'data.Policy.SchemeCategory', 'CategoryB'), TODAY)).toThrow(/belongs to CategoryA/);
    expect(() => quoteRequestOf('employment', withMember(REQUEST, 'data.Policy.PolicyTerm', 'P3Y'), TODAY)).toThrow(/must be P1Y or P2Y/);
    expect(() => quoteRequestOf('employment', withMember(REQUEST, 'data.Employment.MonthlyIncomeAmount', undefined), TODAY)).toThrow(/MonthlyIncomeAmount is required/);
  });

  it('declines (no quote) people who are not employees', () => {
    expect(quoteRequestOf('employment', withMember(REQUEST, 'data.Employment.EmploymentStatus', 'BusinessOwner'), TODAY).quote).toEqual({ declined: expect.stringContaining('BusinessOwner') });
  });
});
