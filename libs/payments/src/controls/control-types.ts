/** AEStandardModels.AEAmountAndCurrency. */
export interface AmountAndCurrency {
  Amount: string;
  Currency: string;
}

/** AEConsentStatus.AEPaymentConsumption: the first two members always, the period ones for schedules with a PeriodType. */
export interface PaymentConsumption {
  CumulativeNumberOfPayments: number;
  CumulativeValueOfPayments: AmountAndCurrency;
  CumulativeNumberOfPaymentsInCurrentPeriod?: number;
  CumulativeValueOfPaymentsInCurrentPeriod?: AmountAndCurrency;
}

/** A payment that counts against its consent (not Rejected by the LFI, not refused). */
export interface CountedPayment {
  amount: string;
  currency: string;
  createdAt: string;
}

/** Why a payment does not fit its consent, with the standard's error code. */
export interface ControlRefusal {
  code: 'Consent.FailsControlParameters' | 'Consent.BusinessRuleViolation' | 'Consent.Invalid';
  message: string;
  /** Where in the consent the rule is, e.g. ControlParameters.ConsentSchedule.MultiPayment.MaximumCumulativeValueOfPayments. */
  path?: string;
}

/** AEPeriodType. */
export type PeriodType = 'Day' | 'Week' | 'Month' | 'Year';

export interface PaymentCheckInput {
  controlParameters: unknown;
  /** Which payment is checked; a `cbuae-payment` when absent. */
  paymentType?: 'cbuae-payment' | 'cbuae-file-payment';
  /** The consent's ExpirationDateTime. */
  expiresAt?: string;
  amount: string;
  currency: string;
  /** The consent's payments of this payment type that count (not Rejected, not refused by the LFI). */
  counted: CountedPayment[];
  now: Date;
}
