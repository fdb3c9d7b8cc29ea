import { ActiveCurrencyAmountDto } from '../common/active-currency-amount.dto';
import { Amount, FullDate, Text } from '../common/validation/format-decorators';
import { Flag, MemberCombination, NestedObject, OneOf, Optional, Required, WholeNumber } from '../common/validation/shape-decorators';
import { CONSENT_SCHEDULE_SHAPES, CONSENT_SCHEDULE_VARIANTS } from './payment-codes';
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
   * Optional, as in errata2 (ControlParameters has no `required` list). When given, it names the
   * payments the consent authorises: one variant, or the Combined Payment (one SinglePayment and
   * one MultiPayment) its description names. Hub rule: an empty schedule, or a FilePayment beside
   * another variant, is refused, since no payment could be checked against it.
   */
  @Optional()
  @NestedObject(() => ConsentScheduleDto)
  @MemberCombination(CONSENT_SCHEDULE_VARIANTS, CONSENT_SCHEDULE_SHAPES, `exactly one of ${CONSENT_SCHEDULE_VARIANTS.join(', ')}, or SinglePayment and MultiPayment together (a Combined Payment)`)
  ConsentSchedule?: ConsentScheduleDto;
}
