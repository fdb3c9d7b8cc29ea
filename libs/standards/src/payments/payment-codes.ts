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

/**
 * The shapes ControlParameters.ConsentSchedule may take: one kind of payment, or the "Combined
 * Payment (one SinglePayment and one MultiPayment)" the schema's description names. The schema
 * itself closes the object but constrains no combination; a FilePayment beside another variant
 * is no payment the documents describe.
 */
export const CONSENT_SCHEDULE_SHAPES = [['SinglePayment'], ['MultiPayment'], ['FilePayment'], ['SinglePayment', 'MultiPayment']] as const;

/** AEServiceInitiationOpenFinancePaymentBilling.Type: what kind of payment the TPP is billed for. */
export const OPEN_FINANCE_PAYMENT_BILLING_TYPES = ['Collection', 'LargeValueCollection', 'PushP2P', 'PullP2P', 'Me2Me'] as const;

/**
 * AEPaymentPurposeCode: minLength 1, maxLength 3, ^[A-Z]{3}$. The document points to the published
 * AANI purpose code list, which is not public in machine-readable form: the pattern is checked.
 */
export const PAYMENT_PURPOSE_CODE = { regex: /^[A-Z]{3}$/, inWords: 'an AANI payment purpose code of 3 upper-case letters, e.g. ACM' } as const;
