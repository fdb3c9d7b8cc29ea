import { timeOrderedUuid } from './time-ordered-id';

describe('timeOrderedUuid', () => {
  it('is a UUID of version 7 carrying the time', () => {
    const id = timeOrderedUuid(Date.parse('2026-02-01T10:00:00.000Z'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse('2026-02-01T10:00:00.000Z'));
  });

  it('sorts in the order made, also within one millisecond and when the clock steps back', () => {
    const at = Date.parse('2026-03-01T00:00:00.000Z');
    const ids = [...Array.from({ length: 5000 }, () => timeOrderedUuid(at)), timeOrderedUuid(at - 1000), timeOrderedUuid(at + 5000)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
