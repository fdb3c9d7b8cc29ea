import type { CbuaeCreditDebitIndicator, CbuaeTransaction } from '@hub/ozone-connect';
import type { Minor } from './money';

/** A transaction before the running balance decides whether it happens and ids are given. */
export interface Draft {
  at: number;
  minor: Minor;
  direction: CbuaeCreditDebitIndicator;
  type: CbuaeTransaction['transactionType'];
  sub: CbuaeTransaction['subTransactionType'];
  info: string;
  pending?: boolean;
  /** Salary, loan instalments and charges happen whatever the balance; purchases may not. */
  always?: boolean;
  extra?: Partial<CbuaeTransaction>;
}

export interface Settled {
  draft: Draft;
  /** Booked balance after it (booked drafts only). */
  bookedAfter?: Minor;
}

export interface Ledger {
  opening: Minor;
  settled: Settled[];
  closingBooked: Minor;
  /** Booked balance plus pending movements. */
  available: Minor;
}

/**
 * Replays the drafts in time order from the opening balance. A discretionary debit that would take
 * the available balance under `floor` is declined (left out), as a bank would, so deposit accounts
 * never go overdrawn and cards stay within their limit.
 */
export function settle(drafts: Draft[], opening: Minor, floor: Minor): Ledger {
  const ordered = drafts.map((draft, n) => ({ draft, n })).sort((a, b) => a.draft.at - b.draft.at || a.n - b.n);
  let booked = opening;
  let pending = 0;
  const settled: Settled[] = [];
  for (const { draft } of ordered) {
    const signed = draft.direction === 'Credit' ? draft.minor : -draft.minor;
    if (signed < 0 && !draft.always && booked + pending + signed < floor) continue;
    if (draft.pending) {
      pending += signed;
      settled.push({ draft });
    } else {
      booked += signed;
      settled.push({ draft, bookedAfter: booked });
    }
  }
  return { opening, settled, closingBooked: booked, available: booked + pending };
}
