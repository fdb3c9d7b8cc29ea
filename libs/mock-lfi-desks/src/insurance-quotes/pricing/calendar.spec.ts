import { addMonths, ageOn, daysInclusive, durationOfMonths, isIsoDate, monthsOfDuration, uaeDateOf } from './calendar';

describe('calendar', () => {
  it('counts completed years of age, a birthday from its day', () => {
    expect(ageOn('1988-04-12', '2026-04-11')).toBe(37);
    expect(ageOn('1988-04-12', '2026-04-12')).toBe(38);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });

  it('counts both ends of a trip and adds months as insurers date terms', () => {
    expect(daysInclusive('2027-01-15', '2027-01-28')).toBe(14);
    expect(daysInclusive('2027-01-15', '2027-01-15')).toBe(1);
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
  });

  it('reads and writes terms in years and months', () => {
    expect(monthsOfDuration('P2Y3M')).toBe(27);
    expect(monthsOfDuration('P1Y')).toBe(12);
    expect(monthsOfDuration('P')).toBeUndefined();
    expect(monthsOfDuration('P10D')).toBeUndefined();
    expect([durationOfMonths(12), durationOfMonths(27), durationOfMonths(1), durationOfMonths(240)]).toEqual(['P1Y', 'P2Y3M', 'P1M', 'P20Y']);
  });

  it('checks calendar dates and dates "today" in the UAE (UTC+4)', () => {
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(uaeDateOf(new Date('2026-12-01T19:59:59Z'))).toBe('2026-12-01');
    expect(uaeDateOf(new Date('2026-12-01T20:00:00Z'))).toBe('2026-12-02');
  });
});
