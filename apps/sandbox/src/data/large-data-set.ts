import { generateAccountActivity, lfiPsus, type LfiTenant } from '@hub/mock-lfi-data';
import { seedMockLfi, type SeedResult } from '@hub/mock-lfi-store';
import type { DataSource } from 'typeorm';

/** How far a tenant's data set must reach: a number of PSUs, or of transactions across their accounts. */
export type DataSetTarget = { psus: number } | { transactions: number };

export interface DataSetPlan {
  tenant: LfiTenant;
  psus: number;
  accounts: number;
  policies: number;
  transactions: number;
}

export type Progress = (done: number, total: number) => void;

/**
 * Walks the tenant's PSUs in order until the target is reached, counting what they hold.
 * Transactions are not stored (the mock LFI derives them on demand), so counting them means
 * generating each account's history once: that is the slow part and what the progress reports.
 */
export function planDataSet(tenant: LfiTenant, seed: string, target: DataSetTarget, progress?: Progress): DataSetPlan {
  const plan: DataSetPlan = { tenant, psus: 0, accounts: 0, policies: 0, transactions: 0 };
  const goal = 'psus' in target ? target.psus : target.transactions;
  for (const { accounts, policies } of lfiPsus(tenant, seed)) {
    plan.psus += 1;
    plan.accounts += accounts.length;
    plan.policies += policies.length;
    for (const account of accounts) plan.transactions += generateAccountActivity(seed, account).transactions.length;
    const reached = 'psus' in target ? plan.psus : plan.transactions;
    progress?.(Math.min(reached, goal), goal);
    if (reached >= goal) break;
  }
  const reached = 'psus' in target ? plan.psus : plan.transactions;
  if (reached < goal) throw new RangeError(`${plan.tenant.id} cannot reach ${goal}: the generator stops at ${plan.psus} PSUs (${reached} reached)`);
  return plan;
}

/** Stores the planned PSUs; those already stored stay as they are (see seedMockLfi). */
export function storeDataSet(ds: DataSource, plan: DataSetPlan, seed: string, progress?: Progress): Promise<SeedResult> {
  return seedMockLfi(ds, [plan.tenant], seed, { psuCount: plan.psus, onStored: progress });
}
