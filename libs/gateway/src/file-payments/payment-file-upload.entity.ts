import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The file of one file payment consent as the hub passed it to the LFI (metadata only: the bytes
 * stay at the LFI). One row per consent: a consent announces one file, so the primary key also
 * decides between two uploads racing for it. `version` is the compare-and-set counter.
 */
@Entity({ name: 'payment_file_uploads' })
export class PaymentFileUploadEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) tenantId: string;
  @PrimaryColumn({ type: 'varchar', length: 128 }) consentId: string;
  @Column({ type: 'varchar', length: 255 }) clientId: string;
  /** x-idempotency-key: at most 40 characters (the document's maxLength). */
  @Column({ type: 'varchar', length: 40 }) idempotencyKey: string;
  /** base64(SHA-256) of the bytes: 44 characters. */
  @Column({ type: 'varchar', length: 44 }) fileHash: string;
  @Column({ type: 'varchar', length: 255 }) mediaType: string;
  @Column({ type: 'integer' }) size: number;
  /** InFlight (being sent to the LFI) | Uploaded (the LFI took it) | Refused (the LFI refused it, 4xx). */
  @Column({ type: 'varchar', length: 16 }) state: string;
  @Column(jsonColumn({ nullable: true })) refusal: unknown;
  @Column(instantColumn()) createdAt: string;
  @Column(instantColumn()) updatedAt: string;
  @Column({ type: 'integer' }) version: number;
}
