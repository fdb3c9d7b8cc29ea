import { accountActivity, LFI_PROFILE, type AccountActivity, type LfiProfile } from '@hub/mock-lfi-data';
import { listPostings, postedChange, type AccountEntity, type PostingEntity } from '@hub/mock-lfi-store';
import type { CbuaeBalance, CbuaeCreditDebitIndicator, CbuaeTransaction } from '@hub/ozone-connect';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { amountOf, signedMinorOf } from '../payments/payment-money';

const UAE_LOCAL_TIME_ZONE = 'UTC+04:00';

/** A balance moved by `delta` minor units; its timestamp becomes `at` when that is later. */
function moved(balance: CbuaeBalance, delta: bigint, at: string | undefined): CbuaeBalance {
  const after = signedMinorOf(balance) + delta;
  const creditDebitIndicator: CbuaeCreditDebitIndicator = after < 0n ? 'Debit' : 'Credit';
  const later = at !== undefined && Date.parse(at) > Date.parse(balance.timestamp);
  return { ...balance, creditDebitIndicator, amount: { ...balance.amount, amount: amountOf(after) }, ...(later ? { timestamp: at } : {}) };
}

/** A posting as the account's transaction list shows it, with the payment's reference. */
export function postingTransaction(posting: PostingEntity): CbuaeTransaction {
  const debit = posting.creditDebitIndicator === 'Debit';
  const party = { schemeName: 'IBAN' as const, identification: posting.counterpartyIban, name: posting.counterpartyName };
  const bookedAt = posting.bookedAt ?? posting.createdAt;
  return {
    accountId: posting.accountId,
    transactionId: `pst-${posting.postingId}`,
    transactionReference: posting.reference,
    transactionDateTime: posting.createdAt,
    bookingDateTime: bookedAt,
    valueDateTime: bookedAt,
    localTimeZone: UAE_LOCAL_TIME_ZONE,
    transactionType: posting.transactionType,
    subTransactionType: 'MoneyTransfer',
    paymentModes: 'Online',
    creditDebitIndicator: posting.creditDebitIndicator,
    status: posting.status,
    transactionMutability: posting.status === 'Pending' ? 'Mutable' : 'Immutable',
    transactionInformation: `${debit ? 'Payment to' : 'Payment from'} ${posting.counterpartyName} ref ${posting.reference}`.slice(0, 500),
    amount: { amount: amountOf(BigInt(posting.amountMinor)), currency: posting.currency },
    ...(posting.paymentPurposeCode ? { paymentPurposeCode: posting.paymentPurposeCode } : {}),
    ...(debit ? { creditorAccount: [party] } : { debtorAccount: party }),
  } as CbuaeTransaction;
}

/**
 * The generated activity of an account with its payments laid over it: the postings on top of the
 * transactions (newest first), ClosingBooked moved by the booked ones and InterimAvailable by the
 * booked ones and the Pending debits (postedChange: the same rule as the funds check).
 */
export function withPostings(activity: AccountActivity, postings: readonly PostingEntity[]): AccountActivity {
  if (postings.length === 0) return activity;
  const change = postedChange(postings);
  const latest = (of: readonly PostingEntity[]) => of.map((p) => p.bookedAt ?? p.createdAt).sort().at(-1);
  const booked = latest(postings.filter((p) => p.status === 'Booked'));
  const anyMove = latest(postings.filter((p) => p.status !== 'Rejected'));
  const balances = activity.balances.map((balance) => {
    if (balance.balanceType === 'ClosingBooked') return moved(balance, change.bookedMinor, booked);
    if (balance.balanceType === 'InterimAvailable') return moved(balance, change.availableMinor, anyMove);
    return balance;
  });
  return { ...activity, balances, transactions: [...postings.map(postingTransaction), ...activity.transactions] };
}

/** An account's activity as bank data sharing shows it: generated, with the bank's payments posted on it. */
@Injectable()
export class PostedActivity {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
  ) {}

  async of(account: AccountEntity): Promise<AccountActivity> {
    return withPostings(accountActivity(this.profile.seed, account), await listPostings(this.db, account.tenantId, account.accountId));
  }
}
