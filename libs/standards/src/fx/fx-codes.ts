/** Code lists of standards/v2.1/uae-fx-service-initiation-openapi.yaml, named after its components. */

/** AEFxQuoteStatusCodes */
export const FX_QUOTE_STATUSES = ['Accepted', 'AccountOpened', 'Actioned', 'Available', 'Cancelled', 'Completed', 'Expired', 'Funded', 'Rejected'] as const;
export type FxQuoteStatus = (typeof FX_QUOTE_STATUSES)[number];

/** FX QuoteStatus the LFI may report: all but Accepted, the TPP's own step. */
export const FX_QUOTE_LOG_STATUSES = FX_QUOTE_STATUSES.filter((s) => s !== 'Accepted');

/** AEFxQuoteRequestProperties.TransactionType */
export const FX_TRANSACTION_TYPES = ['Spot', 'Remittance', 'SpotAndRemittance'] as const;

/** AEFxCommission.PaymentMethod */
export const FX_COMMISSION_PAYMENT_METHODS = ['DirectToTPP', 'ThroughAPIHub'] as const;
