import { instantColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One POST to a TPP's webhook: when, what came back, how long it took, what went wrong. */
@Entity({ name: 'webhook_attempts' })
@Index('webhook_attempts_delivery', ['deliveryId', 'at'])
export class WebhookAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) deliveryId: string;
  /** The delivery's generation (0, then +1 per replay): attempt numbers restart with each. */
  @Column({ type: 'integer' }) generation: number;
  @Column({ type: 'integer' }) attempt: number;
  @Column(instantColumn()) at: string;
  @Column({ type: 'integer', nullable: true }) statusCode: number | null;
  @Column({ type: 'integer' }) latencyMs: number;
  @Column({ type: 'varchar', length: 1024, nullable: true }) error: string | null;
  @Column({ type: 'varchar', length: 64 }) worker: string;
}
