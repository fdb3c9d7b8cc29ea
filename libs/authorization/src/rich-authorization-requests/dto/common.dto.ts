import { ON_BEHALF_OF_IDENTIFIER_TYPES } from '../rar-codes';
import { Amount, CurrencyCode, Text } from '../validation/format-decorators';
import { OneOf, Optional, Required } from '../validation/shape-decorators';

/**
 * An amount qualified by its currency, both required. One class for the standard's three
 * same-shaped schemas: AEStandardModels.AEAmountAndCurrency, AEMaximumIndividualAmount and
 * AEPeriodTypeMaximumCumulativeValueOfPayments.
 */
export class AmountAndCurrencyDto {
  @Required() @Amount() Amount: string;
  @Required() @CurrencyCode() Currency: string;
}

/**
 * AEOnBehalfOf (insurance) and AEBankDataSharingRichAuthorizationRequests.OnBehalfOf (data
 * sharing): the same four optional members; the documents set no lengths on them.
 */
export class OnBehalfOfDto {
  @Optional() @Text() TradingName?: string;
  @Optional() @Text() LegalName?: string;
  @Optional() @OneOf(ON_BEHALF_OF_IDENTIFIER_TYPES, 'AEOnBehalfOfIdentifierType') IdentifierType?: string;
  @Optional() @Text() Identifier?: string;
}
