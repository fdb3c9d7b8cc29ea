import { instantColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One TPP call the resource server answered, whatever the family and the outcome: who called
 * (client and organisation), which operation (method and the document's parameterised path), the
 * status, how long the hub and the LFI took, the interaction id and the consent when there was one. Metadata
 * only. Feeds the TPP reports and the LFI's view of the traffic.
 */
@Entity({ name: 'gateway_api_calls' })
@Index('gateway_api_calls_client', ['tenantId', 'clientId', 'at'])
@Index('gateway_api_calls_tenant', ['tenantId', 'at'])
export class ApiCallEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) tenantId: string;
  @Column({ type: 'varchar', length: 64 }) clientId: string;
  @Column({ type: 'varchar', length: 64 }) organisationId: string;
  @Column({ type: 'varchar', length: 8 }) method: string;
  /** The API family of the path: `account-information`, `payment`, `fx`, `atm`, `reporting`… */
  @Column({ type: 'varchar', length: 40 }) apiFamily: string;
  /** The operation's parameterised path as the documents write it: `/open-finance/fx/v2.1/fx-quotes/{FxQuoteId}`. */
  @Column({ type: 'varchar', length: 256 }) apiUri: string;
  @Column({ type: 'integer' }) status: number;
  /** From the gateway taking up the call (after the certificate check) to the answer's last byte; microseconds, as the reports give them. */
  @Column({ type: 'integer' }) latencyMicros: number;
  /** Of that, the time the LFI's Ozone Connect took (summed over the call's exchanges); null when the call never reached the LFI. */
  @Column({ type: 'integer', nullable: true }) lfiLatencyMicros: number | null;
  /** The LFI failed an exchange of the call (5xx, 408, 429, no answer), rather than refusing the request. */
  @Column({ type: 'boolean' }) lfiFailed: boolean;
  @Column({ type: 'varchar', length: 64 }) interactionId: string;
  @Column({ type: 'varchar', length: 128, nullable: true }) consentId: string | null;
  @Column(instantColumn()) at: string;
}
