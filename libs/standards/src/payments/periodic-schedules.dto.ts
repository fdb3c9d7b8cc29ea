import { Allow } from 'class-validator';
import { ActiveCurrencyAmountDto } from '../common/active-currency-amount.dto';
import { FullDate } from '../common/validation/format-decorators';
import { MinMembers, NestedArray, NestedObject, OneOf, Optional, Required, WholeNumber } from '../common/validation/shape-decorators';
import { PERIOD_TYPES, PERIODIC_SCHEDULE_TYPES } from './payment-codes';

/*
 * The six variants of AEBankServiceInitiationLongLivedPaymentConsentPeriodicSchedule (a oneOf
 * discriminated by `Type`), all validated precisely. Dates are checked as dates only: the
 * document gives no rule relating them to the consent's period.
 */

/** Used when `Type` names no variant: only `Type` is reported, since it decides what the rest must be. */
export class UnknownPeriodicScheduleDto {
  @Required() @OneOf(PERIODIC_SCHEDULE_TYPES, 'PeriodicSchedule Type') Type: string;
  @Allow() PeriodType?: unknown;
  @Allow() PeriodStartDate?: unknown;
  @Allow() Amount?: unknown;
  @Allow() MaximumIndividualAmount?: unknown;
  @Allow() Controls?: unknown;
  @Allow() Schedule?: unknown;
}

/** AEBankServiceInitiationFixedSchedule: one payment of a FixedDefinedSchedule. */
export class FixedScheduleItemDto {
  @Required() @FullDate() PaymentExecutionDate: string;
  @Required() @NestedObject(() => ActiveCurrencyAmountDto) Amount: ActiveCurrencyAmountDto;
}

/** AEBankServiceInitiationVariableSchedule: one payment of a VariableDefinedSchedule. */
export class VariableScheduleItemDto {
  @Required() @FullDate() PaymentExecutionDate: string;
  @Required() @NestedObject(() => ActiveCurrencyAmountDto) MaximumIndividualAmount: ActiveCurrencyAmountDto;
}

export class FixedDefinedScheduleDto {
  @Required() @OneOf(['FixedDefinedSchedule'], 'Type') Type: string;
  @Required() @NestedArray(() => FixedScheduleItemDto, { min: 1, max: 53 }) Schedule: FixedScheduleItemDto[];
}

export class VariableDefinedScheduleDto {
  @Required() @OneOf(['VariableDefinedSchedule'], 'Type') Type: string;
  @Required() @NestedArray(() => VariableScheduleItemDto, { min: 1, max: 53 }) Schedule: VariableScheduleItemDto[];
}

export class FixedPeriodicScheduleDto {
  @Required() @OneOf(['FixedPeriodicSchedule'], 'Type') Type: string;
  @Required() @OneOf(PERIOD_TYPES, 'AEPeriodType') PeriodType: string;
  @Required() @FullDate() PeriodStartDate: string;
  @Required() @NestedObject(() => ActiveCurrencyAmountDto) Amount: ActiveCurrencyAmountDto;
}

export class VariablePeriodicScheduleDto {
  @Required() @OneOf(['VariablePeriodicSchedule'], 'Type') Type: string;
  @Required() @OneOf(PERIOD_TYPES, 'AEPeriodType') PeriodType: string;
  @Required() @FullDate() PeriodStartDate: string;
  @Required() @NestedObject(() => ActiveCurrencyAmountDto) MaximumIndividualAmount: ActiveCurrencyAmountDto;
}

/** FixedOnDemand.Controls (minProperties: 1). */
export class FixedOnDemandControlsDto {
  @Optional() @NestedObject(() => ActiveCurrencyAmountDto) MaximumCumulativeValueOfPaymentsPerPeriod?: ActiveCurrencyAmountDto;
  @Optional() @WholeNumber() MaximumCumulativeNumberOfPaymentsPerPeriod?: number;
}

export class FixedOnDemandDto {
  @Required() @OneOf(['FixedOnDemand'], 'Type') Type: string;
  @Required() @OneOf(PERIOD_TYPES, 'AEPeriodType') PeriodType: string;
  @Required() @FullDate() PeriodStartDate: string;
  @Required() @NestedObject(() => ActiveCurrencyAmountDto) Amount: ActiveCurrencyAmountDto;
  @Required() @NestedObject(() => FixedOnDemandControlsDto) @MinMembers(1) Controls: FixedOnDemandControlsDto;
}

/** VariableOnDemand.Controls (minProperties: 1). */
export class VariableOnDemandControlsDto {
  @Optional() @NestedObject(() => ActiveCurrencyAmountDto) MaximumIndividualAmount?: ActiveCurrencyAmountDto;
  @Optional() @NestedObject(() => ActiveCurrencyAmountDto) MaximumCumulativeValueOfPaymentsPerPeriod?: ActiveCurrencyAmountDto;
  @Optional() @WholeNumber() MaximumCumulativeNumberOfPaymentsPerPeriod?: number;
}

export class VariableOnDemandDto {
  @Required() @OneOf(['VariableOnDemand'], 'Type') Type: string;
  @Required() @OneOf(PERIOD_TYPES, 'AEPeriodType') PeriodType: string;
  @Required() @FullDate() PeriodStartDate: string;
  @Required() @NestedObject(() => VariableOnDemandControlsDto) @MinMembers(1) Controls: VariableOnDemandControlsDto;
}

/** class-transformer builds the variant that `Type` names (the document's discriminator mapping). */
export const PERIODIC_SCHEDULE_DISCRIMINATOR = {
  keepDiscriminatorProperty: true,
  discriminator: {
    property: 'Type',
    subTypes: [
      { name: 'FixedDefinedSchedule', value: FixedDefinedScheduleDto },
      { name: 'VariableDefinedSchedule', value: VariableDefinedScheduleDto },
      { name: 'FixedPeriodicSchedule', value: FixedPeriodicScheduleDto },
      { name: 'VariablePeriodicSchedule', value: VariablePeriodicScheduleDto },
      { name: 'FixedOnDemand', value: FixedOnDemandDto },
      { name: 'VariableOnDemand', value: VariableOnDemandDto },
    ],
  },
};
