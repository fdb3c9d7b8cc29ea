import { createHash } from 'node:crypto';
import type { LfiData, LfiTenant } from '../model';
import { MOCK_LFI_DEFAULT_PSU_COUNT, MOCK_LFI_DEFAULT_SEED, MOCK_LFI_DEMO_PSU } from '../seed-inputs';
import { generateLfiData } from './generate-lfi-data';
import { isValidUaeIban } from './iban';

const bank: LfiTenant = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' };
const otherBank: LfiTenant = { id: 'beta-bank', name: 'Beta Bank', sector: 'banking' };
const insurer: LfiTenant = { id: 'gamma-insurance', name: 'Gamma Insurance', sector: 'insurance' };
const SEED = MOCK_LFI_DEFAULT_SEED;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function digestOf(data: LfiData[]): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

function unique(values: string[]): boolean {
  return new Set(values).size === values.length;
}

describe('generateLfiData: determinism', () => {
  it('gives identical output for the same seed and tenant', () => {
    expect(generateLfiData(bank, SEED)).toEqual(generateLfiData(bank, SEED));
    expect(JSON.stringify(generateLfiData(insurer, SEED))).toBe(JSON.stringify(generateLfiData(insurer, SEED)));
  });

  it('gives different data for another seed or another tenant', () => {
    expect(generateLfiData(bank, 'another-seed')).not.toEqual(generateLfiData(bank, SEED));
    expect(generateLfiData(otherBank, SEED).accounts).not.toEqual(generateLfiData(bank, SEED).accounts);
  });

  it('derives the user id from seed, tenant and index only', () => {
    // sha256('uae-open-finance-sandbox|alpha-bank|0'), first 12 hex digits.
    const expected = 'psu-' + createHash('sha256').update(`${SEED}|alpha-bank|0`).digest('hex').slice(0, 12);
    expect(generateLfiData(bank, SEED).psus[0].userId).toBe(expected);
  });

  it('matches the pinned digest of the default data', () => {
    // Catches accidental platform-dependence. When the generator changes on purpose, every
    // sandbox's data (and any doc quoting it) changes too: update the digest deliberately.
    // Last changed on purpose for the SME's co-signer (a sixth default user); the numbered
    // users are pinned unchanged by the next test.
    expect(digestOf([bank, otherBank, insurer].map((tenant) => generateLfiData(tenant, SEED)))).toBe('a933dd3311daf2adcdb455a240e34a28293b27629d89762ca5b66d1e6b057345');
  });

  it('adds the co-signer without changing any numbered PSU (digests of the generator before it)', () => {
    const withoutCoSigners = (data: LfiData): LfiData => {
      const coSigners = new Set(data.psus.filter((p) => p.profile === 'sme-co-signer').map((p) => p.userId));
      return { psus: data.psus.filter((p) => !coSigners.has(p.userId)), accounts: data.accounts.filter((a) => !coSigners.has(a.userId)), policies: data.policies };
    };
    // The five default PSUs come first, as before; from the sixth place on, PSU n sits at place n + 1.
    expect(digestOf([bank, otherBank, insurer].map((tenant) => generateLfiData(tenant, SEED, { psuCount: 5 })))).toBe('7ad34aed7259e5392a09431e8f39646d7c13eaeb6996641ebab2e83bf7d35ea7');
    const forty = [bank, otherBank, insurer].map((tenant) => withoutCoSigners(generateLfiData(tenant, SEED, { psuCount: tenant.sector === 'banking' ? 41 : 40 })));
    expect(forty.map((d) => d.psus.length)).toEqual([40, 40, 40]);
    expect(digestOf(forty)).toBe('3e80fadf0d18f99d1374f0a6681a40351c2d770528ebf11cb2f3a146a2597c8b');
  });

  it('keeps existing PSUs unchanged when the PSU count grows', () => {
    const three = generateLfiData(bank, SEED, { psuCount: 3 });
    const five = generateLfiData(bank, SEED, { psuCount: 5 });
    expect(five.psus.slice(0, 3)).toEqual(three.psus);
    expect(five.accounts.slice(0, three.accounts.length)).toEqual(three.accounts);
  });
});

