import { CountryCode, CurrencyCode, Text } from '../common/validation/format-decorators';
import { Decimal, NestedObject, OneOf, Optional, Required } from '../common/validation/shape-decorators';
import { CHARGE_BEARER_CODES, INSTRUCTION_PRIORITIES, RATE_TYPES } from './payment-codes';

/** AEBankServiceInitiation.AEExchangeRateInformation */
export class ExchangeRateInformationDto {
  @Required() @CurrencyCode() UnitCurrency: string;
  @Optional() @Decimal() ExchangeRate?: number;
  @Required() @OneOf(RATE_TYPES, 'AERateType') RateType: string;
  @Optional() @Text(1, 256) ContractIdentification?: string;
}

/** AEBankServiceInitiation.AECurrencyRequest: the non-local currency or FX part of a payment consent. */
export class CurrencyRequestDto {
  @Optional() @OneOf(INSTRUCTION_PRIORITIES, 'AEInstructionPriority') InstructionPriority?: string;

  @Required() @Text(1, 140) ExtendedPurpose: string;

  @Optional() @OneOf(CHARGE_BEARER_CODES, 'AEChargeBearerType1Code') ChargeBearer?: string;

  @Required() @CurrencyCode() CurrencyOfTransfer: string;

  /**
   * The document's pattern '[A-Z]{2,2}' has no anchors, so as JSON Schema it accepts any string
   * containing two capitals; its description says ISO 3166 alpha-2, which is what is checked
   * (a conformance case records this divergence).
   */
  @Optional() @CountryCode() DestinationCountryCode?: string;

  @Optional() @NestedObject(() => ExchangeRateInformationDto) ExchangeRateInformation?: ExchangeRateInformationDto;

  @Optional() @Text(1, 128) FxQuoteId?: string;
}
