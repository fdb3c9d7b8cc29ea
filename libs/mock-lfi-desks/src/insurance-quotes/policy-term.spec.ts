import { policyDatesOf, totalPolicyPremium } from './policy-term';

describe('policy term', () => {
  it('runs a yearly policy to the day before its anniversary, a trip for its days', () => {
    expect(policyDatesOf({ policyTerm: 'P1Y', countrySubDivision: 'Dubai' }, '2026-12-01')).toEqual({ startDate: '2026-12-01', endDate: '2027-11-30' });
    expect(policyDatesOf({ policyTerm: 'P20Y', countrySubDivision: 'Dubai' }, '2026-12-01')).toEqual({ startDate: '2026-12-01', endDate: '2046-11-30' });
    expect(policyDatesOf({ policyTerm: 'P1M', termDays: 14, countrySubDivision: 'Dubai' }, '2027-01-15')).toEqual({ startDate: '2027-01-15', endDate: '2027-01-28' });
  });

  it('totals the premiums over the term, pro rata for part years; a trip costs its one premium', () => {
    expect(totalPolicyPremium(136_500n, { policyTerm: 'P20Y', countrySubDivision: 'Dubai' })).toBe(2_730_000n);
    expect(totalPolicyPremium(6_300n, { policyTerm: 'P2Y', countrySubDivision: 'Dubai' })).toBe(12_600n);
    expect(totalPolicyPremium(1_000n, { policyTerm: 'P1Y6M', countrySubDivision: 'Dubai' })).toBe(1_500n);
    expect(totalPolicyPremium(43_470n, { policyTerm: 'P1M', termDays: 14, countrySubDivision: 'Dubai' })).toBe(43_470n);
  });
});
