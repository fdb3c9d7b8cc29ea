import { standardDateTime } from '@hub/consent';
import {
  isObject,
  listOf,
  mapObject,
  type FieldMapOf,
  type KeysOf,
  type Mapped,
  type OzoneConnectServiceInitiationSchemas as Oc,
  type OzonePayment,
  type Shape,
} from '@hub/ozone-connect';
import type { AEPaymentIdResponse, AEPaymentIdResponseData, AEPaymentRequest, BankInitiationSchemas as Std } from '@hub/standards';
import type { PaymentLogEntry } from './payment-log-entry';
import type { PaymentUrls } from './payment-urls';

/** 201 of `POST /file-payments` and 200 of `GET /file-payments/{PaymentId}`. */
type AEFilePaymentIdResponse = Std['AEFilePaymentIdResponse'];
type AEFilePaymentIdResponseData = AEFilePaymentIdResponse['Data'];
type Json = Record<string, unknown>;

// --- Ozone Connect's payment (camelCase) → the standard's (PascalCase, closed shapes) ---

const toAmount = mapObject<Oc['AEActiveCurrencyAmount'], Std['AEActiveCurrencyAmount']>({ amount: 'Amount', currency: 'Currency' });

const toCharges = listOf(mapObject<Shape<Oc['AECharges']>, Shape<Std['AECharges']>>({ chargeBearer: 'ChargeBearer', type: 'Type', amount: ['Amount', toAmount] }));

const toExchangeRate = mapObject<Oc['AEExchangeRateInformation'], Std['AEExchangeRateInformation']>({
  unitCurrency: 'UnitCurrency',
  exchangeRate: 'ExchangeRate',
  rateType: 'RateType',
  contractIdentification: 'ContractIdentification',
  expirationDateTime: 'ExpirationDateTime',
});

const toCurrencyRequest = mapObject<Oc['AECurrencyRequest'], Std['AECurrencyRequest']>({
  instructionPriority: 'InstructionPriority',
  extendedPurpose: 'ExtendedPurpose',
  chargeBearer: 'ChargeBearer',
  currencyOfTransfer: 'CurrencyOfTransfer',
  destinationCountryCode: 'DestinationCountryCode',
  exchangeRateInformation: [
    'ExchangeRateInformation',
    mapObject<Shape<Oc['AECurrencyRequest']['exchangeRateInformation']>, Shape<Std['AECurrencyRequest']['ExchangeRateInformation']>>({
      unitCurrency: 'UnitCurrency',
      exchangeRate: 'ExchangeRate',
      rateType: 'RateType',
      contractIdentification: 'ContractIdentification',
    }),
  ],
  fxQuoteId: 'FxQuoteId',
});

/** Ozone Connect keeps the standard's `Amount` member name around the camelCase amount. */
const toInstruction = mapObject<Oc['AEPaymentInstruction'], Std['AEPaymentInstruction']>({ Amount: ['Amount', toAmount] });

type OcBilling = Oc['AEServiceInitiationOpenFinancePaymentBillingGet'];
/** The LFI's billing adds NumberOfSuccessfulTransactions, a file payment's only member; the payment's billing is closed without it. */
const toBilling = mapObject<OcBilling, Std['AEServiceInitiationOpenFinancePaymentBilling']>({ Type: 'Type', MerchantId: 'MerchantId' });
const toFileBilling = mapObject<OcBilling, Std['AEServiceInitiationOpenFinanceFilePaymentBilling']>({ NumberOfSuccessfulTransactions: 'NumberOfSuccessfulTransactions' });

/** minItems 1: an empty list is left out. */
const nonEmpty = (value: unknown) => (Array.isArray(value) && value.length > 0 ? value : undefined);
const toRejectReasons = (value: unknown) => nonEmpty(listOf(mapObject<Shape<OzonePayment['rejectReasonCode']>, Shape<AEPaymentIdResponseData['RejectReasonCode']>>({ code: 'Code', message: 'Message' }))(value));

/** AEFilePaymentStatus has Received and Rejected only: a file payment the LFI has not rejected is Received. */
const toFileStatus = (value: unknown) => (value === 'Rejected' ? 'Rejected' : typeof value === 'string' ? 'Received' : undefined);

