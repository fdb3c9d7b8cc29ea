import type { LfiTenant } from '../model';
import { MOCK_LFI_DEFAULT_SEED } from '../seed-inputs';
import { businessOf } from './business-users';
import { generateLfiData } from './generate-lfi-data';

const bank: LfiTenant = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' };
const insurer: LfiTenant = { id: 'gamma-insurance', name: 'Gamma Insurance', sector: 'insurance' };
const SEED = MOCK_LFI_DEFAULT_SEED;
const data = generateLfiData(bank, SEED);
const byProfile = (profile: string) => data.psus.filter((p) => p.profile === profile);

describe('a business with two users', () => {
  const [owner] = byProfile('sme-owner');
  const [coSigner] = byProfile('sme-co-signer');

  it('seeds one co-signer, right after the SME owner, among the default users', () => {
    expect(byProfile('sme-co-signer')).toHaveLength(1);
    expect(data.psus.indexOf(coSigner)).toBe(data.psus.indexOf(owner) + 1);
  });

  it('gives the co-signer its own sign-in, in a username space no numbered PSU can take', () => {
    expect(coSigner.userId).toMatch(/^psu-[0-9a-f]{12}$/);
    expect(coSigner.username).toMatch(/^[a-z]+\.[a-z]+\.finance$/);
    expect(coSigner.password).toMatch(/^Sandbox-[A-Za-z]+-\d{2}$/);
    expect(coSigner.otp).toMatch(/^\d{6}$/);
    expect(coSigner.fullName).not.toBe(owner.fullName);
    for (const other of generateLfiData(bank, SEED, { psuCount: 300 }).psus.filter((p) => p.userId !== coSigner.userId)) expect(other.username.split('.').length).toBeLessThan(3);
  });

  it('gives the co-signer a personal account only: the business accounts stay the owner\'s', () => {
    const own = data.accounts.filter((a) => a.userId === coSigner.userId);
    expect(own.map((a) => [a.accountType, a.accountSubType, a.currency, a.status])).toEqual([['Retail', 'CurrentAccount', 'AED', 'Active']]);
    expect(own.map((a) => a.accountId)).toEqual(coSigner.accountIds);
    expect(data.accounts.filter((a) => a.userId === owner.userId).every((a) => a.accountType === 'SME')).toBe(true);
  });

  it('names both users, the owner first, for either of them', () => {
    const business = { ownerUserId: owner.userId, userIds: [owner.userId, coSigner.userId] };
    expect(businessOf(SEED, bank, owner.userId)).toEqual(business);
    expect(businessOf(SEED, bank, coSigner.userId)).toEqual(business);
  });

  it('names no business for anyone else, another seed or an insurer', () => {
    for (const psu of data.psus.filter((p) => p !== owner && p !== coSigner)) expect(businessOf(SEED, bank, psu.userId)).toBeUndefined();
    expect(businessOf('another-seed', bank, owner.userId)).toBeUndefined();
    expect(businessOf(SEED, { ...bank, id: 'beta-bank' }, owner.userId)).toBeUndefined();
    expect(businessOf(SEED, insurer, generateLfiData(insurer, SEED).psus[4].userId)).toBeUndefined();
  });
});