describe('generateLfiData: shape', () => {
  it('creates the configured number of PSUs by default', () => {
    expect(generateLfiData(bank, SEED).psus).toHaveLength(MOCK_LFI_DEFAULT_PSU_COUNT);
  });

  it('gives the first PSU of every tenant the documented demo credentials', () => {
    for (const tenant of [bank, otherBank, insurer]) {
      const [first] = generateLfiData(tenant, 'any-seed').psus;
      expect({ username: first.username, password: first.password, otp: first.otp }).toEqual(MOCK_LFI_DEMO_PSU);
    }
  });

  it('fills PSU fields in the agreed formats', () => {
    for (const psu of generateLfiData(bank, SEED, { psuCount: 20 }).psus) {
      expect(psu.userId).toMatch(/^psu-[0-9a-f]{12}$/);
      expect(psu.username).toMatch(/^[a-z0-9.]+$/);
      expect(psu.password).toMatch(/^Sandbox-[A-Za-z]+-\d{2}$/);
      expect(psu.otp).toMatch(/^\d{6}$/);
      expect(psu.emiratesId).toMatch(/^784-\d{4}-\d{7}-\d$/);
      expect(psu.fullName).toMatch(/^\S+ .+$/);
    }
  });

  it('keeps usernames and ids unique within a tenant, even with many PSUs', () => {
    const data = generateLfiData(bank, SEED, { psuCount: 300 });
    expect(unique(data.psus.map((p) => p.username))).toBe(true);
    expect(unique(data.psus.map((p) => p.userId))).toBe(true);
    expect(unique(data.accounts.map((a) => a.accountId))).toBe(true);
    expect(unique(data.accounts.map((a) => a.iban))).toBe(true);
  });

  it('refuses a PSU count that is not a positive integer', () => {
    for (const psuCount of [0, -1, 1.5, 200_001]) {
      expect(() => generateLfiData(bank, SEED, { psuCount })).toThrow(RangeError);
    }
  });
});

describe('generateLfiData: banking tenants', () => {
  const data: LfiData = generateLfiData(bank, SEED, { psuCount: 40 });

  it('gives every PSU without a fixed profile 2–4 accounts, and no PSU policies', () => {
    expect(data.policies).toEqual([]);
    for (const psu of data.psus) expect(psu.insurancePolicyIds).toEqual([]);
    for (const psu of data.psus.filter((p) => p.profile === 'everyday')) {
      expect(psu.accountIds.length).toBeGreaterThanOrEqual(2);
      expect(psu.accountIds.length).toBeLessThanOrEqual(4);
      expect(psu.insurancePolicyIds).toEqual([]);
    }
  });

  it('gives every PSU an active AED current account', () => {
    for (const psu of data.psus) {
      const own = data.accounts.filter((a) => a.userId === psu.userId);
      expect(own.map((a) => a.accountId)).toEqual(psu.accountIds);
      expect(own.some((a) => a.accountSubType === 'CurrentAccount' && a.currency === 'AED' && a.status === 'Active')).toBe(
        true,
      );
    }
  });

  it('produces valid UAE IBANs, opaque ids and ISO dates before the epoch', () => {
    for (const account of data.accounts) {
      expect(isValidUaeIban(account.iban)).toBe(true);
      expect(account.accountId.length).toBeGreaterThanOrEqual(1);
      expect(account.accountId.length).toBeLessThanOrEqual(40);
      expect(account.openingDate).toMatch(ISO_DATE);
      expect(account.openingDate < '2026-01-01').toBe(true);
      expect(account.tenantId).toBe(bank.id);
    }
  });

  it('uses one bank code for all IBANs of a tenant', () => {
    expect(new Set(data.accounts.map((a) => a.iban.slice(4, 7))).size).toBe(1);
  });
});

describe('generateLfiData: insurance tenants', () => {
  const data: LfiData = generateLfiData(insurer, SEED, { psuCount: 40 });

  it('gives every PSU 1–3 policies on distinct lines and no accounts', () => {
    expect(data.accounts).toEqual([]);
    for (const psu of data.psus) {
      const own = data.policies.filter((p) => p.userId === psu.userId);
      expect(own.map((p) => p.insurancePolicyId)).toEqual(psu.insurancePolicyIds);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
      expect(unique(own.map((p) => p.line))).toBe(true);
      expect(own[0].status).toBe('Active');
      expect(psu.accountIds).toEqual([]);
    }
  });

  it('fills dates and premiums consistently', () => {
    for (const policy of data.policies) {
      expect(policy.startDate).toMatch(ISO_DATE);
      expect(policy.endDate > policy.startDate).toBe(true);
      expect(policy.premiumAmount).toMatch(/^\d+\.\d{2}$/);
      if (policy.status === 'Expired') expect(policy.endDate < '2026-01-01').toBe(true);
    }
    expect(unique(data.policies.map((p) => p.insurancePolicyId))).toBe(true);
  });
});
