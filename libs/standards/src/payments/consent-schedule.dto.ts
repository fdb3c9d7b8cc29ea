import { ActiveCurrencyAmountDto } from '../common/active-currency-amount.dto';
import { Amount, FullDate, Text } from '../common/validation/format-decorators';
import { ExactlyOneMember, Flag, NestedObject, OneOf, Optional, Required, WholeNumber } from '../common/validation/shape-decorators';
import { CONSENT_SCHEDULE_VARIANTS } from './payment-codes';
import { PERIODIC_SCHEDULE_DISCRIMINATOR, UnknownPeriodicScheduleDto } from './periodic-schedules.dto';

/** AEBankServiceInitiationSingleInstantPayment */
export class SingleInstantPaymentDto {
  @Required() @OneOf(['SingleInstantPayment'], 'Type') Type: string;
  @Required() @NestedObject(() => ActiveCurrencyAmountDto) Amount: ActiveCurrencyAmountDto;
}

/** AEBankServiceInitiationLongLivedPaymentConsent (ConsentSchedule.MultiPayment) */
export class LongLivedPaymentConsentDto {
  @Optional() @NestedObject(() => ActiveCurrencyAmountDto) MaximumCumulativeValueOfPayments?: ActiveCurrencyAmountDto;
  @Optional() @WholeNumber() MaximumCumulativeNumberOfPayments?: number;
  @Required() @NestedObject(() => UnknownPeriodicScheduleDto, PERIODIC_SCHEDULE_DISCRIMINATOR) PeriodicSchedule: object;
}

/**
 * AEBankServiceInitiationFilePaymentConsent. RequestedExecutionDate is checked as a date only;
 * the description's "in the future, within 1 year" is left to the LFI.
 */
export class FilePaymentConsentDto {
  @Required() @Text(1, 40) FileType: string;
  /** A base64 SHA-256 hash; the document constrains only its length. */
  @Required() @Text(1, 44) FileHash: string;
  @Optional() @Text(1, 35) FileReference?: string;
  @Required() @WholeNumber() NumberOfTransactions: number;
  @Required() @Amount() ControlSum: string;
  @Optional() @FullDate() RequestedExecutionDate?: string;
}

/** ControlParameters.ConsentSchedule: which kind of payment the consent authorises. */
export class ConsentScheduleDto {
  @Optional() @NestedObject(() => SingleInstantPaymentDto) SinglePayment?: SingleInstantPaymentDto;
  @Optional() @NestedObject(() => LongLivedPaymentConsentDto) MultiPayment?: LongLivedPaymentConsentDto;
  @Optional() @NestedObject(() => FilePaymentConsentDto) FilePayment?: FilePaymentConsentDto;
}

/** AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationControlParametersProperties */
export class ControlParametersDto {
  /** Payment with Delegated Authentication: the TPP manages the payment controls. */
  @Optional() @Flag() IsDelegatedAuthentication?: boolean;

  /**
   * Hub rules: the document makes ConsentSchedule optional and its description mentions a
   * "Combined Payment (one SinglePayment and one MultiPayment)"; the hub requires exactly one
   * variant, so a consent always says what it authorises and how it is consumed.
   */
  @Required() @NestedObject(() => ConsentScheduleDto) @ExactlyOneMember(CONSENT_SCHEDULE_VARIANTS) ConsentSchedule: ConsentScheduleDto;
}
