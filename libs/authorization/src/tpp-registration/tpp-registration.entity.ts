import { instantColumn } from '@hub/persistence';
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
  @Column(instantColumn()) registeredAt: string;
  @Column(instantColumn()) lastRegisteredAt: string;
}
