import { ApiProperty } from '@nestjs/swagger';
import { ActiveCurrencyAmountDto } from '../common/active-currency-amount.dto';
import { NestedObject, OneOf, Required } from '../common/validation/shape-decorators';
import { CHARGE_BEARER_CODES, CHARGE_TYPE_CODES } from './payment-codes';

/** One item of AECharges (UAEPaymentAPI; the Consent Manager's AECharges): a charge on the debtor. */
export class ChargeDto {
  @ApiProperty({ enum: CHARGE_BEARER_CODES })
  @Required()
  @OneOf(CHARGE_BEARER_CODES, 'AEChargeBearerType1Code')
  ChargeBearer: string;

  @ApiProperty({ enum: CHARGE_TYPE_CODES })
  @Required()
  @OneOf(CHARGE_TYPE_CODES, 'AEExternalPaymentChargeTypeCode')
  Type: string;

  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @Required()
  @NestedObject(() => ActiveCurrencyAmountDto)
  Amount: ActiveCurrencyAmountDto;
}
