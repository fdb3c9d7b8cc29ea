import type { AccountSeed } from '../model';
import type { CbuaeBalance } from '@hub/ozone-connect';
import { indicatorOf, ocAmount } from './money';
import type { AccountLedger } from './transactions';
import { EPOCH_INSTANT_MS, uaeDateTime, uaeInstant, historyMonths } from './uae-time';

/**
 * Opening booked (start of the history), closing booked (opening + every booked transaction) and
 * interim available (closing booked + pending transactions), so a TPP can reconcile all three
 * with the transaction list.
 */
export function balancesOf(account: AccountSeed, ledger: AccountLedger): CbuaeBalance[] {
  const [year, month] = historyMonths(account.historyMonths)[0];
  const now = uaeDateTime(EPOCH_INSTANT_MS);
  const balance = (balanceType: CbuaeBalance['balanceType'], minor: number, timestamp: string): CbuaeBalance => ({
    accountId: account.accountId,
    balanceType,
    creditDebitIndicator: indicatorOf(minor),
    timestamp,
    amount: ocAmount(minor, account.currency),
    ...(ledger.creditLimit === undefined
      ? {}
      : { creditLines: [{ included: false, creditType: 'Credit' as const, amount: ocAmount(ledger.creditLimit, account.currency) }] }),
  });
  return [
    balance('OpeningBooked', ledger.opening, uaeDateTime(uaeInstant(year, month, 1))),
    balance('ClosingBooked', ledger.closingBooked, now),
    balance('InterimAvailable', ledger.available, now),
  ];
}
