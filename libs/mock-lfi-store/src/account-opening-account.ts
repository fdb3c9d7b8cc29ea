import { toInstant } from '@hub/persistence';
import { randomInt } from 'node:crypto';
import { bankCode } from '@hub/mock-lfi-data';
import { uaeIban } from '@hub/mock-lfi-data';
import type { AccountCurrency, AccountSubType } from '@hub/mock-lfi-data';
import { AccountEntity } from './account.entity';
import type { PsuEntity } from './psu.entity';
import { findAccount, type MockLfiDb } from './queries';

/** What the back office needs to open the account of a completed opening. */
export interface AccountToOpen {
  tenantId: string;
  /** The opening's AccountId becomes the account's id, so the TPP can ask for it by that id. */
  accountId: string;
  psu: Pick<PsuEntity, 'userId' | 'fullName' | 'customerCategory'>;
  accountSubType: Extract<AccountSubType, 'CurrentAccount' | 'Savings'>;
  currency: AccountCurrency;
}

const IBAN_TRIES = 5;

/**
 * Opens the account: an Active account of the PSU with a fresh IBAN of this bank, opened today and
 * with no history yet. Idempotent by account id, so a step reported again never opens two.
 */
export async function openAccount(db: MockLfiDb, input: AccountToOpen, now: Date, digits: () => string = randomDigits16): Promise<AccountEntity> {
  for (let attempt = 0; attempt < IBAN_TRIES; attempt += 1) {
    const existing = await findAccount(db, input.tenantId, input.accountId);
    if (existing) return existing;
    const iban = uaeIban(bankCode({ id: input.tenantId, name: input.tenantId, sector: 'banking' }), digits());
    if (await db.getRepository(AccountEntity).existsBy({ tenantId: input.tenantId, iban })) continue;
    const row = accountRow(input, iban, now);
    try {
      await db.getRepository(AccountEntity).insert(row);
      return row;
    } catch (error) {
      // Another opening took the IBAN (or this one was opened) in between: look again.
      if (attempt === IBAN_TRIES - 1) throw error;
    }
  }
  throw new Error(`No free IBAN found for account ${input.accountId} of ${input.tenantId}`);
}

export function accountRow(input: AccountToOpen, iban: string, now: Date): AccountEntity {
  const business = input.psu.customerCategory === 'SME';
  return {
    tenantId: input.tenantId,
    accountId: input.accountId,
    userId: input.psu.userId,
    accountType: business ? 'SME' : 'Retail',
    accountSubType: input.accountSubType,
    currency: input.currency,
    iban,
    accountHolderName: input.psu.fullName.slice(0, 140),
    nickname: `${input.accountSubType === 'Savings' ? 'Savings' : 'Everyday'}${input.currency === 'AED' ? '' : ` ${input.currency}`}`,
    openingDate: dubaiDate(now),
    status: 'Active',
    isShariaCompliant: false,
    // A new account has no past: no transactions or statements before today.
    historyMonths: 0,
    createdAt: toInstant(now),
  };
}

/** The calendar date in Dubai (UTC+4 all year). */
export function dubaiDate(now: Date): string {
  return new Date(now.getTime() + 4 * 3_600_000).toISOString().slice(0, 10);
}

function randomDigits16(): string {
  return Array.from({ length: 16 }, () => String(randomInt(0, 10))).join('');
}
