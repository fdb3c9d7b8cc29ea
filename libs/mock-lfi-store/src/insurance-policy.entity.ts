import { instantColumn } from '@hub/persistence';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { InsuranceLine, InsurancePolicyStatus } from '@hub/mock-lfi-data';
import { PsuEntity } from './psu.entity';

@Entity('mock_lfi_insurance_policies')
@Index('IDX_mock_lfi_insurance_policies_owner', ['tenantId', 'userId'])
export class InsurancePolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  insurancePolicyId: string;

  @Column({ type: 'varchar', length: 40 })
  userId: string;

  // Joined on both key columns, so a policy can never point at another tenant's PSU.
  @ManyToOne(() => PsuEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'tenantId',
      referencedColumnName: 'tenantId',
      foreignKeyConstraintName: 'FK_mock_lfi_insurance_policies_psu',
    },
    { name: 'userId', referencedColumnName: 'userId' },
  ])
  psu?: PsuEntity;

  @Column({ type: 'varchar', length: 16 })
  line: InsuranceLine;

  @Column({ type: 'varchar', length: 16 })
  status: InsurancePolicyStatus;

  /** ISO dates, stored as text like every date here. */
  @Column({ type: 'varchar', length: 10 })
  startDate: string;

  @Column({ type: 'varchar', length: 10 })
  endDate: string;

  /** Decimal string: exact, and identical on both engines (no float or numeric coercion). */
  @Column({ type: 'varchar', length: 20 })
  premiumAmount: string;

  @Column({ type: 'varchar', length: 3 })
  currency: 'AED';

  @Column(instantColumn())
  createdAt: string;
}
