import { instantColumn, jsonColumn } from '@hub/persistence';
import type { AEBankServiceInitiationFilePaymentConsent } from '@hub/standards';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** AEBankServiceInitiationFilePaymentConsent: the file a payment consent announces. */
export type FilePaymentTerms = AEBankServiceInitiationFilePaymentConsent;

/**
 * A file payment consent as the bank knows it: its terms when the hub created it here (Ozone
 * Connect `POST /payment-consents`), and the file once uploaded (`POST /payment-consents/{id}/file`),
 * kept byte for byte so its hash stays checkable and a payment can execute its lines.
 */
@Entity('mock_lfi_payment_files')
export class PaymentFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tenantId: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  consentId: string;

  @Column(jsonColumn({ nullable: true }))
  terms: FilePaymentTerms | null;

  /** The uploaded file (UTF-8 text: the bank's file type is a CSV). */
  @Column({ type: 'text', nullable: true })
  content: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  contentType: string | null;

  /** base64(SHA-256(file bytes)). */
  @Column({ type: 'varchar', length: 44, nullable: true })
  fileHash: string | null;

  @Column(instantColumn({ nullable: true }))
  uploadedAt: string | null;

  @Column(instantColumn())
  createdAt: string;
}
