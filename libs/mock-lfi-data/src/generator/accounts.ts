import { bankCodeOf } from '@hub/kernel';
import { imposedAccountStatus } from '../banking/account-statuses';
import type { AccountCurrency, AccountSeed, AccountSubType, LfiTenant } from '../model';
import { epochDay } from './dates';
import { headlessAccountId, headlessProfile, isHeadlessModelUser } from './headless-profile';
import { uaeIban } from './iban';
import { psuProfile, SME_CO_SIGNER, type PsuProfile } from './psu-profiles';
import type { PsuIdentity } from './psus';
import { SeededRandom, stableId } from './seeded-random';

const EXTRA_SUBTYPES: readonly AccountSubType[] = ['Savings', 'CreditCard', 'Mortgage', 'Finance', 'CurrentAccount'];

const NICKNAMES: Record<AccountSubType, string> = {
  CurrentAccount: 'Everyday',
  Savings: 'Savings',
  CreditCard: 'Credit Card',
  Mortgage: 'Home Loan',
  Finance: 'Auto Finance',
};

/** The bank's code inside its IBANs: the hub's rule (configured, or derived from the tenant id alone, so it survives a new seed). */
export function bankCode(tenant: LfiTenant): string {
  return bankCodeOf(tenant);
}

/**
 * The accounts of the PSU's profile, or 2–4 drawn at random; the first is always an active AED
 * current account so every banking PSU can complete an account-access or payment journey.
 */
export function generateAccounts(seed: string, tenant: LfiTenant, psu: PsuIdentity, index: number): AccountSeed[] {
  const random = new SeededRandom(`${seed}|${tenant.id}|accounts|${index}`);
  const profile = headlessProfile(tenant, index) ?? psuProfile(tenant.sector, index);
  const planned: NonNullable<PsuProfile['accounts']> = profile.accounts ?? [{ subType: 'CurrentAccount' as const }, ...random.shuffle(EXTRA_SUBTYPES).slice(0, random.int(1, 3)).map((subType) => ({ subType }))];
  const ctx = { seed, tenant, psu, index, historyMonths: profile.historyMonths, business: profile.customerCategory === 'SME' };
  const accounts = planned.map((p, position) => account(random, { ...ctx, subType: p.subType, currency: p.currency, position }));
  // Drawn above as before, then overridden, so the random streams stay aligned with older seeds.
  return accounts.map((a, position) => ({ ...a, status: imposedAccountStatus(index, position, accounts.length) ?? a.status }));
}

/**
 * A business's co-signer's own accounts (SME_CO_SIGNER): drawn from a stream and ids of their own,
 * keyed by the owner's place, so no numbered PSU's accounts move.
 */
export function generateCoSignerAccounts(seed: string, tenant: LfiTenant, psu: PsuIdentity, ownerIndex: number): AccountSeed[] {
  const random = new SeededRandom(`${seed}|${tenant.id}|co-signer-accounts|${ownerIndex}`);
  const ctx = { seed, tenant, psu, index: ownerIndex, idParts: ['co-signer', ownerIndex], historyMonths: SME_CO_SIGNER.historyMonths, business: false };
  return (SME_CO_SIGNER.accounts ?? []).map((p, position) => account(random, { ...ctx, subType: p.subType, currency: p.currency, position }));
}

interface AccountContext {
  seed: string;
  tenant: LfiTenant;
  psu: PsuIdentity;
  index: number;
  /** What the account ids are derived from besides seed, tenant and position (default: the PSU's place). */
  idParts?: readonly (string | number)[];
  subType: AccountSubType;
  /** Imposed by the profile; otherwise drawn (savings are sometimes USD). */
  currency?: AccountCurrency;
  position: number;
  historyMonths: number;
  /** Every account of an SME customer is a business account. */
  business: boolean;
}

function account(random: SeededRandom, ctx: AccountContext): AccountSeed {
  const primary = ctx.position === 0;
  const business = ctx.business || (!primary && ctx.subType === 'CurrentAccount');
  const drawn = ctx.subType === 'Savings' && random.chance(0.3) ? 'USD' : 'AED';
  const currency = ctx.currency ?? drawn;
  return {
    tenantId: ctx.tenant.id,
    accountId: accountIdOf(ctx),
    userId: ctx.psu.userId,
    accountType: business ? 'SME' : 'Retail',
    accountSubType: ctx.subType,
    currency,
    iban: uaeIban(bankCode(ctx.tenant), random.digits(16)),
    accountHolderName: business ? `${ctx.psu.lastName} Trading LLC` : ctx.psu.fullName,
    nickname: nicknameOf(ctx, business, currency),
    // Opened at least a month before its generated history starts, so the history falls inside its life.
    openingDate: epochDay(-random.int(400 + (ctx.historyMonths - 12) * 31, 365 * 12)),
    status: primary || random.chance(0.85) ? 'Active' : random.pick(['Dormant', 'Inactive'] as const),
    // Islamic finance products are Sharia-compliant by definition; others sometimes are.
    isShariaCompliant: ctx.subType === 'Finance' || random.chance(0.3),
    historyMonths: ctx.historyMonths,
  };
}

function accountIdOf(ctx: AccountContext): string {
  if (!ctx.idParts && isHeadlessModelUser(ctx.tenant, ctx.index)) return headlessAccountId(ctx.position);
  return stableId('acc-', 20, ctx.seed, ctx.tenant.id, ...(ctx.idParts ?? [ctx.index]), ctx.position);
}

function nicknameOf(ctx: AccountContext, business: boolean, currency: AccountCurrency): string {
  const suffix = currency === 'AED' ? '' : ` ${currency}`;
  if (!business) return `${NICKNAMES[ctx.subType]}${suffix}`;
  return ctx.subType === 'CurrentAccount' ? 'Business' : `Business ${NICKNAMES[ctx.subType]}${suffix}`;
}
