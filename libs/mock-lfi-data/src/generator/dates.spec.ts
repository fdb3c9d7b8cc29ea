import { endOfTerm, epochDay } from './dates';

describe('generation dates', () => {
  it('counts days from the fixed epoch, in UTC', () => {
    expect(epochDay(0)).toBe('2026-01-01');
    expect(epochDay(-1)).toBe('2025-12-31');
    expect(epochDay(59)).toBe('2026-03-01');
  });

  it('ends a term the day before its anniversary', () => {
    expect(endOfTerm('2025-03-15', 1)).toBe('2026-03-14');
    expect(endOfTerm('2024-03-01', 1)).toBe('2025-02-28');
    expect(endOfTerm('2025-11-07', 20)).toBe('2045-11-06');
  });
});
