import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matching, NestedArray, NestedObject, OneOf, Optional, Required, Text, WholeNumber } from '@hub/standards';
import { ValidateIf } from 'class-validator';

/** The statuses an LFI reports (CbuaePatchPaymentRecordBody `paymentResponse.status`); `Received` is not among them. */
export const PATCHABLE_PAYMENT_STATUSES = ['Pending', 'AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted', 'AcceptedWithoutPosting', 'Rejected'] as const;
export type PatchablePaymentStatus = (typeof PATCHABLE_PAYMENT_STATUSES)[number];

/**
 * CbuaePaymentLogRejectReasonCode's `code`: `^(AANI|FTS|LFI)\.[A-Za-z0-9]+$` or the namespaced
 * standardErrorCodePattern, which contains the first.
 */
const NAMESPACED_CODE = /^[A-Za-z]+\.[A-Za-z0-9]+$/;

/** One item of CbuaePaymentLogRejectReasonCode (lower-case members; the TPP reads them as Code and Message). */
export class PaymentLogRejectReasonDto {
  @ApiProperty({ example: 'AANI.AM04', pattern: NAMESPACED_CODE.source })
  @Required()
  @Matching(NAMESPACED_CODE, 'a namespaced code such as AANI.AM04, FTS.CB910 or LFI.Closed')
  code: string;

  @ApiProperty({ minLength: 1, maxLength: 500, example: 'Payment request cannot be executed as insufficient funds at debtor account.' })
  @Required()
  @Text(1, 500)
  message: string;
}

/** AEServiceInitiationOpenFinancePaymentBillingPatch. */
export class PaymentBillingPatchDto {
  @ApiPropertyOptional({ type: 'integer', description: 'Individual transactions the LFI executed (a file payment, once processed)' })
  @Optional()
  @WholeNumber()
  NumberOfSuccessfulTransactions?: number;
}

/** The same members nested under `paymentResponse`, a form the Consent Manager also accepts. */
export class PaymentResponsePatchDto {
  @ApiProperty({ enum: PATCHABLE_PAYMENT_STATUSES })
  @Required()
  @OneOf(PATCHABLE_PAYMENT_STATUSES, 'payment status')
  status: PatchablePaymentStatus;

  @ApiPropertyOptional({ type: PaymentBillingPatchDto })
  @Optional()
  @NestedObject(() => PaymentBillingPatchDto)
  OpenFinanceBilling?: PaymentBillingPatchDto;

  @ApiPropertyOptional({ minLength: 1, maxLength: 40 })
  @Optional()
  @Text(1, 40)
  paymentTransactionId?: string;

  @ApiPropertyOptional({ type: [PaymentLogRejectReasonDto] })
  @Optional()
  @NestedArray(() => PaymentLogRejectReasonDto, { min: 1 })
  rejectReasonCode?: PaymentLogRejectReasonDto[];
}

/** In the dotted form, `paymentResponse.status` is required; in the nested form it sits inside. */
const dottedForm = (o: PaymentRecordPatchDto) => o.paymentResponse === undefined;

/**
 * `PATCH /payment-log/{id}` (CbuaePatchPaymentRecordBody): the dotted keys of the document, closed
 * (unknown keys are refused by the global ValidationPipe). The nested form
 * `{paymentResponse: {status, …}}` is accepted too, as some of the standard's examples send it;
 * one body uses one form (checked by `paymentStatusChangeOf`).
 */
export class PaymentRecordPatchDto {
  @ApiProperty({ name: 'paymentResponse.status', enum: PATCHABLE_PAYMENT_STATUSES, description: 'Required (or paymentResponse.status in the nested form)' })
  @ValidateIf((o: PaymentRecordPatchDto, v) => dottedForm(o) || v !== undefined)
  @Required()
  @OneOf(PATCHABLE_PAYMENT_STATUSES, 'payment status')
  'paymentResponse.status'?: PatchablePaymentStatus;

  @ApiPropertyOptional({ name: 'paymentResponse.OpenFinanceBilling', type: PaymentBillingPatchDto })
  @Optional()
  @NestedObject(() => PaymentBillingPatchDto)
  'paymentResponse.OpenFinanceBilling'?: PaymentBillingPatchDto;

  @ApiPropertyOptional({ name: 'paymentResponse.paymentTransactionId', minLength: 1, maxLength: 40, description: 'The end-to-end id of the payment rails (Aani, UAEFTS)' })
  @Optional()
  @Text(1, 40)
  'paymentResponse.paymentTransactionId'?: string;

  @ApiPropertyOptional({ name: 'paymentResponse.rejectReasonCode', type: [PaymentLogRejectReasonDto], description: 'The whole list: the LFI appends to the reasons it sent before' })
  @Optional()
  @NestedArray(() => PaymentLogRejectReasonDto, { min: 1 })
  'paymentResponse.rejectReasonCode'?: PaymentLogRejectReasonDto[];

  @ApiPropertyOptional({ type: PaymentResponsePatchDto, description: 'The nested form; not together with the dotted keys' })
  @Optional()
  @NestedObject(() => PaymentResponsePatchDto)
  paymentResponse?: PaymentResponsePatchDto;
}
