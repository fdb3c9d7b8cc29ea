import { ApiProperty } from '@nestjs/swagger';
import { ConsentIdentifier, Required } from '@hub/standards';

/** `GET /payment-log?consentId=`: the consent whose payments to list. */
export class PaymentLogQueryDto {
  @ApiProperty({ description: 'Identifier of the payment consent', minLength: 1, maxLength: 128 })
  @Required()
  @ConsentIdentifier()
  consentId: string;
}
