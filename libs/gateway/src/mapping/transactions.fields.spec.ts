import { toLocalTimeZone } from './transactions.fields';

describe('transactions field map', () => {
  it.each([
    ['UTC+04:00', 'UTC+04:00'],
    ['2025-05-29T10:00:00+04:00', 'UTC+04:00'],
    ['2025-05-29T10:00:00.123Z', 'UTC+00:00'],
    ['Asia/Dubai', undefined],
    ['not a date+04:00', undefined],
  ])('toLocalTimeZone(%j) = %j', (given, expected) => expect(toLocalTimeZone(given)).toBe(expected));
});
