import { standardDateTime } from '@hub/consent';
import type { PaymentLogEntry, PaymentStatus } from '@hub/payments';
import type { AEFilePaymentIdResponse, AEFilePaymentIdResponseData, AEFilePaymentStatus, AEIdempotencyKeyQuery } from '@hub/standards';
import type { FilePaymentTerms } from './payment-file';

/** The TPP-facing base path of the Bank Service Initiation operations (after the tenant's resource server URL). */
export const PAYMENT_API = '/open-finance/payment/v2.1';

/**
 * AEFilePaymentStatus has two values, "Received" and "Rejected": a file payment the LFI has taken
 * stays Received while it works through the file (and after), its progress told by
 * OpenFinanceBilling.NumberOfSuccessfulTransactions; only a rejection of the whole file changes it.
 */
export const FILE_PAYMENT_STATUS: Readonly<Record<PaymentStatus, AEFilePaymentStatus>> = {
  Received: 'Received',
  Pending: 'Received',
  AcceptedSettlementCompleted: 'Received',
  AcceptedCreditSettlementCompleted: 'Received',
  AcceptedWithoutPosting: 'Received',
  Rejected: 'Rejected',
};

/** The members of AEBankServiceInitiationFilePaymentConsent, in the document's order. */
const INSTRUCTION_MEMBERS = ['FileType', 'FileHash', 'FileReference', 'NumberOfTransactions', 'ControlSum', 'RequestedExecutionDate'] as const;

/** Ozone Connect's `charges[]` item (camelCase) as the LFI sends it in its 201. */
interface OcCharge {
  chargeBearer?: string;
  type?: string;
  amount?: { amount?: string; currency?: string };
}

export function filePaymentUrl(resourceServerUrl: string, paymentId: string): string {
  return `${resourceServerUrl}${PAYMENT_API}/file-payments/${encodeURIComponent(paymentId)}`;
}

/**
 * AEFilePaymentIdResponse (201 of POST /file-payments, 200 of GET /file-payments/{PaymentId}) from
 * the hub's record: the LFI's answer as received, the status the LFI last reported through the
 * payment log, the TPP's request and the consent's FilePayment terms (the Instruction).
 */
export function filePaymentResource(entry: PaymentLogEntry, terms: FilePaymentTerms, resourceServerUrl: string): AEFilePaymentIdResponse {
  const lfi = entry.response ?? {};
  const request = (entry.request.Data ?? {}) as Record<string, unknown>;
  const data: AEFilePaymentIdResponseData = {
    PaymentId: entry.paymentId!,
    ConsentId: entry.consentId,
    Status: FILE_PAYMENT_STATUS[entry.status ?? 'Received'],
    StatusUpdateDateTime: standardDateTime(new Date(entry.statusUpdatedAt)),
    CreationDateTime: typeof lfi.creationDateTime === 'string' ? lfi.creationDateTime : standardDateTime(new Date(entry.createdAt)),
    Instruction: instructionOf(terms),
    PaymentPurposeCode: String(request.PaymentPurposeCode),
  };
  if (entry.rejectReasonCode?.length) data.RejectReasonCode = entry.rejectReasonCode.map((r) => ({ Code: r.code, Message: r.message }));
  const charges = chargesOf(lfi.charges);
  if (charges) data.Charges = charges;
  const successful = entry.numberOfSuccessfulTransactions ?? (lfi.openFinanceBilling as { NumberOfSuccessfulTransactions?: number } | undefined)?.NumberOfSuccessfulTransactions;
  if (typeof successful === 'number') data.OpenFinanceBilling = { NumberOfSuccessfulTransactions: successful };
  return {
    Data: data,
    Links: { Self: filePaymentUrl(resourceServerUrl, data.PaymentId), Related: `${resourceServerUrl}${PAYMENT_API}/payment-consents/${encodeURIComponent(entry.consentId)}` },
    Meta: {},
  };
}

/** AEIdempotencyKeyQuery (GET /file-payments): an empty Data and the link to the payment. */
export function filePaymentLink(resourceServerUrl: string, paymentId: string): AEIdempotencyKeyQuery {
  return { Data: {}, Links: { Self: filePaymentUrl(resourceServerUrl, paymentId) } };
}

function instructionOf(terms: FilePaymentTerms): AEFilePaymentIdResponseData['Instruction'] {
  const instruction: Record<string, unknown> = {};
  for (const member of INSTRUCTION_MEMBERS) if (terms[member] !== undefined) instruction[member] = terms[member];
  return instruction as AEFilePaymentIdResponseData['Instruction'];
}

/** The LFI's charges in the standard's AECharges (PascalCase); items missing a member are left out. */
function chargesOf(value: unknown): AEFilePaymentIdResponseData['Charges'] | undefined {
  if (!Array.isArray(value)) return undefined;
  const charges = (value as OcCharge[])
    .filter((c) => c?.chargeBearer && c.type && c.amount?.amount && c.amount.currency)
    .map((c) => ({ ChargeBearer: c.chargeBearer!, Type: c.type!, Amount: { Amount: c.amount!.amount!, Currency: c.amount!.currency! } }));
  return charges.length > 0 ? (charges as AEFilePaymentIdResponseData['Charges']) : undefined;
}
