import type { AccountEntity, PaymentEntity } from '@hub/mock-lfi-store';
import type { OzoneConnectServiceInitiationSchemas } from '@hub/ozone-connect';

/** 201 of `POST /payments`, 200 of `GET /payments/{paymentId}` (AEPaymentIdResponse). */
export type PaymentIdResponse = OzoneConnectServiceInitiationSchemas['AEPaymentIdResponse'];
/** 200 of `GET /payment-consents/{consentId}/refund` (RefundGetResponse). */
export type RefundResponse = OzoneConnectServiceInitiationSchemas['RefundGetResponse'];

/** The payment as the document answers it: camelCase `{data, meta}`; the reject reason once it is Rejected. */
export function paymentBody(p: PaymentEntity): PaymentIdResponse {
  return {
    data: {
      id: p.paymentId,
      consentId: p.consentId,
      ...(p.paymentTransactionId ? { paymentTransactionId: p.paymentTransactionId } : {}),
      status: p.status,
      statusUpdateDateTime: p.statusUpdateDateTime,
      creationDateTime: p.creationDateTime,
      ...(p.status === 'Rejected' && p.rejectReasonCode?.length ? { rejectReasonCode: p.rejectReasonCode } : {}),
      instruction: { Amount: { amount: p.amount, currency: p.currency } },
      paymentPurposeCode: p.terms.paymentPurposeCode,
      ...(p.terms.debtorReference ? { debtorReference: p.terms.debtorReference } : {}),
      ...(p.terms.openFinanceBilling ? { openFinanceBilling: p.terms.openFinanceBilling as PaymentIdResponse['data']['openFinanceBilling'] } : {}),
    },
    meta: {},
  };
}

/** How many lines of a file were paid (sent or credited). */
export function successfulLinesOf(p: PaymentEntity): number {
  return (p.fileLines ?? []).filter((line) => line.status !== 'Rejected').length;
}

/**
 * `PATCH /payment-log/{paymentId}` (CbuaePatchPaymentRecordBody, dotted keys): the payment's
 * status, its end-to-end id, why it was rejected, and for a file how many lines were paid.
 */
export function paymentLogPatch(p: PaymentEntity): Record<string, unknown> {
  return {
    'paymentResponse.status': p.status,
    ...(p.paymentTransactionId ? { 'paymentResponse.paymentTransactionId': p.paymentTransactionId } : {}),
    ...(p.status === 'Rejected' && p.rejectReasonCode?.length ? { 'paymentResponse.rejectReasonCode': p.rejectReasonCode } : {}),
    ...(p.paymentType === 'cbuae-file-payment' ? { 'paymentResponse.OpenFinanceBilling': { NumberOfSuccessfulTransactions: successfulLinesOf(p) } } : {}),
  };
}

export const REPORT_COLUMNS = ['Line', 'CreditorIBAN', 'CreditorName', 'Amount', 'Currency', 'Reference', 'Status', 'ReasonCode', 'ReasonMessage'] as const;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The report of a file payment (`sandbox.payroll-report.csv.v1`, text/csv): the file's lines in
 * order with what became of each. Until the file is executed (Received) every line is Pending.
 */
export function paymentReport(p: PaymentEntity): string {
  const rows = (p.fileLines ?? []).map((line) => {
    const status = p.status === 'Received' ? 'Pending' : line.status;
    const reason = status === 'Rejected' ? line.reason : undefined;
    return [String(line.line), line.creditorIban, line.creditorName, line.amount, line.currency, line.reference ?? '', status, reason?.code ?? '', reason?.message ?? ''];
  });
  return [REPORT_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The account a refund goes to: the consent's debtor account (AEDebtorAccount, IBAN). */
export function refundBody(consentId: string, account: AccountEntity): RefundResponse {
  return { data: { consentId, refundAccount: { schemeName: 'IBAN', identification: account.iban, name: { en: account.accountHolderName.slice(0, 70) } } }, meta: {} };
}
