import type { AccountSeed } from '../model';
import { stableId } from '../generator/seeded-random';
import type { CbuaeStatement, CbuaeStatements } from '@hub/ozone-connect';
import { decimal, indicatorOf } from './money';
import type { AccountLedger } from './transactions';
import { daysInMonth, historyMonths, uaeDate } from './uae-time';

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/**
 * One statement per calendar month of the history. Each closes with the booked balance after the
 * month's last booked transaction and the next opens with it, so the chain reconciles end to end;
 * pending transactions appear on no statement.
 */
export function statementsOf(seed: string, account: AccountSeed, ledger: AccountLedger): CbuaeStatements {
  const money = (minor: number) => ({ CreditDebitIndicator: indicatorOf(minor), Amount: { Amount: decimal(minor), Currency: account.currency } });
  let running = ledger.opening;
  const statements = historyMonths(account.historyMonths).map(([year, month]): CbuaeStatement => {
    const opening = running;
    const first = isoDate(year, month, 1);
    const last = isoDate(year, month, daysInMonth(year, month));
    const summary = new Map<string, CbuaeStatement['Summary'][number]>();
    const totals = new Map<string, number>();
    for (const { draft, bookedAfter } of ledger.settled) {
      if (bookedAfter === undefined) continue;
      const day = uaeDate(draft.at);
      if (day < first || day > last) continue;
      running = bookedAfter;
      const key = `${draft.direction}|${draft.type}|${draft.sub}`;
      const row = summary.get(key) ?? { CreditDebitIndicator: draft.direction, TransactionType: draft.type, SubTransactionType: draft.sub, Amount: { Amount: '0.00', Currency: account.currency }, Count: 0 };
      row.Count += 1;
      totals.set(key, (totals.get(key) ?? 0) + draft.minor);
      row.Amount.Amount = decimal(totals.get(key)!);
      summary.set(key, row);
    }
    return {
      StatementId: stableId('stm-', 16, seed, account.tenantId, account.accountId, first),
      StatementDate: isoDate(year, month, daysInMonth(year, month) + 1),
      OpeningDate: first,
      ClosingDate: last,
      OpeningBalance: money(opening),
      ClosingBalance: money(running),
      Summary: [...summary.values()],
    };
  });
  return { AccountId: account.accountId, AccountSubType: account.accountSubType, Statements: statements };
}
