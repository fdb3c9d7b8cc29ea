/**
 * Code lists of the payment consent (service initiation) schemas, named after the components of
 * standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml and the bank initiation document
 * that define them. Kept here, once, so the DTOs and their messages agree on the values.
 */

/** AEBankServiceInitiationRichAuthorizationRequests.AEPeriodType */
export const PERIOD_TYPES = ['Day', 'Week', 'Month', 'Year'] as const;

/** The `Type` discriminator of AEBankServiceInitiationLongLivedPaymentConsentPeriodicSchedule. */
export const PERIODIC_SCHEDULE_TYPES = [
  'FixedDefinedSchedule',
  'VariableDefinedSchedule',
  'FixedPeriodicSchedule',
  'VariablePeriodicSchedule',
  'FixedOnDemand',
  'VariableOnDemand',
] as const;

/** The members of ControlParameters.ConsentSchedule. */
export const CONSENT_SCHEDULE_VARIANTS = ['SinglePayment', 'MultiPayment', 'FilePayment'] as const;

/** AEBankServiceInitiation.AEInstructionPriority */
export const INSTRUCTION_PRIORITIES = ['Normal', 'Urgent'] as const;

/** AEBankServiceInitiation.AEChargeBearerType1Code */
export const CHARGE_BEARER_CODES = ['BorneByCreditor', 'BorneByDebtor', 'Shared'] as const;

/** AEBankServiceInitiation.AERateType */
export const RATE_TYPES = ['Actual', 'Agreed', 'Indicative'] as const;

/** AEExternalPaymentChargeTypeCode (AECharges.Type). */
export const CHARGE_TYPE_CODES = ['VAT', 'Fees'] as const;
