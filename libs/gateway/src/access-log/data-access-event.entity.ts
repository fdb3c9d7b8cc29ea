import { instantColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One TPP read of consented data through the gateway: who, which consent, which operation, when,
 * the outcome. Metadata only: the hub never stores the data it relays.
 */
@Entity({ name: 'gateway_data_access_events' })
@Index('gateway_data_access_consent', ['tenantId', 'consentId', 'at'])
export class DataAccessEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) tenantId: string;
  @Column({ type: 'varchar', length: 128 }) consentId: string;
  @Column({ type: 'varchar', length: 64 }) clientId: string;
  @Column({ type: 'varchar', length: 8 }) method: string;
  @Column({ type: 'varchar', length: 256 }) apiUri: string;
  @Column({ type: 'integer' }) status: number;
  @Column({ type: 'varchar', length: 64 }) interactionId: string;
  @Column(instantColumn()) at: string;
}
