import type { AccountSeed, GenerateOptions, InsurancePolicySeed, LfiData, LfiTenant, PsuSeed } from '../model';
import { MOCK_LFI_DEFAULT_PSU_COUNT } from '../seed-inputs';
import { generateAccounts, generateCoSignerAccounts } from './accounts';
import { generatePolicies } from './policies';
import { businessOwnerPlaces } from './psu-profiles';
import { generateCoSigner, generatePsu, type PsuIdentity } from './psus';

/** Enough for a data set of millions of transactions; PSUs are generated one at a time. */
export const MAX_PSUS_PER_TENANT = 200_000;
const MAX_PSUS = MAX_PSUS_PER_TENANT;

/** One PSU with everything it holds. */
export interface PsuHoldings {
  psu: PsuSeed;
  accounts: AccountSeed[];
  policies: InsurancePolicySeed[];
}

/**
 * The synthetic data of one tenant. Pure: the same seed and tenant give byte-identical output on
 * every machine (no clock, no Math.random).
 */
export function generateLfiData(tenant: LfiTenant, seed: string, opts: GenerateOptions = {}): LfiData {
  const count = psuCount(opts);
  const data: LfiData = { psus: [], accounts: [], policies: [] };
  let done = 0;
  for (const { psu, accounts, policies } of lfiPsus(tenant, seed)) {
    data.psus.push(psu);
    data.accounts.push(...accounts);
    data.policies.push(...policies);
    done += 1;
    opts.onPsu?.(done, count);
    if (done === count) break;
  }
  return data;
}

/**
 * The tenant's PSUs in order, without end: each draws from its own streams, so the first N are
 * the same whatever N, and a caller can stop when it has enough (e.g. enough transactions). A
 * business owner is followed by its co-signer, whose streams are keyed by the owner's place, so
 * numbered PSUs keep their data; they come one place later than before the co-signer existed.
 */
export function* lfiPsus(tenant: LfiTenant, seed: string): Generator<PsuHoldings> {
  const taken = new Set<string>();
  const owners = new Set(businessOwnerPlaces(tenant.sector));
  for (let index = 0; index < MAX_PSUS; index += 1) {
    const identity = generatePsu(seed, tenant, index, taken);
    const accounts = tenant.sector === 'banking' ? generateAccounts(seed, tenant, identity, index) : [];
    const policies = tenant.sector === 'insurance' ? generatePolicies(seed, tenant, identity, index) : [];
    yield holdings(identity, accounts, policies);
    if (owners.has(index)) {
      const coSigner = generateCoSigner(seed, tenant, index, taken);
      yield holdings(coSigner, generateCoSignerAccounts(seed, tenant, coSigner, index), []);
    }
  }
}

function holdings({ lastName: _lastName, ...psu }: PsuIdentity, accounts: AccountSeed[], policies: InsurancePolicySeed[]): PsuHoldings {
  return { psu: { ...psu, accountIds: accounts.map((a) => a.accountId), insurancePolicyIds: policies.map((p) => p.insurancePolicyId) }, accounts, policies };
}

function psuCount(opts: GenerateOptions): number {
  const count = opts.psuCount ?? MOCK_LFI_DEFAULT_PSU_COUNT;
  if (!Number.isInteger(count) || count < 1 || count > MAX_PSUS) {
    throw new RangeError(`psuCount must be an integer from 1 to ${MAX_PSUS}, got ${count}`);
  }
  return count;
}
