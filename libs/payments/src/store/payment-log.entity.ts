import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One payment attempt of a TPP as the hub records it (see PaymentLogEntry). The idempotency key is
 * unique per TPP and payment type, so two racing requests with one key make one payment; the LFI's
 * payment id is unique per tenant once the LFI has given it (NULLs do not collide on either engine).
 * `version` counts the changes and orders the payment's events in the outbox.
 */
@Entity({ name: 'payment_logs' })
@Index('payment_logs_idempotency', ['tenantId', 'clientId', 'paymentType', 'idempotencyKey'], { unique: true })
@Index('payment_logs_payment_id', ['tenantId', 'paymentId'], { unique: true })
@Index('payment_logs_consent', ['tenantId', 'consentId'])
export class PaymentLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) tenantId: string;
  @PrimaryColumn({ type: 'varchar', length: 36 }) reservationId: string;
  @Column({ type: 'varchar', length: 128, nullable: true }) paymentId: string | null;
  @Column({ type: 'varchar', length: 128 }) consentId: string;
  @Column({ type: 'varchar', length: 24 }) paymentType: string;
  @Column({ type: 'varchar', length: 255 }) clientId: string;
  @Column({ type: 'varchar', length: 64 }) organisationId: string;
  @Column({ type: 'varchar', length: 255 }) softwareStatementId: string;
  @Column({ type: 'varchar', length: 128 }) idempotencyKey: string;
  @Column({ type: 'varchar', length: 128 }) requestHash: string;
  @Column({ type: 'varchar', length: 16 }) state: string;
  /** A decimal string as the TPP sent it (never a float). */
  @Column({ type: 'varchar', length: 32 }) amount: string;
  @Column({ type: 'varchar', length: 3 }) currency: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) status: string | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) paymentTransactionId: string | null;
  @Column(jsonColumn({ nullable: true })) rejectReasonCode: unknown;
  @Column({ type: 'integer', nullable: true }) numberOfSuccessfulTransactions: number | null;
  @Column(jsonColumn()) request: unknown;
  @Column(jsonColumn({ nullable: true })) response: unknown;
  @Column(jsonColumn({ nullable: true })) refusal: unknown;
  @Column({ type: 'varchar', length: 128, nullable: true }) accountId: string | null;
  @Column(jsonColumn({ nullable: true })) psuIdentifiers: unknown;
  @Column({ type: 'varchar', length: 64, nullable: true }) interactionId: string | null;
  @Column(instantColumn()) createdAt: string;
  @Column(instantColumn()) statusUpdatedAt: string;
  @Column({ type: 'integer' }) version: number;
}