/** The members both resources have, under the same names (checked against both). */
const COMMON = {
  id: 'PaymentId',
  consentId: 'ConsentId',
  statusUpdateDateTime: 'StatusUpdateDateTime',
  rejectReasonCode: ['RejectReasonCode', toRejectReasons],
  creationDateTime: 'CreationDateTime',
  charges: ['Charges', (v) => nonEmpty(toCharges(v))],
  paymentPurposeCode: 'PaymentPurposeCode',
} as const satisfies FieldMapOf<OzonePayment, AEPaymentIdResponseData> & FieldMapOf<OzonePayment, AEFilePaymentIdResponseData>;

/** AEPaymentIdResponse.data → AEPaymentIdResponse.Data (members the LFI sent). */
const toPaymentData = mapObject<OzonePayment, AEPaymentIdResponseData>({
  ...COMMON,
  paymentTransactionId: 'PaymentTransactionId',
  status: 'Status',
  exchangeRate: ['ExchangeRate', toExchangeRate],
  currencyRequest: ['CurrencyRequest', toCurrencyRequest],
  instruction: ['Instruction', toInstruction],
  debtorReference: 'DebtorReference',
  openFinanceBilling: ['OpenFinanceBilling', toBilling],
});

/** AEPaymentIdResponse.data of a file payment → AEFilePaymentIdResponse.Data (its Instruction is the TPP's). */
const toFilePaymentData = mapObject<OzonePayment, AEFilePaymentIdResponseData>({
  ...COMMON,
  status: ['Status', toFileStatus],
  openFinanceBilling: ['OpenFinanceBilling', (v) => nonEmptyObject(toFileBilling(v))],
});

/** The consent's FilePayment terms, as the TPP's Instruction (AEBankServiceInitiationFilePaymentConsent, closed). */
const FILE_INSTRUCTION_MEMBERS: KeysOf<AEFilePaymentIdResponseData['Instruction']>[] = ['FileType', 'FileHash', 'FileReference', 'NumberOfTransactions', 'ControlSum', 'RequestedExecutionDate'];

// --- The resource ---

/**
 * The LFI's payment as the payment log knows it now: its 201 answer with the status (and what
 * comes with it) the LFI reported since through the Consent Manager (PATCH /payment-log/{id}).
 */
function loggedPayment(entry: PaymentLogEntry): Json {
  const first = entry.response ?? {};
  const billing = isObject(first.openFinanceBilling) ? first.openFinanceBilling : {};
  return {
    ...first,
    id: entry.paymentId ?? first.id,
    status: entry.status ?? first.status,
    statusUpdateDateTime: standardDateTime(new Date(entry.statusUpdatedAt)),
    paymentTransactionId: entry.paymentTransactionId ?? first.paymentTransactionId,
    rejectReasonCode: entry.rejectReasonCode ?? first.rejectReasonCode,
    openFinanceBilling: entry.numberOfSuccessfulTransactions === undefined ? first.openFinanceBilling : { ...billing, NumberOfSuccessfulTransactions: entry.numberOfSuccessfulTransactions },
  };
}

/**
 * The payment resource's Data: AEPaymentIdResponse.Data, or AEFilePaymentIdResponse.Data for a
 * file payment. Also the Data of the payment's webhook (AEWebhookPaymentInitiationEventProperties:
 * "the same API resource and Schema that has triggered the Event").
 *
 * `lfi` is the LFI's payment (Ozone Connect AEPaymentIdResponse.data): a fresh read, or its first
 * answer; by default the payment as the log knows it now. The LFI's members are in the standard's
 * names and closed shapes, in the schema's member order; what the standard requires and Ozone
 * Connect makes optional (ConsentId, Instruction, OpenFinanceBilling, the times) and the
 * DebtorReference come from the log: the TPP's request as it signed it (never its PII), the
 * log's status and times. A CurrencyRequest is the TPP's, with what the LFI changed in it.
 */
export function paymentResource(entry: PaymentLogEntry, lfi: unknown = loggedPayment(entry)): AEPaymentIdResponseData | AEFilePaymentIdResponseData {
  return entry.paymentType === 'cbuae-file-payment' ? filePaymentData(entry, lfi) : paymentData(entry, lfi);
}

/** AEPaymentIdResponse: the payment (see paymentResource), Links.Self the payment and Links.Related its consent (AELinksRelatedConsent). */
export function paymentIdResponse(entry: PaymentLogEntry, urls: PaymentUrls, lfi: unknown = loggedPayment(entry)): AEPaymentIdResponse {
  const data = paymentData(entry, lfi);
  return { Data: data, Links: { Self: urls.payment(data.PaymentId), Related: urls.consent(data.ConsentId) }, Meta: {} };
}

