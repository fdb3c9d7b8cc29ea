import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNumber, IsOptional } from 'class-validator';
import { CurrencyCode, SCHEMA_PATTERN, Text } from '@hub/standards';

/**
 * AEExchangeRateInformation, which the LFI may patch into a payment consent. The amounts and
 * charges around it are the standard's own classes (`ActiveCurrencyAmountDto`, `ChargeDto`,
 * `FxChargeDto` of @hub/standards): one shape, one pattern, one message for hub and LFI.
 */
export class ExchangeRateDto {
  @ApiProperty({ example: 'USD', pattern: SCHEMA_PATTERN.currencyCode })
  @CurrencyCode()
  UnitCurrency: string;

  @ApiProperty({ example: 3.6725 })
  @IsNumber()
  ExchangeRate: number;

  @ApiProperty({ enum: ['Actual', 'Agreed', 'Indicative'] })
  @IsIn(['Actual', 'Agreed', 'Indicative'])
  RateType: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Text(1, 256)
  ContractIdentification?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  ExpirationDateTime?: string;
}
