import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ConsentEventOperation = 'post' | 'patch';

/**
 * A consent event the hub sent to this LFI over Ozone Connect (`POST /consent/event/{operation}`).
 * A real LFI keeps its own copy of each consent it was told about; the rows of one consent, in
 * order of arrival, are its history and the last one its current state.
 */
@Entity('mock_lfi_consent_events')
@Index('IDX_mock_lfi_consent_events_consent', ['tenantId', 'consentId', 'receivedAt'])
export class ConsentEventEntity {
  /** A time-ordered UUID (v7), kept as text so both engines store and sort the same value. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 8 })
  operation: ConsentEventOperation;

  @Column({ type: 'varchar', length: 128 })
  consentId: string;

  /** The consent's status as the event reported it (AwaitingAuthorization, Authorized, Revoked, …). */
  @Column({ type: 'varchar', length: 64 })
  status: string;

  @Column(instantColumn())
  receivedAt: string;

  /** The hub's `o3-ozone-interaction-id` of the call, to find it in the hub's logs. */
  @Column({ type: 'varchar', length: 64 })
  interactionId: string;

  /** The whole consent record as sent. */
  @Column(jsonColumn())
  body: Record<string, unknown>;
}
