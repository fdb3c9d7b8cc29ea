import { accountRow, dubaiDate } from './account-opening-account';
import { canOperatorReject, canUserDecide, openingFollowUpOf, OPENING_STATUSES, openingRetryDelayMs, type OpeningProgress } from './account-opening-status';

const progress = (openingStatus: string, nextStatus: string | null = null, decidedAt: string | null = null): OpeningProgress => ({ openingStatus, nextStatus, decidedAt });

describe('account opening rules', () => {
  it('lets the user answer only while the opening waits for them, and only once', () => {
    expect(canUserDecide(progress('Pending'))).toBe(true);
    expect(canUserDecide(progress('Pending', 'AwaitingUserInput'))).toBe(true);
    expect(canUserDecide(progress('AwaitingUserInput'))).toBe(true);
    expect(canUserDecide(progress('AwaitingUserInput', null, '2026-01-01T00:00:00.000Z'))).toBe(false);
    expect(canUserDecide(progress('AwaitingUserInput', 'Rejected'))).toBe(false);
    for (const status of ['AwaitingLFIProcesses', 'Completed', 'Rejected']) expect(canUserDecide(progress(status))).toBe(false);
  });

  it('lets the back office reject anything not final nor on its way to final', () => {
    const allowed = OPENING_STATUSES.filter((s) => canOperatorReject(progress(s)));
    expect(allowed).toEqual(['Pending', 'AwaitingUserInput', 'AwaitingLFIProcesses']);
    expect(canOperatorReject(progress('AwaitingLFIProcesses', 'Completed'))).toBe(false);
    expect(canOperatorReject(progress('AwaitingUserInput', 'AwaitingLFIProcesses'))).toBe(true);
  });

  it('completes by itself only after the LFI processes started', () => {
    const timing = { awaitingUserInputAfterMs: 1, completedAfterMs: 7 };
    expect(openingFollowUpOf('AwaitingLFIProcesses', timing)).toEqual({ status: 'Completed', afterMs: 7 });
    for (const status of ['Pending', 'AwaitingUserInput', 'Completed', 'Rejected'] as const) expect(openingFollowUpOf(status, timing)).toBeUndefined();
  });

  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4, 10, 100].map((n) => openingRetryDelayMs(n, 1000, 30_000))).toEqual([1000, 2000, 4000, 8000, 30_000, 30_000]);
  });
});

describe('the account of a completed opening', () => {
  const psu = { userId: 'psu-1', fullName: 'Hamad Ali', customerCategory: 'Retail' as const };

  it('is an Active account of the PSU, opened today in Dubai, with no history', () => {
    const row = accountRow({ tenantId: 't', accountId: 'a', psu, accountSubType: 'Savings', currency: 'USD' }, 'AE070331234567890123456', new Date('2026-03-01T21:30:00Z'));
    expect(row).toMatchObject({ userId: 'psu-1', accountHolderName: 'Hamad Ali', accountType: 'Retail', status: 'Active', historyMonths: 0, openingDate: '2026-03-02', nickname: 'Savings USD' });
  });

  it('is a business account for an SME customer', () => {
    const row = accountRow({ tenantId: 't', accountId: 'a', psu: { ...psu, customerCategory: 'SME' }, accountSubType: 'CurrentAccount', currency: 'AED' }, 'AE07', new Date());
    expect(row).toMatchObject({ accountType: 'SME', nickname: 'Everyday' });
  });

  it('dates in Dubai time', () => {
    expect(dubaiDate(new Date('2026-12-31T19:59:59Z'))).toBe('2026-12-31');
    expect(dubaiDate(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});
