import { instantColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type PostingStatus = 'Pending' | 'Booked' | 'Rejected';

/**
 * One entry of a payment on one of this bank's accounts: the debit on the payer's account and,
 * when the creditor banks here too, the credit on the payee's. Amounts are minor units (fils,
 * cents) in decimal text, so sums are exact on both engines. A Pending debit already holds the
 * money (available balance); Booked moves the booked balance too; Rejected counts for nothing.
 * The generated history of an account is not stored: its postings are laid over it.
 */
@Entity('mock_lfi_postings')
@Index('IDX_mock_lfi_postings_account', ['tenantId', 'accountId'])
@Index('IDX_mock_lfi_postings_payment', ['paymentId'])
export class PostingEntity {
  /** A time-ordered UUID (v7): newer postings sort after older ones. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  postingId: string;

  @Column({ type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 40 })
  accountId: string;

  @Column({ type: 'varchar', length: 36 })
  paymentId: string;

  @Column({ type: 'varchar', length: 6 })
  creditDebitIndicator: 'Credit' | 'Debit';

  /** A positive whole number of minor units, as text. */
  @Column({ type: 'varchar', length: 24 })
  amountMinor: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 8 })
  status: PostingStatus;

  /** SameBankTransfer or LocalBankTransfer (CbuaeTransaction `transactionType`). */
  @Column({ type: 'varchar', length: 24 })
  transactionType: 'SameBankTransfer' | 'LocalBankTransfer';

  /** The other party's account: the creditor of a debit, the debtor of a credit. */
  @Column({ type: 'varchar', length: 34 })
  counterpartyIban: string;

  @Column({ type: 'varchar', length: 140 })
  counterpartyName: string;

  /** The reference the account holder sees (DebtorReference on the payer's side, CreditorReference on the payee's). */
  @Column({ type: 'varchar', length: 64 })
  reference: string;

  @Column({ type: 'varchar', length: 4, nullable: true })
  paymentPurposeCode: string | null;

  @Column(instantColumn())
  createdAt: string;

  @Column(instantColumn({ nullable: true }))
  bookedAt: string | null;
}
