import { instantColumn } from '@hub/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per payment consent that has seen a payment: the turn-taker of its payments. Every
 * reservation and every change that frees consumption moves `version` by compare-and-set, so of
 * two concurrent begins on one consent one commits and the other decides again on what the first
 * counted (SQLite and PostgreSQL alike, whatever the isolation level).
 */
@Entity({ name: 'payment_consent_usage' })
export class PaymentConsentUsageEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) tenantId: string;
  @PrimaryColumn({ type: 'varchar', length: 128 }) consentId: string;
  @Column({ type: 'integer' }) version: number;
  @Column(instantColumn()) updatedAt: string;
}
