import { instantColumn, jsonColumn } from '@hub/persistence';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { deskStepColumns } from './desk-step-columns';

/** Ozone Connect `PaymentType`: one payment, or the payments of an uploaded file. */
export type PaymentType = 'cbuae-payment' | 'cbuae-file-payment';

/** AEPaymentIdResponse `status` (Received: a file payment not yet executed). */
export type PaymentStatus = 'Received' | 'Pending' | 'AcceptedSettlementCompleted' | 'AcceptedCreditSettlementCompleted' | 'AcceptedWithoutPosting' | 'Rejected';

/** A namespaced reason (`AANI.AM04` …), as the payment resource and the Consent Manager's payment log carry it. */
export interface PaymentRejectReason {
  code: string;
  message: string;
}

/** What the payment answers repeat of the TPP's instruction, besides amount and currency. */
export interface PaymentTerms {
  paymentPurposeCode: string;
  debtorReference?: string;
  creditorReference?: string;
  /** The TPP's OpenFinanceBilling (Type, MerchantId); absent for file payments, whose request has none. */
  openFinanceBilling?: { Type: string; MerchantId?: string };
}

/** One line of a file payment and what the bank made of it (the report file's row). */
export interface FilePaymentLine {
  /** 1-based, counting the transfers after the header. */
  line: number;
  creditorIban: string;
  creditorName: string;
  amount: string;
  currency: string;
  reference?: string;
  /** The line's own status once the file is executed: paid here, sent over the rail, or refused. */
  status: 'AcceptedCreditSettlementCompleted' | 'AcceptedWithoutPosting' | 'Rejected';
  reason?: PaymentRejectReason;
}

/**
 * A payment the bank took (Ozone Connect `POST /payments`): whose it is (tenant, consent, the
 * calling TPP and its idempotency key), who pays (the consent's user and account) and whom, the
 * amount and the status. Its next step (`nextStatus` at `nextStepAt`, deskStepColumns) is the
 * status the bank settles it to and then reports to the hub; `rejectReasonCode` is decided with
 * it and shown once the payment is Rejected.
 */
@Entity('mock_lfi_payments')
@Index('UQ_mock_lfi_payments_idempotency', ['tenantId', 'callerClientId', 'paymentType', 'idempotencyKey'], { unique: true })
@Index('IDX_mock_lfi_payments_next_step', ['nextStepAt'])
export class PaymentEntity extends deskStepColumns<PaymentStatus>(40) {
  /** PaymentId: a UUID v4, as the payment log describes `paymentResponse.id`. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  paymentId: string;

  @Column({ type: 'varchar', length: 64 })
  tenantId: string;

  @Column({ type: 'varchar', length: 24 })
  paymentType: PaymentType;

  @Column({ type: 'varchar', length: 128 })
  consentId: string;

  @Column({ type: 'varchar', length: 128 })
  callerOrgId: string;

  @Column({ type: 'varchar', length: 128 })
  callerClientId: string;

  /** The TPP's `x-idempotency-key` (requestHeaders of the hub's call). */
  @Column({ type: 'varchar', length: 128 })
  idempotencyKey: string;

  /** SHA-256 of the TPP's message: the same key with another message is a conflict. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'varchar', length: 40 })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  debtorAccountId: string;

  /** Decimal text with two fraction digits, as instructed (file: the consent's ControlSum). */
  @Column({ type: 'varchar', length: 24 })
  amount: string;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** The creditor of a single payment (a file's are in `fileLines`). */
  @Column({ type: 'varchar', length: 34, nullable: true })
  creditorIban: string | null;

  @Column({ type: 'varchar', length: 140, nullable: true })
  creditorName: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  paymentTransactionId: string | null;

  @Column({ type: 'varchar', length: 40 })
  status: PaymentStatus;

  @Column(instantColumn())
  creationDateTime: string;

  @Column(instantColumn())
  statusUpdateDateTime: string;

  @Column(jsonColumn({ nullable: true }))
  rejectReasonCode: PaymentRejectReason[] | null;

  @Column(jsonColumn())
  terms: PaymentTerms;

  @Column(jsonColumn({ nullable: true }))
  fileLines: FilePaymentLine[] | null;

  /** The hub's `o3-ozone-interaction-id` of the creating call, to find it in the hub's logs. */
  @Column({ type: 'varchar', length: 64 })
  interactionId: string;
}
