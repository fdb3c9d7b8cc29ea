import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An event to deliver because a consent changed, written in the same transaction as the change.
 * `auditSeq` is the audit row of that change: it orders one consent's events.
 */
@Entity({ name: 'consent_outbox' })
@Index('consent_outbox_due', ['topic', 'nextAttemptAt'])
@Index('consent_outbox_consent', ['tenantId', 'consentId', 'topic', 'auditSeq'])
export class ConsentOutboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) tenantId: string;
  @Column({ type: 'varchar', length: 128 }) consentId: string;
  @Column({ type: 'integer' }) auditSeq: number;
  @Column({ type: 'varchar', length: 40 }) topic: string;
  @Column(jsonColumn()) payload: unknown;
  @Column(instantColumn()) createdAt: string;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column(instantColumn()) nextAttemptAt: string;
  @Column(instantColumn({ nullable: true })) deliveredAt: string | null;
  /** Given up (retries exhausted or undeliverable): never claimed again. */
  @Column(instantColumn({ nullable: true })) abandonedAt: string | null;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
}
