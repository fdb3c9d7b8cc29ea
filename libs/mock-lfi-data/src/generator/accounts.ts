import { imposedAccountStatus } from '../banking/account-statuses';
import type { AccountSeed, AccountSubType, LfiTenant } from '../model';
import { epochDay } from './dates';
import { uaeIban } from './iban';
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

/** The bank's code inside its IBANs: derived from the tenant alone, so it survives a new seed. */
export function bankCode(tenant: LfiTenant): string {
  return String(100 + (parseInt(stableId('', 8, 'bank-code', tenant.id), 16) % 900));
}

/**
 * 2–4 accounts; the first is always an active AED current account so every banking PSU can
 * complete an account-access or payment journey.
 */
export function generateAccounts(seed: string, tenant: LfiTenant, psu: PsuIdentity, index: number): AccountSeed[] {
  const random = new SeededRandom(`${seed}|${tenant.id}|accounts|${index}`);
  const extras = random.shuffle(EXTRA_SUBTYPES).slice(0, random.int(1, 3));
  const subTypes: AccountSubType[] = ['CurrentAccount', ...extras];
  const accounts = subTypes.map((subType, position) => account(random, { seed, tenant, psu, index, subType, position }));
  // Drawn above as before, then overridden, so the random streams stay aligned with older seeds.
  return accounts.map((a, position) => ({ ...a, status: imposedAccountStatus(index, position, accounts.length) ?? a.status }));
}

interface AccountContext {
  seed: string;
  tenant: LfiTenant;
  psu: PsuIdentity;
  index: number;
  subType: AccountSubType;
  position: number;
}

function account(random: SeededRandom, ctx: AccountContext): AccountSeed {
  const primary = ctx.position === 0;
  const business = !primary && ctx.subType === 'CurrentAccount';
  const currency = ctx.subType === 'Savings' && random.chance(0.3) ? 'USD' : 'AED';
  return {
    tenantId: ctx.tenant.id,
    accountId: stableId('acc-', 20, ctx.seed, ctx.tenant.id, ctx.index, ctx.position),
    userId: ctx.psu.userId,
    accountType: business ? 'SME' : 'Retail',
    accountSubType: ctx.subType,
    currency,
    iban: uaeIban(bankCode(ctx.tenant), random.digits(16)),
    accountHolderName: business ? `${ctx.psu.lastName} Trading LLC` : ctx.psu.fullName,
    nickname: business ? 'Business' : `${NICKNAMES[ctx.subType]}${currency === 'AED' ? '' : ` ${currency}`}`,
    // Opened at least 400 days before the epoch so the 12 months of generated history fall inside its life.
    openingDate: epochDay(-random.int(400, 365 * 12)),
    status: primary || random.chance(0.85) ? 'Active' : random.pick(['Dormant', 'Inactive'] as const),
    // Islamic finance products are Sharia-compliant by definition; others sometimes are.
    isShariaCompliant: ctx.subType === 'Finance' || random.chance(0.3),
  };
}
