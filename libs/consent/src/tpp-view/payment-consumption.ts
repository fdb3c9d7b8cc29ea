/** AEAmountAndCurrency. */
export interface AmountAndCurrency {
  Amount: string;
  Currency: string;
}

/**
 * AEConsentStatus.AEPaymentConsumption: the first two members are required. The payment log
 * (@hub/payments) says what a consent's payments consumed; the consent view only shows it.
 */
export interface PaymentConsumption {
  CumulativeNumberOfPayments: number;
  CumulativeValueOfPayments: AmountAndCurrency;
  CumulativeNumberOfPaymentsInCurrentPeriod?: number;
  CumulativeValueOfPaymentsInCurrentPeriod?: AmountAndCurrency;
}
