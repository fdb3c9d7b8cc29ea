import type { PeriodType } from './control-types';
import { periodContaining } from './periods';

/** UAE time is UTC+04:00: a UAE midnight is 20:00Z of the day before. */
describe('periodContaining (UAE time)', () => {
  it.each<[PeriodType, string, string, string, string]>([
    // Day: the calendar day in UAE time, whatever the start date.
    ['Day', '2026-03-01', '2026-03-10T08:00:00Z', '2026-03-09T20:00:00.000Z', '2026-03-10T20:00:00.000Z'],
    ['Day', '2026-03-01', '2026-03-10T19:59:59.999Z', '2026-03-09T20:00:00.000Z', '2026-03-10T20:00:00.000Z'],
    ['Day', '2026-03-01', '2026-03-10T20:00:00Z', '2026-03-10T20:00:00.000Z', '2026-03-11T20:00:00.000Z'],
    // Week: sevens of days counted from PeriodStartDate (a Tuesday here).
    ['Week', '2026-03-03', '2026-03-03T00:00:00Z', '2026-03-02T20:00:00.000Z', '2026-03-09T20:00:00.000Z'],
    ['Week', '2026-03-03', '2026-03-09T19:59:59Z', '2026-03-02T20:00:00.000Z', '2026-03-09T20:00:00.000Z'],
    ['Week', '2026-03-03', '2026-03-09T20:00:00Z', '2026-03-09T20:00:00.000Z', '2026-03-16T20:00:00.000Z'],
    ['Week', '2026-03-03', '2026-05-01T10:00:00Z', '2026-04-27T20:00:00.000Z', '2026-05-04T20:00:00.000Z'],
    // Month: the calendar month, whatever day the schedule started on.
    ['Month', '2026-01-31', '2026-02-14T12:00:00Z', '2026-01-31T20:00:00.000Z', '2026-02-28T20:00:00.000Z'],
    ['Month', '2026-01-15', '2026-02-28T20:30:00Z', '2026-02-28T20:00:00.000Z', '2026-03-31T20:00:00.000Z'],
    ['Month', '2026-01-15', '2026-12-31T12:00:00Z', '2026-11-30T20:00:00.000Z', '2026-12-31T20:00:00.000Z'],
    // Year: twelve months from PeriodStartDate's anniversary.
    ['Year', '2026-03-15', '2027-03-14T12:00:00Z', '2026-03-14T20:00:00.000Z', '2027-03-14T20:00:00.000Z'],
    ['Year', '2026-03-15', '2027-03-14T20:00:00Z', '2027-03-14T20:00:00.000Z', '2028-03-14T20:00:00.000Z'],
    ['Year', '2024-02-29', '2025-03-01T08:00:00Z', '2025-02-27T20:00:00.000Z', '2026-02-27T20:00:00.000Z'],
  ])('%s from %s holding %s is [%s, %s)', (type, startDate, now, start, end) => {
    const period = periodContaining(type, startDate, new Date(now));
    expect([period.start.toISOString(), period.end.toISOString()]).toEqual([start, end]);
  });

  it('refuses a start date that is not a calendar date', () => {
    expect(() => periodContaining('Day', '2026-02-30', new Date())).toThrow(RangeError);
    expect(() => periodContaining('Week', 'yesterday', new Date())).toThrow(RangeError);
  });
});
