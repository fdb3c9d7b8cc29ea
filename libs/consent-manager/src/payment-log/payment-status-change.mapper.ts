import { ApiError } from '@hub/kernel';
import type { PaymentStatusChange } from '@hub/payments';
import type { PaymentRecordPatchDto, PaymentResponsePatchDto } from './dto/payment-record-patch.dto';

const DOTTED_KEYS = ['paymentResponse.status', 'paymentResponse.OpenFinanceBilling', 'paymentResponse.paymentTransactionId', 'paymentResponse.rejectReasonCode'] as const;

/** The dotted members as the nested `paymentResponse` they stand for. */
function undotted(dto: PaymentRecordPatchDto): PaymentResponsePatchDto {
  return {
    status: dto['paymentResponse.status']!,
    OpenFinanceBilling: dto['paymentResponse.OpenFinanceBilling'],
    paymentTransactionId: dto['paymentResponse.paymentTransactionId'],
    rejectReasonCode: dto['paymentResponse.rejectReasonCode'],
  };
}

/**
 * The validated PATCH body (dotted keys, or the nested form) as the payment log's status change.
 * One body speaks one form: mixing them would leave it unclear which status the LFI meant.
 */
export function paymentStatusChangeOf(dto: PaymentRecordPatchDto): PaymentStatusChange {
  const dotted = DOTTED_KEYS.filter((k) => dto[k] !== undefined);
  if (dto.paymentResponse !== undefined && dotted.length > 0) {
    throw ApiError.badRequest(`Send the dotted keys or the nested paymentResponse object, not both (got paymentResponse and ${dotted.join(', ')})`, dotted[0]);
  }
  const response = dto.paymentResponse ?? undotted(dto);
  const change: PaymentStatusChange = { status: response.status };
  if (response.paymentTransactionId !== undefined) change.paymentTransactionId = response.paymentTransactionId;
  if (response.rejectReasonCode !== undefined) change.rejectReasonCode = response.rejectReasonCode.map(({ code, message }) => ({ code, message }));
  const count = response.OpenFinanceBilling?.NumberOfSuccessfulTransactions;
  if (count !== undefined) change.numberOfSuccessfulTransactions = count;
  return change;
}
