import type { PostingEntity } from './posting.entity';

/** What a set of postings changes on an account's balances, in minor units. */
export interface PostedChange {
  /** Booked postings, credits less debits: moves ClosingBooked. */
  bookedMinor: bigint;
  /** bookedMinor plus the Pending debits (money held), not the Pending credits: moves InterimAvailable. */
  availableMinor: bigint;
}

/**
 * The one rule of how payments move balances: a Pending debit holds the money at once (available
 * only), a Booked posting moves the booked balance too, a Pending credit counts only once booked
 * (the bank does not lend against money still on its way), and a Rejected one counts for nothing.
 * Free of storage: the funds check and the balances that bank data sharing shows both use it.
 */
export function postedChange(postings: readonly Pick<PostingEntity, 'creditDebitIndicator' | 'amountMinor' | 'status'>[]): PostedChange {
  let bookedMinor = 0n;
  let pendingDebitsMinor = 0n;
  for (const posting of postings) {
    const amount = BigInt(posting.amountMinor);
    const signed = posting.creditDebitIndicator === 'Debit' ? -amount : amount;
    if (posting.status === 'Booked') bookedMinor += signed;
    else if (posting.status === 'Pending' && signed < 0n) pendingDebitsMinor += signed;
  }
  return { bookedMinor, availableMinor: bookedMinor + pendingDebitsMinor };
}
