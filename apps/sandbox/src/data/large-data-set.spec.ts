import { generateAccountActivity, generateLfiData, type LfiTenant } from '@hub/mock-lfi-data';
import { planDataSet, type DataSetTarget } from './large-data-set';

const ALPHA: LfiTenant = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' };
const GAMMA: LfiTenant = { id: 'gamma-insurance', name: 'Gamma Insurance', sector: 'insurance' };
const SEED = 'large-data-set-spec';

/** The progress calls a plan makes, in order. */
function progressOf(tenant: LfiTenant, target: DataSetTarget): [number, number][] {
  const calls: [number, number][] = [];
  planDataSet(tenant, SEED, target, (done, total) => calls.push([done, total]));
  return calls;
}

describe('planDataSet', () => {
  it('counts the accounts and transactions of the first N PSUs, as the generator makes them', () => {
    const data = generateLfiData(ALPHA, SEED, { psuCount: 3 });
    const transactions = data.accounts.reduce((sum, account) => sum + generateAccountActivity(SEED, account).transactions.length, 0);

    const plan = planDataSet(ALPHA, SEED, { psus: 3 });

    expect(plan).toEqual({ tenant: ALPHA, psus: 3, accounts: data.accounts.length, policies: 0, transactions });
    expect(plan.accounts).toBe(data.psus.reduce((sum, psu) => sum + psu.accountIds.length, 0));
    expect(plan.accounts).toBeGreaterThan(0);
    expect(plan.transactions).toBeGreaterThan(0);
  });

  it('takes the fewest PSUs that reach a transaction target', () => {
    const plan = planDataSet(ALPHA, SEED, { transactions: 3000 });

    expect(plan.transactions).toBeGreaterThanOrEqual(3000);
    expect(plan.psus).toBeGreaterThan(1);
    expect(planDataSet(ALPHA, SEED, { psus: plan.psus - 1 }).transactions).toBeLessThan(3000);
    // Both kinds of target walk the same PSUs: the plan for that many PSUs is the same plan.
    expect(planDataSet(ALPHA, SEED, { psus: plan.psus })).toEqual(plan);
  });

  it.each<[string, DataSetTarget, number]>([
    ['transactions', { transactions: 3000 }, 3000],
    ['PSUs', { psus: 7 }, 7],
  ])('reports progress towards a target of %s that never goes back and ends at the goal', (_kind, target, goal) => {
    const calls = progressOf(ALPHA, target);

    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every(([, total]) => total === goal)).toBe(true);
    expect(calls.every(([done], i) => done <= goal && (i === 0 || done >= calls[i - 1][0]))).toBe(true);
    expect(calls.at(-1)).toEqual([goal, goal]);
  });

  it('counts policies, and neither accounts nor transactions, for an insurer', () => {
    const plan = planDataSet(GAMMA, SEED, { psus: 4 });

    expect(plan.psus).toBe(4);
    expect(plan.policies).toBeGreaterThan(0);
    expect(plan.policies).toBe(generateLfiData(GAMMA, SEED, { psuCount: 4 }).policies.length);
    expect(plan.accounts).toBe(0);
    expect(plan.transactions).toBe(0);
  });

  it('is deterministic: the same tenant, seed and target give the same plan', () => {
    expect(planDataSet(ALPHA, SEED, { transactions: 3000 })).toEqual(planDataSet(ALPHA, SEED, { transactions: 3000 }));
    expect(planDataSet(ALPHA, SEED, { psus: 5 })).toEqual(planDataSet(ALPHA, SEED, { psus: 5 }));
    expect(progressOf(ALPHA, { transactions: 3000 })).toEqual(progressOf(ALPHA, { transactions: 3000 }));
  });
});
