import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A TPP application onboarded with one LFI tenant (`POST /tpp-registration`): the standard's
 * one-off step before the TPP may call that LFI's APIs.
 */
@Entity({ name: 'tpp_registrations' })
export class TppRegistrationEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) tenantId: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) clientId: string;
  @Column({ type: 'varchar', length: 64 }) organisationId: string;
  @Column({ type: 'varchar', length: 128 }) softwareStatementId: string;
  /** ISO-8601 UTC; stored as text so SQLite and PostgreSQL sort and compare alike. */
  @Column({ type: 'varchar', length: 32 }) registeredAt: string;
  @Column({ type: 'varchar', length: 32 }) lastRegisteredAt: string;
}
