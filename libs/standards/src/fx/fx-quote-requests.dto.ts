import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { ActiveCurrencyAmountDto } from '../common/active-currency-amount.dto';
import { SubscriptionDto } from '../common/event-subscription.dto';
import { IdentityAssuranceDto } from '../common/identity-assurance.dto';
import { CurrencyCode, Text } from '../common/validation/format-decorators';
import { NestedArray, NestedObject, OneOf, Optional, Required } from '../common/validation/shape-decorators';
import { FxChargeDto } from './fx-charge.dto';
import { FX_COMMISSION_PAYMENT_METHODS, FX_TRANSACTION_TYPES } from './fx-codes';

/** AEFxQuoteRequestProperties. RemittanceInformation and the claims' details are passed to the LFI as sent. */
export class FxQuoteRequestDataDto {
  /** AEQuoteReferenceType */
  @ApiProperty({ minLength: 1, maxLength: 37 })
  @Required()
  @Text(1, 37)
  QuoteReference: string;

  @ApiProperty({ enum: FX_TRANSACTION_TYPES })
  @Required()
  @OneOf(FX_TRANSACTION_TYPES, 'TransactionType')
  TransactionType: string;

  @ApiProperty({ example: 'AED' })
  @Required()
  @CurrencyCode()
  UnitCurrency: string;

  @ApiProperty({ example: 'USD' })
  @Required()
  @CurrencyCode()
  QuotedCurrency: string;

  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @Required()
  @NestedObject(() => ActiveCurrencyAmountDto)
  TradeAmount: ActiveCurrencyAmountDto;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256 })
  @Optional()
  @Text(1, 256)
  ContractIdentification?: string;

  @ApiPropertyOptional({ type: IdentityAssuranceDto })
  @Optional()
  @NestedObject(() => IdentityAssuranceDto)
  Party?: IdentityAssuranceDto;

  @ApiPropertyOptional({ description: 'AEFxQuoteRemittanceInformation', type: Object })
  @Optional()
  @IsObject()
  RemittanceInformation?: Record<string, unknown>;
}

/** AECreateFxQuoteRequestBody1 (the JSON body, or the `message` of the signed one). */
export class CreateFxQuoteRequestDto {
  @ApiProperty({ type: FxQuoteRequestDataDto })
  @Required()
  @NestedObject(() => FxQuoteRequestDataDto)
  Data: FxQuoteRequestDataDto;
}

class FxTradeDto {
  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @Required()
  @NestedObject(() => ActiveCurrencyAmountDto)
  SellAmount: ActiveCurrencyAmountDto;

  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @Required()
  @NestedObject(() => ActiveCurrencyAmountDto)
  BuyAmount: ActiveCurrencyAmountDto;

  @ApiPropertyOptional({ type: [FxChargeDto] })
  @Optional()
  @NestedArray(() => FxChargeDto)
  Charges?: FxChargeDto[];
}

class FxCommissionDto {
  @ApiProperty({ type: ActiveCurrencyAmountDto })
  @Required()
  @NestedObject(() => ActiveCurrencyAmountDto)
  CommissionAmount: ActiveCurrencyAmountDto;

  @ApiProperty({ enum: FX_COMMISSION_PAYMENT_METHODS })
  @Required()
  @OneOf(FX_COMMISSION_PAYMENT_METHODS, 'PaymentMethod')
  PaymentMethod: string;
}

class AcceptFxQuoteDataDto {
  @ApiProperty({ minLength: 1, maxLength: 37 })
  @Required()
  @Text(1, 37)
  QuoteReference: string;

  /** The document's enum has the one value: Accepted is the only status a TPP may set. */
  @ApiProperty({ enum: ['Accepted'] })
  @Required()
  @OneOf(['Accepted'], 'QuoteStatus')
  QuoteStatus: string;

  @ApiProperty({ type: FxTradeDto })
  @Required()
  @NestedObject(() => FxTradeDto)
  Trade: FxTradeDto;

  @ApiProperty({ type: FxCommissionDto })
  @Required()
  @NestedObject(() => FxCommissionDto)
  Commission: FxCommissionDto;
}

/** AEUpdateFxQuoteRequestBody1: the `message` of the signed PATCH that accepts a quote. */
export class UpdateFxQuoteRequestDto {
  @ApiProperty({ type: AcceptFxQuoteDataDto })
  @Required()
  @NestedObject(() => AcceptFxQuoteDataDto)
  Data: AcceptFxQuoteDataDto;

  @ApiPropertyOptional({ type: SubscriptionDto })
  @Optional()
  @NestedObject(() => SubscriptionDto)
  Subscription?: SubscriptionDto;
}
