import { retryDelayMs, stepAfter, stepAfterPolicyRequest } from './insurance-quote-steps';

const DESK = { quoteTtlSeconds: 3600, commissionBps: 1000, stepAfterMs: 1000 };
const NOW = new Date('2026-12-01T10:00:00.000Z');

describe('insurance quote steps', () => {
  it('moves a requested policy through ApplicationApproved, PaymentRequired, PolicyIssued and Completed', () => {
    const first = stepAfterPolicyRequest(DESK, NOW);
    expect(first).toEqual({ status: 'ApplicationApproved', at: new Date('2026-12-01T10:00:01.000Z') });
    const chain = [first.status];
    for (let step = stepAfter(first.status, DESK, NOW); step; step = stepAfter(step.status, DESK, NOW)) chain.push(step.status);
    expect(chain).toEqual(['ApplicationApproved', 'PaymentRequired', 'PolicyIssued', 'Completed']);
    expect(stepAfter('Expired', DESK, NOW)).toBeUndefined();
  });

  it('backs off 2 s, 4 s, 8 s … up to 30 s between attempts', () => {
    expect([0, 1, 2, 3, 4, 20].map(retryDelayMs)).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
