import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { WebhookClaims } from '../message/webhook-message';

/**
 * waiting: recorded, not yet on the queue (it waits for an earlier event of the same resource, or
 * for Redis); queued: on the queue; retrying: an attempt failed, BullMQ holds the next one;
 * delivered: a 2xx; dead: every attempt failed (a dead letter, replayable).
 */
export type WebhookDeliveryStatus = 'waiting' | 'queued' | 'retrying' | 'delivered' | 'dead';

/** One event notification to one TPP: what to send, where, and how far it got. */
@Entity({ name: 'webhook_deliveries' })
@Index('webhook_deliveries_resource', ['tenantId', 'clientId', 'resourceId', 'sequence'])
@Index('webhook_deliveries_status', ['status', 'createdAt'])
export class WebhookDeliveryEntity {
  /** The outbox message's id: relaying the same message twice finds the row already there. */
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) tenantId: string;
  @Column({ type: 'varchar', length: 64 }) clientId: string;
  /** ConsentId, FxQuoteId, QuoteId, AccountId or PaymentId. */
  @Column({ type: 'varchar', length: 128 }) resourceId: string;
  /** Order of the events of one resource (the consent's audit sequence). */
  @Column({ type: 'integer' }) sequence: number;
  @Column({ type: 'varchar', length: 32 }) eventType: string;
  @Column({ type: 'varchar', length: 2048 }) url: string;
  /** The signed claims except the times, which are set at each attempt; `jti` never changes. */
  @Column(jsonColumn()) claims: WebhookClaims;
  @Column({ type: 'varchar', length: 16 }) status: WebhookDeliveryStatus;
  /** Incremented by a replay, so the queue sees a new job. */
  @Column({ type: 'integer' }) generation: number;
  @Column({ type: 'integer' }) attempts: number;
  @Column(instantColumn()) createdAt: string;
  @Column(instantColumn({ nullable: true })) queuedAt: string | null;
  @Column(instantColumn({ nullable: true })) deliveredAt: string | null;
  @Column(instantColumn({ nullable: true })) deadAt: string | null;
  @Column({ type: 'integer', nullable: true }) lastStatusCode: number | null;
  @Column({ type: 'varchar', length: 1024, nullable: true }) lastError: string | null;
}
