import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber } from 'class-validator';
import { CurrencyCode, DateTimeWithTimezone, OneOf, Optional, RATE_TYPES, SCHEMA_PATTERN, Text } from '@hub/standards';

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

  @ApiProperty({ enum: RATE_TYPES })
  @OneOf(RATE_TYPES, 'AERateType')
  RateType: string;

  @ApiPropertyOptional()
  @Optional()
  @Text(1, 256)
  ContractIdentification?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @Optional()
  @DateTimeWithTimezone()
  ExpirationDateTime?: string;
}
