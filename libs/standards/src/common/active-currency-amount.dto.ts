import { ApiProperty } from '@nestjs/swagger';
import { SCHEMA_PATTERN } from './patterns';
import { Amount, CurrencyCode } from './validation/format-decorators';
import { Required } from './validation/shape-decorators';

/**
 * An amount qualified by its currency, both required. One class for the standard's same-shaped
 * schemas: UAEPaymentAPI.AEActiveCurrencyAmount (FX trades, charges), AEStandardModels.AEAmountAndCurrency,
 * AEMaximumIndividualAmount and AEPeriodTypeMaximumCumulativeValueOfPayments (payment consents).
 */
export class ActiveCurrencyAmountDto {
  @ApiProperty({ example: '100.00', pattern: SCHEMA_PATTERN.amount })
  @Required()
  @Amount()
  Amount: string;

  @ApiProperty({ example: 'AED', pattern: SCHEMA_PATTERN.currencyCode })
  @Required()
  @CurrencyCode()
  Currency: string;
}
