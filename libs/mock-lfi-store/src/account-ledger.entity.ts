import { instantColumn } from '@hub/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per account that has ever been debited by a payment: the lock its payments take. A
 * payment first raises `version` (an UPDATE, which PostgreSQL holds until commit), then sums the
 * postings and debits, so two payments racing on one account are checked one after the other and
 * can never overdraw it together. On SQLite every payment transaction runs in turn anyway.
 */
@Entity('mock_lfi_account_ledgers')
export class AccountLedgerEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  accountId: string;

  /** Raised by every payment that checked this account's funds. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  @Column(instantColumn())
  updatedAt: string;
}
