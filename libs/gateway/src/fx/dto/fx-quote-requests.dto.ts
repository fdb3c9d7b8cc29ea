import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ChargeDto, CurrencyAmountDto, SubscriptionDto } from '../../service-initiation/dto/common.dto';
import { IdentityAssuranceDto } from '../../service-initiation/dto/identity-assurance.dto';

const CURRENCY = /^[A-Z]{3}$/;

/** AEFxQuoteRequestProperties. RemittanceInformation and the claims' details are passed to the LFI as sent. */
export class FxQuoteRequestDataDto {
  @ApiProperty({ minLength: 1, maxLength: 37 })
  @IsString()
  @MinLength(1)
  @MaxLength(37)
  QuoteReference: string;

  @ApiProperty({ enum: ['Spot', 'Remittance', 'SpotAndRemittance'] })
  @IsIn(['Spot', 'Remittance', 'SpotAndRemittance'])
  TransactionType: string;

  @ApiProperty({ example: 'AED' })
  @Matches(CURRENCY, { message: '$property must be an ISO 4217 currency code' })
  UnitCurrency: string;

  @ApiProperty({ example: 'USD' })
  @Matches(CURRENCY, { message: '$property must be an ISO 4217 currency code' })
  QuotedCurrency: string;

  @ApiProperty({ type: CurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CurrencyAmountDto)
  TradeAmount: CurrencyAmountDto;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  ContractIdentification?: string;

  @ApiPropertyOptional({ type: IdentityAssuranceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdentityAssuranceDto)
  Party?: IdentityAssuranceDto;

  @ApiPropertyOptional({ description: 'AEFxQuoteRemittanceInformation', type: Object })
  @IsOptional()
  @IsObject()
  RemittanceInformation?: Record<string, unknown>;
}

/** AECreateFxQuoteRequestBody1 (the JSON body, or the `message` of the signed one). */
export class CreateFxQuoteRequestDto {
  @ApiProperty({ type: FxQuoteRequestDataDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FxQuoteRequestDataDto)
  Data: FxQuoteRequestDataDto;
}

class FxTradeDto {
  @ApiProperty({ type: CurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CurrencyAmountDto)
  SellAmount: CurrencyAmountDto;

  @ApiProperty({ type: CurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CurrencyAmountDto)
  BuyAmount: CurrencyAmountDto;

  @ApiPropertyOptional({ type: [ChargeDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChargeDto)
  Charges?: ChargeDto[];
}

class FxCommissionDto {
  @ApiProperty({ type: CurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CurrencyAmountDto)
  CommissionAmount: CurrencyAmountDto;

  @ApiProperty({ enum: ['DirectToTPP', 'ThroughAPIHub'] })
  @IsIn(['DirectToTPP', 'ThroughAPIHub'])
  PaymentMethod: string;
}

class AcceptFxQuoteDataDto {
  @ApiProperty({ minLength: 1, maxLength: 37 })
  @IsString()
  @MinLength(1)
  @MaxLength(37)
  QuoteReference: string;

  @ApiProperty({ enum: ['Accepted'] })
  @IsIn(['Accepted'], { message: 'QuoteStatus must be Accepted, the only status a TPP may set' })
  QuoteStatus: string;

  @ApiProperty({ type: FxTradeDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FxTradeDto)
  Trade: FxTradeDto;

  @ApiProperty({ type: FxCommissionDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => FxCommissionDto)
  Commission: FxCommissionDto;
}

/** AEUpdateFxQuoteRequestBody1: the `message` of the signed PATCH that accepts a quote. */
export class UpdateFxQuoteRequestDto {
  @ApiProperty({ type: AcceptFxQuoteDataDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AcceptFxQuoteDataDto)
  Data: AcceptFxQuoteDataDto;

  @ApiPropertyOptional({ type: SubscriptionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubscriptionDto)
  Subscription?: SubscriptionDto;
}
