import { ApiPropertyOptional } from '@nestjs/swagger';
import { Text } from '../common/validation/format-decorators';
import { Optional } from '../common/validation/shape-decorators';
import { ChargeDto } from '../payments/charge.dto';

/** FxServiceInitiation.AECharges: the payment charge (AECharges) plus a Description to show the User. */
export class FxChargeDto extends ChargeDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 140 })
  @Optional()
  @Text(1, 140)
  Description?: string;
}
