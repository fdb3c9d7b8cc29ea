import type { MockFxDeskConfig } from '../settings/desk-settings';
import { retryDelayMs, stepAfter, stepAfterAcceptance } from './fx-quote-steps';

describe('FX quote steps', () => {
  const desk = { fundedAfterMs: 1_000, actionedAfterMs: 2_000, completedAfterMs: 3_000 } as MockFxDeskConfig;
  const at = new Date('2026-03-01T10:00:00.000Z');

  it('follows acceptance with Funded, Actioned and Completed, each delay counted from the previous step', () => {
    expect(stepAfterAcceptance(desk, at)).toEqual({ status: 'Funded', at: new Date('2026-03-01T10:00:01.000Z') });
    expect(stepAfter('Funded', desk, at)).toEqual({ status: 'Actioned', at: new Date('2026-03-01T10:00:02.000Z') });
    expect(stepAfter('Actioned', desk, at)).toEqual({ status: 'Completed', at: new Date('2026-03-01T10:00:03.000Z') });
    expect(stepAfter('Completed', desk, at)).toBeUndefined();
    expect(stepAfter('Expired', desk, at)).toBeUndefined();
  });

  it('backs off 2 s, 4 s, 8 s … up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 50].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
