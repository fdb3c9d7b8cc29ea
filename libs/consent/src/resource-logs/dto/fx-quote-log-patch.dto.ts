import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { ActiveCurrencyAmountDto, DescribedChargeDto } from '../../consent-manager-api/dto/payment-terms.dto';

/** QuoteStatus values the LFI may report (Accepted is the TPP's own step). */
export const FX_QUOTE_LOG_STATUSES = ['AccountOpened', 'Actioned', 'Available', 'Cancelled', 'Expired', 'Funded', 'Rejected', 'Completed'] as const;

class FxTradeDto {
  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  SellAmount: ActiveCurrencyAmountDto;

  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  BuyAmount: ActiveCurrencyAmountDto;

  @ApiPropertyOptional({ type: [DescribedChargeDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DescribedChargeDto)
  Charges?: DescribedChargeDto[];
}

class FxCommissionDto {
  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ActiveCurrencyAmountDto)
  CommissionAmount: ActiveCurrencyAmountDto;
}

/**
 * `PATCH /fx-quote-log/{logId}` (UpdateFxQuoteLog): an intermediate or failed status, or
 * `Completed` with the finalised Trade and Commission, which only Completed carries.
 */
export class FxQuoteLogPatchDto {
  @ApiProperty({ enum: FX_QUOTE_LOG_STATUSES })
  @IsIn(FX_QUOTE_LOG_STATUSES)
  QuoteStatus: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  AdditionalStatusInformation?: string;

  @ApiPropertyOptional({ type: FxTradeDto, description: 'Required with, and only with, QuoteStatus Completed' })
  @ValidateIf((o: FxQuoteLogPatchDto) => o.QuoteStatus === 'Completed' || o.Trade !== undefined)
  @IsDefined({ message: 'Trade is required with QuoteStatus Completed' })
  @ValidateNested()
  @Type(() => FxTradeDto)
  Trade?: FxTradeDto;

  @ApiPropertyOptional({ type: FxCommissionDto, description: 'Required with, and only with, QuoteStatus Completed' })
  @ValidateIf((o: FxQuoteLogPatchDto) => o.QuoteStatus === 'Completed' || o.Commission !== undefined)
  @IsDefined({ message: 'Commission is required with QuoteStatus Completed' })
  @ValidateNested()
  @Type(() => FxCommissionDto)
  Commission?: FxCommissionDto;
}
