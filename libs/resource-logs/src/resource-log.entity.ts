import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The hub's record of one FX quote, account opening or insurance quote: who asked (the TPP that
 * alone may see it), its status as the LFI last reported it, and the TPP's webhook subscription.
 * `version` counts the changes and orders the resource's events in the outbox.
 */
@Entity({ name: 'resource_logs' })
@Index('resource_logs_tpp', ['tenantId', 'kind', 'clientId'])
export class ResourceLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) tenantId: string;
  @PrimaryColumn({ type: 'varchar', length: 24 }) kind: string;
  @PrimaryColumn({ type: 'varchar', length: 128 }) logId: string;
  /** Insurance line (motor, health, …) for insurance quotes. */
  @Column({ type: 'varchar', length: 16, nullable: true }) line: string | null;
  @Column({ type: 'varchar', length: 255 }) clientId: string;
  @Column({ type: 'varchar', length: 64 }) organisationId: string;
  @Column({ type: 'varchar', length: 255 }) softwareStatementId: string;
  @Column({ type: 'varchar', length: 32 }) status: string;
  /** The TPP-facing path of the resource, e.g. /open-finance/fx/v2.1/fx-quotes/{id} (webhook EventResource). */
  @Column({ type: 'varchar', length: 512 }) resourcePath: string;
  /** Members the LFI reported with the status (AdditionalStatusInformation, Trade, Commission, Premium …). */
  @Column(jsonColumn({ nullable: true })) statusDetails: unknown;
  /** Members of the resource that stay (e.g. LinkedOperations of an opening). */
  @Column(jsonColumn({ nullable: true })) facts: unknown;
  /** `Subscription.Webhook` {Url, IsActive} as the TPP last set it. */
  @Column(jsonColumn({ nullable: true })) webhook: unknown;
  /** When the resource can no longer be acted on by the TPP (an FX quote's ExpirationDateTime). */
  @Column(instantColumn({ nullable: true })) expiresAt: string | null;
  @Column(instantColumn()) createdAt: string;
  @Column(instantColumn()) statusUpdatedAt: string;
  @Column({ type: 'integer' }) version: number;
}
