import { instantColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CustomerCategory } from '@hub/mock-lfi-data';

/** A PSU of one tenant. Only a password hash is stored; the plain password lives in the generator. */
@Entity('mock_lfi_psus')
@Index('UQ_mock_lfi_psus_username', ['tenantId', 'username'], { unique: true })
export class PsuEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  userId: string;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  /** `scrypt$N$r$p$salt$hash` (base64url); see password-hash.ts. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  /** Kept in clear: it is a fixed sandbox OTP printed in the docs, not a secret. */
  @Column({ type: 'varchar', length: 16 })
  otp: string;

  @Column({ type: 'varchar', length: 128 })
  fullName: string;

  @Column({ type: 'varchar', length: 18 })
  emiratesId: string;

  @Column({ type: 'varchar', length: 16, default: 'Retail' })
  customerCategory: CustomerCategory;

  /** The documented kind of customer (generator/psu-profiles.ts). */
  @Column({ type: 'varchar', length: 32, default: 'everyday' })
  profile: string;

  @Column(instantColumn())
  createdAt: string;
}
