import { standardDateTime } from '@hub/consent';
import type { PaymentLogEntry, RejectReason } from './payment-log-entry';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ozone Connect's camelCase members as the standard's PascalCase (charges, exchangeRate, currencyRequest). */
function pascalCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalCase);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), pascalCase(v)]));
}

function withoutAbsent(values: Json): Json {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

/** AERejectReason[] (minItems 1) from the payment log's lower-case form. */
function rejectReasons(reasons: RejectReason[] | undefined, lfi: unknown): Json[] | undefined {
  const list = reasons ?? (Array.isArray(lfi) ? (lfi as RejectReason[]) : []);
  return list.length > 0 ? list.map((r) => ({ Code: r.code, Message: r.message })) : undefined;
}

/**
 * The TPP's payment resource `Data` (AEPaymentIdResponse.Data, or AEFilePaymentIdResponse.Data for
 * a file payment) from the hub's entry and the LFI's 201 `data` (Ozone Connect camelCase;
 * `entry.response` when not given). The TPP's own members (Instruction, CurrencyRequest,
 * PaymentPurposeCode, DebtorReference, OpenFinanceBilling) are taken from its request as it
 * signed it; the status and its reasons are the log's, which the LFI's patches keep current.
 * AEFilePaymentStatus has only Received and Rejected: a file payment that is not Rejected is Received.
 */
export function paymentResource(entry: PaymentLogEntry, lfiData: Json | undefined = entry.response): Json {
  const lfi = lfiData ?? {};
  const request = isObject(entry.request.Data) ? entry.request.Data : {};
  const status = entry.status ?? lfi.status ?? 'Pending';
  const common = {
    PaymentId: entry.paymentId ?? lfi.id,
    ConsentId: entry.consentId,
  };
  const timing = {
    StatusUpdateDateTime: standardDateTime(new Date(entry.statusUpdatedAt)),
    RejectReasonCode: rejectReasons(entry.rejectReasonCode, lfi.rejectReasonCode),
    CreationDateTime: typeof lfi.creationDateTime === 'string' ? lfi.creationDateTime : standardDateTime(new Date(entry.createdAt)),
    Charges: pascalCase(lfi.charges),
  };
  if (entry.paymentType === 'cbuae-file-payment') {
    const billing = entry.numberOfSuccessfulTransactions !== undefined ? { NumberOfSuccessfulTransactions: entry.numberOfSuccessfulTransactions } : undefined;
    return withoutAbsent({
      ...common,
      Status: status === 'Rejected' ? 'Rejected' : 'Received',
      ...timing,
      Instruction: request.Instruction ?? pascalCase(lfi.instruction),
      PaymentPurposeCode: request.PaymentPurposeCode ?? lfi.paymentPurposeCode,
      OpenFinanceBilling: billing,
    });
  }
  const billing = isObject(request.OpenFinanceBilling) ? request.OpenFinanceBilling : undefined;
  return withoutAbsent({
    ...common,
    PaymentTransactionId: entry.paymentTransactionId ?? lfi.paymentTransactionId,
    Status: status,
    ...timing,
    ExchangeRate: pascalCase(lfi.exchangeRate),
    CurrencyRequest: request.CurrencyRequest ?? pascalCase(lfi.currencyRequest),
    Instruction: request.Instruction ?? pascalCase(lfi.instruction),
    PaymentPurposeCode: request.PaymentPurposeCode ?? lfi.paymentPurposeCode,
    DebtorReference: request.DebtorReference ?? lfi.debtorReference,
    OpenFinanceBilling: billing && withoutAbsent({ Type: billing.Type, MerchantId: billing.MerchantId }),
  });
}

/**
 * The webhook `Data` of a payment event (AEWebhookPaymentInitiationEventProperties.Data: "the
 * same API resource and Schema that has triggered the Event"), i.e. the payment resource as the
 * TPP would read it at that moment.
 */
export function paymentEventData(entry: PaymentLogEntry): Record<string, unknown> {
  return paymentResource(entry);
}
