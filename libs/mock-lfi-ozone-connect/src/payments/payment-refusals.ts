import { ApiError } from '@hub/kernel';
import type { PaymentRejectReason } from '@hub/mock-lfi-store';

/**
 * The bank's failure table (docs/payments-failures.md). A payment the bank will not take at all is
 * refused at once with a 4xx and no payment is made, as the Ozone Connect document says ("if the
 * Payment resource is rejected, and no Payment resource is created - a 4xx HTTP status code is
 * returned"). The document's prescribed codes come first; where it has none, the AANI reason code
 * of the same cause (ISO 20022 ExternalStatusReason), which the Consent Manager names the standard
 * for rejections "at the LFI, prior to submission to AANI".
 */
export const PAYMENT_REFUSALS = {
  debtorAccountSuspended: { status: 403, code: 'Consent.AccountTemporarilyBlocked', cause: 'the debtor account is Suspended, Dormant or Inactive' },
  debtorAccountClosed: { status: 403, code: 'Consent.PermanentAccountAccessFailure', cause: 'the debtor account is Closed (or Deceased, Unclaimed)' },
  currencyNotOfAccount: { status: 400, code: 'AANI.AM03', cause: 'the instructed currency is not the debtor account\'s' },
  insufficientFunds: { status: 400, code: 'AANI.AM04', cause: 'the amount exceeds the available balance plus the overdraft' },
  creditorAccountInvalid: { status: 400, code: 'AANI.AC03', cause: 'the creditor IBAN is malformed, fails its mod-97 check, or names no account of this bank' },
  creditorAccountClosed: { status: 400, code: 'AANI.AC04', cause: 'the creditor account at this bank is Closed' },
  creditorAccountBlocked: { status: 400, code: 'AANI.AC06', cause: 'the creditor account at this bank is Suspended, Dormant or Inactive' },
  creditorCurrencyNotOfAccount: { status: 400, code: 'AANI.AC09', cause: 'the creditor account at this bank is kept in another currency' },
  creditorNotConsented: { status: 400, code: 'Consent.FailsControlParameters', cause: 'the payment\'s creditor is not one the consent names' },
  creditorUnknown: { status: 400, code: 'Consent.BusinessRuleViolation', cause: 'neither the payment nor the consent names exactly one creditor' },
  notDomestic: { status: 400, code: 'Consent.BusinessRuleViolation', cause: 'an international payment (CurrencyRequest, or a creditor outside the UAE): the sandbox bank pays in the UAE only' },
  piiUnreadable: { status: 400, code: 'JWE.DecryptionError', cause: 'PersonalIdentifiableInformation is not a JWE to this bank\'s encryption key' },
} as const satisfies Record<string, { status: number; code: string; cause: string }>;

export type PaymentRefusal = keyof typeof PAYMENT_REFUSALS;

export function refusal(kind: PaymentRefusal, detail: string): ApiError {
  const { status, code } = PAYMENT_REFUSALS[kind];
  return new ApiError(status, code, detail);
}

/**
 * Outcomes after the payment was taken (201 Pending): the rail's answer arrives later and the
 * payment becomes Rejected with this reason, reported to the hub's payment log.
 */
export const RAIL_REJECTIONS = {
  creditorBankUnreachable: { code: 'AANI.AB08', message: 'The creditor bank did not answer on AANI (offline creditor agent); no money moved.' },
} as const satisfies Record<string, PaymentRejectReason>;

/** A file's lines fail one by one, each with its refusal's code (the report says why); a file none of whose lines could be paid is Rejected. */
export const FILE_REJECTED: PaymentRejectReason = { code: 'LFI.NoLinePaid', message: 'No line of the file could be paid; see the report file.' };

