import { instantColumn } from '@hub/persistence';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AccountCurrency, AccountStatus, AccountSubType, AccountType } from '@hub/mock-lfi-data';
import { PsuEntity } from './psu.entity';

@Entity('mock_lfi_accounts')
@Index('IDX_mock_lfi_accounts_owner', ['tenantId', 'userId'])
@Index('UQ_mock_lfi_accounts_iban', ['tenantId', 'iban'], { unique: true })
export class AccountEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  accountId: string;

  @Column({ type: 'varchar', length: 40 })
  userId: string;

  // The owner is joined on both key columns, so an account can never point at another tenant's PSU.
  @ManyToOne(() => PsuEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenantId', referencedColumnName: 'tenantId', foreignKeyConstraintName: 'FK_mock_lfi_accounts_psu' },
    { name: 'userId', referencedColumnName: 'userId' },
  ])
  psu?: PsuEntity;

  @Column({ type: 'varchar', length: 16 })
  accountType: AccountType;

  @Column({ type: 'varchar', length: 20 })
  accountSubType: AccountSubType;

  @Column({ type: 'varchar', length: 3 })
  currency: AccountCurrency;

  @Column({ type: 'varchar', length: 34 })
  iban: string;

  @Column({ type: 'varchar', length: 140 })
  accountHolderName: string;

  @Column({ type: 'varchar', length: 70 })
  nickname: string;

  /** ISO date; plain text like every date here so both engines return the same value. */
  @Column({ type: 'varchar', length: 10 })
  openingDate: string;

  @Column({ type: 'varchar', length: 16 })
  status: AccountStatus;

  @Column({ type: 'boolean' })
  isShariaCompliant: boolean;

  @Column({ type: 'integer', default: 12 })
  historyMonths: number;

  @Column(instantColumn())
  createdAt: string;
}
