import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsIn, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { ActiveCurrencyAmountDto, FX_QUOTE_LOG_STATUSES, FxChargeDto } from '@hub/standards';
import { StatusInformationDto } from './status-information.dto';

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

  @ApiPropertyOptional({ type: [FxChargeDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FxChargeDto)
  Charges?: FxChargeDto[];
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
export class FxQuoteLogPatchDto extends StatusInformationDto {
  @ApiProperty({ enum: FX_QUOTE_LOG_STATUSES })
  @IsIn(FX_QUOTE_LOG_STATUSES)
  QuoteStatus: string;

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
