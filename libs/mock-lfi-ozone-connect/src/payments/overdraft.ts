import type { AccountSubType, AccountType } from '@hub/mock-lfi-data';

/**
 * How far below zero a payment may take an account's available balance, by sub-type and type, in
 * major units of the account's currency. Current accounts carry an arranged overdraft that grows
 * with the customer; savings and finance accounts none; a credit card may be drawn down to its
 * credit limit (the `creditLines` of its balances), so its row reads 'credit limit'.
 */
export const OVERDRAFT: Readonly<Record<AccountSubType, Readonly<Record<AccountType, number>> | 'credit limit'>> = {
  CurrentAccount: { Retail: 5_000, SME: 25_000, Corporate: 100_000 },
  Savings: { Retail: 0, SME: 0, Corporate: 0 },
  CreditCard: 'credit limit',
  // Loans: their balance is what is owed, so nothing can be paid from them.
  Mortgage: { Retail: 0, SME: 0, Corporate: 0 },
  Finance: { Retail: 0, SME: 0, Corporate: 0 },
};

/** The account's overdraft in minor units; a card's is its credit limit (0 when it has none). */
export function overdraftMinor(account: { accountType: AccountType; accountSubType: AccountSubType }, creditLimitMinor = 0n): bigint {
  const row = OVERDRAFT[account.accountSubType];
  return row === 'credit limit' ? creditLimitMinor : BigInt(row[account.accountType]) * 100n;
}