/**
 * AEFilePaymentIdResponse: the file payment as the log knows it now (Received until the LFI
 * rejects the file, its progress in OpenFinanceBilling.NumberOfSuccessfulTransactions), with the
 * links to it and to its consent.
 */
export function filePaymentIdResponse(entry: PaymentLogEntry, urls: PaymentUrls): AEFilePaymentIdResponse {
  const data = filePaymentData(entry, loggedPayment(entry));
  return { Data: data, Links: { Self: urls.filePayment(data.PaymentId), Related: urls.consent(data.ConsentId) }, Meta: {} };
}

function paymentData(entry: PaymentLogEntry, lfi: unknown): AEPaymentIdResponseData {
  const got = toPaymentData(lfi) ?? {};
  const asked = requestData(entry) as Partial<AEPaymentRequest['Data']>;
  return withoutAbsent({
    PaymentId: got.PaymentId ?? entry.paymentId,
    ConsentId: got.ConsentId ?? entry.consentId,
    PaymentTransactionId: got.PaymentTransactionId,
    Status: got.Status ?? entry.status,
    StatusUpdateDateTime: got.StatusUpdateDateTime ?? standardDateTime(new Date(entry.statusUpdatedAt)),
    RejectReasonCode: got.RejectReasonCode,
    CreationDateTime: got.CreationDateTime ?? standardDateTime(new Date(entry.createdAt)),
    Charges: got.Charges,
    ExchangeRate: got.ExchangeRate,
    CurrencyRequest: currencyRequest(asked.CurrencyRequest, got.CurrencyRequest),
    Instruction: got.Instruction?.Amount?.Amount && got.Instruction.Amount.Currency ? got.Instruction : asked.Instruction,
    PaymentPurposeCode: got.PaymentPurposeCode ?? asked.PaymentPurposeCode,
    DebtorReference: got.DebtorReference ?? asked.DebtorReference,
    OpenFinanceBilling: got.OpenFinanceBilling?.Type ? got.OpenFinanceBilling : asked.OpenFinanceBilling,
  }) as AEPaymentIdResponseData;
}

function filePaymentData(entry: PaymentLogEntry, lfi: unknown): AEFilePaymentIdResponseData {
  const got = toFilePaymentData(lfi) ?? {};
  const asked = requestData(entry);
  const instruction = isObject(asked.Instruction) ? asked.Instruction : {};
  return withoutAbsent({
    PaymentId: got.PaymentId ?? entry.paymentId,
    ConsentId: got.ConsentId ?? entry.consentId,
    Status: got.Status ?? toFileStatus(entry.status),
    StatusUpdateDateTime: got.StatusUpdateDateTime ?? standardDateTime(new Date(entry.statusUpdatedAt)),
    RejectReasonCode: got.RejectReasonCode,
    CreationDateTime: got.CreationDateTime ?? standardDateTime(new Date(entry.createdAt)),
    Charges: got.Charges,
    Instruction: nonEmptyObject(withoutAbsent(Object.fromEntries(FILE_INSTRUCTION_MEMBERS.map((m) => [m, instruction[m]])))),
    PaymentPurposeCode: got.PaymentPurposeCode ?? asked.PaymentPurposeCode,
    OpenFinanceBilling: got.OpenFinanceBilling,
  }) as AEFilePaymentIdResponseData;
}

/** The `Data` of the TPP's message as it signed it. */
function requestData(entry: PaymentLogEntry): Json {
  return isObject(entry.request.Data) ? entry.request.Data : {};
}

/** The TPP's CurrencyRequest with what the LFI changed in it; none unless it has the schema's required members. */
function currencyRequest(asked: unknown, got: Mapped<Std['AECurrencyRequest']> | undefined): Std['AECurrencyRequest'] | undefined {
  const merged = { ...(isObject(asked) ? asked : {}), ...(got ?? {}) } as Partial<Std['AECurrencyRequest']>;
  return merged.ExtendedPurpose && merged.CurrencyOfTransfer ? (merged as Std['AECurrencyRequest']) : undefined;
}

function nonEmptyObject<T extends object>(value: T | undefined): T | undefined {
  return value && Object.keys(value).length > 0 ? value : undefined;
}

function withoutAbsent<T extends Json>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
