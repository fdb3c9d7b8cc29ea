import type { AccountSeed, GenerateOptions, InsurancePolicySeed, LfiData, LfiTenant, PsuSeed } from '../model';
import { MOCK_LFI_DEFAULT_PSU_COUNT } from '../seed-inputs';
import { generateAccounts } from './accounts';
import { generatePolicies } from './policies';
import { generatePsu } from './psus';

const MAX_PSUS = 1000;

/**
 * The synthetic data of one tenant. Pure: the same seed and tenant give byte-identical output on
 * every machine (no clock, no Math.random).
 */
export function generateLfiData(tenant: LfiTenant, seed: string, opts: GenerateOptions = {}): LfiData {
  const count = psuCount(opts);
  const taken = new Set<string>();
  const data: LfiData = { psus: [], accounts: [], policies: [] };
  for (let index = 0; index < count; index += 1) {
    const identity = generatePsu(seed, tenant, index, taken);
    const accounts: AccountSeed[] = tenant.sector === 'banking' ? generateAccounts(seed, tenant, identity, index) : [];
    const policies: InsurancePolicySeed[] =
      tenant.sector === 'insurance' ? generatePolicies(seed, tenant, identity, index) : [];
    const { lastName: _lastName, ...psu } = identity;
    data.psus.push(withHoldings(psu, accounts, policies));
    data.accounts.push(...accounts);
    data.policies.push(...policies);
  }
  return data;
}

function psuCount(opts: GenerateOptions): number {
  const count = opts.psuCount ?? MOCK_LFI_DEFAULT_PSU_COUNT;
  if (!Number.isInteger(count) || count < 1 || count > MAX_PSUS) {
    throw new RangeError(`psuCount must be an integer from 1 to ${MAX_PSUS}, got ${count}`);
  }
  return count;
}

function withHoldings(
  psu: Omit<PsuSeed, 'accountIds' | 'insurancePolicyIds'>,
  accounts: AccountSeed[],
  policies: InsurancePolicySeed[],
): PsuSeed {
  return {
    ...psu,
    accountIds: accounts.map((account) => account.accountId),
    insurancePolicyIds: policies.map((policy) => policy.insurancePolicyId),
  };
}
