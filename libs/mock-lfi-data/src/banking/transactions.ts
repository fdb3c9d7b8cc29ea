import type { AccountSeed } from '../model';
import { SeededRandom, stableId } from '../generator/seeded-random';
import { draftAccount } from './account-drafts';
import type { CbuaeTransaction } from '@hub/ozone-connect';
import type { AccountInstructions } from './instructions';
import { indicatorOf, ocAmount } from './money';
import type { Ledger } from './transaction-drafts';
import { settle } from './transaction-drafts';
import { historyMonths, UAE_LOCAL_TIME_ZONE, uaeDateTime } from './uae-time';

export interface AccountLedger extends Ledger {
  creditLimit?: number;
  /** Newest first, as statements and apps list them. */
  transactions: CbuaeTransaction[];
}

/** Accounts in other currencies get amounts of the same order as their AED siblings. */
export function currencyScale(currency: string): number {
  return currency === 'AED' ? 1 : 0.27;
}

function bankNameOf(tenantId: string): string {
  return tenantId.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** The account's months of history (12 unless its PSU's profile says more) of transactions, settled against its opening balance. */
export function generateLedger(seed: string, account: AccountSeed, instructions: AccountInstructions): AccountLedger {
  const random = new SeededRandom(`${seed}|${account.tenantId}|transactions|${account.accountId}`);
  const card = {
    scheme: account.accountSubType === 'CreditCard' && random.chance(0.5) ? ('MasterCard' as const) : ('VISA' as const),
    holder: account.accountHolderName,
    last4: random.digits(4),
  };
  const plan = draftAccount({ random, account, instructions, scale: currencyScale(account.currency), card, bankName: bankNameOf(account.tenantId), months: historyMonths(account.historyMonths) });
  const ledger = settle(plan.drafts, plan.opening, plan.floor);
  const references = new SeededRandom(`${seed}|${account.tenantId}|references|${account.accountId}`);
  const transactions = ledger.settled.map(({ draft, bookedAfter }, seq): CbuaeTransaction => {
    const at = uaeDateTime(draft.at);
    const cleanExtra = Object.fromEntries(Object.entries(draft.extra ?? {}).filter(([, v]) => v !== undefined));
    return {
      accountId: account.accountId,
      transactionId: stableId('txn-', 24, seed, account.tenantId, account.accountId, seq),
      transactionReference: `FT${references.digits(12)}`,
      transactionDateTime: at,
      bookingDateTime: at,
      valueDateTime: at,
      localTimeZone: UAE_LOCAL_TIME_ZONE,
      transactionType: draft.type,
      subTransactionType: draft.sub,
      creditDebitIndicator: draft.direction,
      status: draft.pending ? 'Pending' : 'Booked',
      transactionMutability: draft.pending ? 'Mutable' : 'Immutable',
      transactionInformation: draft.info,
      amount: ocAmount(draft.minor, account.currency),
      paymentModes: 'Online',
      ...cleanExtra,
      ...(bookedAfter === undefined
        ? {}
        : { balance: { creditDebitIndicator: indicatorOf(bookedAfter), balanceType: 'InterimBooked' as const, amount: ocAmount(bookedAfter, account.currency) } }),
    };
  });
  return { ...ledger, creditLimit: plan.creditLimit, transactions: transactions.reverse() };
}
