import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConsentIdentifier, MatchingPattern, Text } from '../common/validation/format-decorators';
import { Optional, Required } from '../common/validation/shape-decorators';
import { PAYMENT_PURPOSE_CODE } from './payment-codes';

/**
 * The members AEPaymentRequest.Data and AEFilePaymentRequest.Data share (the same schemas in the
 * document: AEConsentId, AEPaymentPurposeCode, AEDebtorReference), validated alike.
 */
export class PaymentRequestCommonDataDto {
  /** The consent the payment is made under: the hub also requires it to be the token's consent. */
  @ApiProperty({ minLength: 1, maxLength: 128 })
  @Required()
  @ConsentIdentifier()
  ConsentId: string;

  @ApiProperty({ pattern: PAYMENT_PURPOSE_CODE.regex.source, example: 'ACM' })
  @Required()
  @MatchingPattern(PAYMENT_PURPOSE_CODE)
  PaymentPurposeCode: string;

  /** AEDebtorReference */
  @ApiPropertyOptional({ minLength: 1, maxLength: 35 })
  @Optional()
  @Text(1, 35)
  DebtorReference?: string;
}
