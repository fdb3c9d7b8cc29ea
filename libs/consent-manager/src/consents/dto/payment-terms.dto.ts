import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsISO8601, IsNumber, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

/** AEActiveCurrencyAmount. */
export class ActiveCurrencyAmountDto {
  @ApiProperty({ example: '1.50', pattern: '^\\d{1,16}\\.\\d{2}$' })
  @Matches(/^\d{1,16}\.\d{2}$/, { message: '$property must be an amount such as 100.00' })
  Amount: string;

  @ApiProperty({ example: 'AED', pattern: '^[A-Z]{3,3}$' })
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 currency code' })
  Currency: string;
}

/** One item of AECharges. */
export class ChargeDto {
  @ApiProperty({ enum: ['BorneByCreditor', 'BorneByDebtor', 'Shared'] })
  @IsIn(['BorneByCreditor', 'BorneByDebtor', 'Shared'])
  ChargeBearer: string;

  @ApiProperty({ enum: ['VAT', 'Fees'] })
  @IsIn(['VAT', 'Fees'])
  Type: string;

  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  Amount: ActiveCurrencyAmountDto;
}

/** A charge of an FX trade (FxServiceInitiation.AECharges): a payment charge that may carry a description. */
export class DescribedChargeDto extends ChargeDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 140 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(140)
  Description?: string;
}

/** AEExchangeRateInformation. */
export class ExchangeRateDto {
  @ApiProperty({ example: 'USD' })
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 currency code' })
  UnitCurrency: string;

  @ApiProperty({ example: 3.6725 })
  @IsNumber()
  ExchangeRate: number;

  @ApiProperty({ enum: ['Actual', 'Agreed', 'Indicative'] })
  @IsIn(['Actual', 'Agreed', 'Indicative'])
  RateType: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  ContractIdentification?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  ExpirationDateTime?: string;
}
