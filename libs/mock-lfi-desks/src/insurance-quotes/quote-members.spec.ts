import { ApiError } from '@hub/kernel';
import { Members } from './quote-members';

function refusal(check: () => void): ApiError {
  try {
    check();
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('not refused');
}

describe('request members', () => {
  it('reads nested and indexed members', () => {
    const m = new Members({ Policy: { CarValuation: { Currency: 'AED', Amount: '85000.00' } }, Parties: [{ DateOfBirth: '1990-01-31' }] });
    expect(m.amount('Policy.CarValuation')).toBe(8_500_000n);
    expect(m.date('Parties[0].DateOfBirth')).toBe('1990-01-31');
    expect(() => m.check('request')).not.toThrow();
  });

  it('names every missing or malformed member in one 400', () => {
    const m = new Members({ Policy: { CarValuation: { Currency: 'USD', Amount: '100.00' }, PolicyTerm: 'P10D' }, DateOfBirth: '1990-02-30' });
    m.amount('Policy.CarValuation');
    m.months('Policy.PolicyTerm');
    m.date('DateOfBirth');
    m.choice('Policy.CoverType', ['Comprehensive'] as const);
    m.bool('MainDriver.MotorClaims.MotorClaimInLast24Months');
    const error = refusal(() => m.check('The motor quote request'));
    expect(error).toMatchObject({ status: 400, code: 'Body.InvalidFormat', path: 'data.Policy.CarValuation.Currency' });
    for (const named of ['data.Policy.CarValuation.Currency must be AED', 'data.Policy.PolicyTerm must be', 'data.DateOfBirth must be a date', 'data.Policy.CoverType is required', 'data.MainDriver.MotorClaims.MotorClaimInLast24Months is required']) {
      expect(error.message).toContain(named);
    }
  });

  it('reports a wrong member once, whether read as required or optional', () => {
    const m = new Members({ Height: 'tall', Items: [] });
    expect(m.int('Height', 50, 250)).toBe(50);
    expect(m.objects('Items')).toEqual([]);
    expect(refusal(() => m.check('x')).message).toBe('x: data.Height must be an integer from 50 to 250; data.Items must hold at least 1 item');
  });

  it('refuses amounts beyond what the insurer writes and non-decimal dirhams', () => {
    const m = new Members({ Value: { Currency: 'AED', Amount: '9999999999999999.99' }, BuildingValue: 1e21, Other: 2500000.5 });
    m.amount('Value');
    m.dirhams('BuildingValue');
    expect(m.dirhams('Other')).toBe(250_000_050n);
    expect(refusal(() => m.check('x')).message).toMatch(/data.Value exceeds AED 1,000,000,000.*data.BuildingValue must be a number of dirhams/);
  });
});
