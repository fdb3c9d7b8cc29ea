/** Code lists of standards/v2.1/uae-insurance-openapi.yaml, named after its components. */

/** The seven lines of business, as their paths spell them (/{line}-insurance-quotes). */
export const INSURANCE_LINES = ['employment', 'health', 'home', 'life', 'motor', 'renters', 'travel'] as const;
export type InsuranceLine = (typeof INSURANCE_LINES)[number];

/** AEInsuranceQuoteStatusCodes, the document's whole list. */
export const INSURANCE_QUOTE_STATUS_CODES = [
  'ApplicationPending',
  'KYCCaptured',
  'Available',
  'Pending',
  'UnderwritingCompleted',
  'Issued',
  'Completed',
  'Expired',
  'Rejected',
  'CustomerCancelled',
  'LFICancelled',
  'ApplicationApproved',
  'PaymentRequired',
  'PolicyIssued',
] as const;

/** AEInsuranceAcceptedByUserQuoteStatusCodes: the statuses a TPP accepts a quote with. */
export const INSURANCE_ACCEPTED_STATUSES = ['ApplicationPending', 'KYCCaptured'] as const;
export type InsuranceQuoteAcceptedStatus = (typeof INSURANCE_ACCEPTED_STATUSES)[number];

/** Insurance quote statuses pending completion, and the negative final ones (AEInsuranceQuoteEvent*). */
export const INSURANCE_PENDING_STATUSES = ['ApplicationPending', 'ApplicationApproved', 'PaymentRequired', 'PolicyIssued'] as const;
export const INSURANCE_NEGATIVE_STATUSES = ['Expired', 'Rejected', 'CustomerCancelled', 'LFICancelled'] as const;

/**
 * QuoteStatus of insurance quotes as the read responses and the quote events use them: as created,
 * as accepted and as the LFI moves them. UnderwritingCompleted and Issued, also in
 * AEInsuranceQuoteStatusCodes, appear in no v2.1 event or flow.
 */
export const INSURANCE_QUOTE_STATUSES = ['Pending', 'Available', 'KYCCaptured', ...INSURANCE_PENDING_STATUSES, 'Completed', ...INSURANCE_NEGATIVE_STATUSES] as const;
export type InsuranceQuoteStatus = (typeof INSURANCE_QUOTE_STATUSES)[number];

/** The quote request's QuoteType. */
export const INSURANCE_QUOTE_TYPES = ['New', 'Switch', 'Renewal'] as const;

/** CustomerSalary of a health quote. */
export const CUSTOMER_SALARY_BANDS = ['Under4K', 'Over4K'] as const;
