import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ActiveCurrencyAmountDto } from '../common/active-currency-amount.dto';
import { CompactJwe, Text } from '../common/validation/format-decorators';
import { NestedObject, OneOf, Optional, Required } from '../common/validation/shape-decorators';
import { CurrencyRequestDto } from './currency-request.dto';
import { OPEN_FINANCE_PAYMENT_BILLING_TYPES } from './payment-codes';
import { PaymentRequestCommonDataDto } from './payment-request-common.dto';

/** AEPaymentInstruction: the amount of this one payment. */
export class PaymentInstructionDto {
  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @Required()
  @NestedObject(() => ActiveCurrencyAmountDto)
  Amount: ActiveCurrencyAmountDto;
}

/** AEServiceInitiationOpenFinancePaymentBilling: what the TPP is billed for the payment. */
export class OpenFinancePaymentBillingDto {
  @ApiProperty({ enum: OPEN_FINANCE_PAYMENT_BILLING_TYPES })
  @Required()
  @OneOf(OPEN_FINANCE_PAYMENT_BILLING_TYPES, 'AEServiceInitiationOpenFinancePaymentBilling.Type')
  Type: string;

  @ApiPropertyOptional({ minLength: 8, maxLength: 20 })
  @Optional()
  @Text(8, 20)
  MerchantId?: string;
}

/** AEPaymentRequest.Data. */
export class PaymentRequestDataDto extends PaymentRequestCommonDataDto {
  @ApiProperty({ type: PaymentInstructionDto })
  @Required()
  @NestedObject(() => PaymentInstructionDto)
  Instruction: PaymentInstructionDto;

  @ApiPropertyOptional({ type: CurrencyRequestDto })
  @Optional()
  @NestedObject(() => CurrencyRequestDto)
  CurrencyRequest?: CurrencyRequestDto;

  /**
   * Hub rule: only the AEJWEPaymentPII form. The schema's anyOf also lists the decoded domestic
   * and international objects, but "Implementations MUST reflect the AEJWEPaymentPII Schema
   * Object" and the decoded form "is for guidance on content only": the PII is encrypted to the
   * LFI's key and forwarded as sent, the hub never reads it.
   */
  @ApiPropertyOptional({ description: 'AEJWEPaymentPII: a compact JWE encrypted to the LFI (RSA-OAEP-256, A256GCM)', example: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0....' })
  @Optional()
  @CompactJwe()
  PersonalIdentifiableInformation?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 35 })
  @Optional()
  @Text(1, 35)
  CreditorReference?: string;

  @ApiProperty({ type: OpenFinancePaymentBillingDto })
  @Required()
  @NestedObject(() => OpenFinancePaymentBillingDto)
  OpenFinanceBilling: OpenFinancePaymentBillingDto;
}

/**
 * AEPaymentRequest: the `message` of AEPaymentRequestSigned, the signed body of POST /payments.
 * Closed at every level, as the document's `additionalProperties: false`.
 */
export class PaymentRequestDto {
  @ApiProperty({ type: PaymentRequestDataDto })
  @Required()
  @NestedObject(() => PaymentRequestDataDto)
  Data: PaymentRequestDataDto;
}
