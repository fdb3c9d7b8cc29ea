import type { OzonePayment, OzoneConnectServiceInitiationSchemas, OzoneRefundResponse } from '@hub/ozone-connect';
import type { AEIdempotencyKeyQuery, AEPaymentConsentRefundResponse, AEPaymentIdResponse, AEPaymentIdResponseData, AEPaymentRequest, BankInitiationSchemas as Std } from '@hub/standards';
import { isObject, listOf, mapObject, type Mapped, type Shape } from '../mapping/field-map';

/** Where the payment resources of the Bank Service Initiation API live under a tenant's resource server. */
export const PAYMENT_API = '/open-finance/payment/v2.1';

/** The TPP-facing URLs of one tenant's payments and payment consents. */
export function paymentUrls(resourceServerUrl: string) {
  const base = `${resourceServerUrl.replace(/\/+$/, '')}${PAYMENT_API}`;
  return {
    payments: `${base}/payments`,
    payment: (paymentId: string) => `${base}/payments/${encodeURIComponent(paymentId)}`,
    filePayment: (paymentId: string) => `${base}/file-payments/${encodeURIComponent(paymentId)}`,
    consent: (consentId: string) => `${base}/payment-consents/${encodeURIComponent(consentId)}`,
  };
}
export type PaymentUrls = ReturnType<typeof paymentUrls>;

type Oc = OzoneConnectServiceInitiationSchemas;

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

/** The LFI's billing adds NumberOfSuccessfulTransactions (file payments); the payment's billing is closed. */
const toBilling = mapObject<Oc['AEServiceInitiationOpenFinancePaymentBillingGet'], Std['AEServiceInitiationOpenFinancePaymentBilling']>({ Type: 'Type', MerchantId: 'MerchantId' });

/** minItems 1: an empty list is left out. */
const toRejectReasons = (value: unknown) => {
  const reasons = listOf(mapObject<Shape<OzonePayment['rejectReasonCode']>, Shape<AEPaymentIdResponseData['RejectReasonCode']>>({ code: 'Code', message: 'Message' }))(value) as unknown[] | undefined;
  return reasons && reasons.length > 0 ? reasons : undefined;
};

/** Ozone Connect AEPaymentIdResponse.data → the standard's AEPaymentIdResponse.Data (members the LFI sent). */
const toPaymentData = mapObject<OzonePayment, AEPaymentIdResponseData>({
  id: 'PaymentId',
  consentId: 'ConsentId',
  paymentTransactionId: 'PaymentTransactionId',
  status: 'Status',
  statusUpdateDateTime: 'StatusUpdateDateTime',
  rejectReasonCode: ['RejectReasonCode', toRejectReasons],
  creationDateTime: 'CreationDateTime',
  charges: ['Charges', (v) => nonEmpty(toCharges(v))],
  exchangeRate: ['ExchangeRate', toExchangeRate],
  currencyRequest: ['CurrencyRequest', toCurrencyRequest],
  instruction: ['Instruction', toInstruction],
  paymentPurposeCode: 'PaymentPurposeCode',
  debtorReference: 'DebtorReference',
  openFinanceBilling: ['OpenFinanceBilling', toBilling],
});

function nonEmpty(value: unknown): unknown {
  return Array.isArray(value) && value.length > 0 ? value : undefined;
}

/** What the hub knows of the payment besides the LFI's answer: for members an LFI leaves out. */
export interface PaymentFacts {
  consentId: string;
  /** The TPP's message ({Data}) of POST /payments. */
  request: AEPaymentRequest | Record<string, unknown>;
  /** The status the hub last recorded (the payment log). */
  status?: string;
  statusUpdateDateTime?: string;
  creationDateTime?: string;
}

/**
 * AEPaymentIdResponse: the LFI's payment in the standard's names and closed shapes, in the
 * schema's member order. Members the standard requires but Ozone Connect makes optional
 * (ConsentId, Instruction, OpenFinanceBilling) and the DebtorReference are completed from what the
 * TPP asked for; a CurrencyRequest is the TPP's, with what the LFI changed in it.
 * Links.Self is the payment, Links.Related its consent (AELinksRelatedConsent).
 */
export function paymentIdResponse(lfi: unknown, facts: PaymentFacts, urls: PaymentUrls): AEPaymentIdResponse {
  const got = (toPaymentData(lfi) ?? {}) as Mapped<AEPaymentIdResponseData>;
  const asked = (isObject(facts.request) && isObject(facts.request.Data) ? facts.request.Data : {}) as Partial<AEPaymentRequest['Data']>;
  const data = {
    PaymentId: got.PaymentId,
    ConsentId: got.ConsentId ?? facts.consentId,
    PaymentTransactionId: got.PaymentTransactionId,
    Status: got.Status ?? facts.status,
    StatusUpdateDateTime: got.StatusUpdateDateTime ?? facts.statusUpdateDateTime,
    RejectReasonCode: got.RejectReasonCode,
    CreationDateTime: got.CreationDateTime ?? facts.creationDateTime,
    Charges: got.Charges,
    ExchangeRate: got.ExchangeRate,
    CurrencyRequest: currencyRequest(asked.CurrencyRequest, got.CurrencyRequest),
    Instruction: got.Instruction?.Amount?.Amount && got.Instruction.Amount.Currency ? got.Instruction : asked.Instruction,
    PaymentPurposeCode: got.PaymentPurposeCode ?? asked.PaymentPurposeCode,
    DebtorReference: got.DebtorReference ?? asked.DebtorReference,
    OpenFinanceBilling: got.OpenFinanceBilling?.Type ? got.OpenFinanceBilling : asked.OpenFinanceBilling,
  };
  return {
    Data: withoutUndefined(data) as AEPaymentIdResponseData,
    Links: { Self: urls.payment(String(data.PaymentId)), Related: urls.consent(String(data.ConsentId)) },
    Meta: {},
  };
}

/** The TPP's CurrencyRequest with what the LFI changed in it; none unless it has the schema's required members. */
function currencyRequest(asked: unknown, got: Mapped<Std['AECurrencyRequest']> | undefined): Std['AECurrencyRequest'] | undefined {
  const merged = { ...(isObject(asked) ? asked : {}), ...(got ?? {}) } as Partial<Std['AECurrencyRequest']>;
  return merged.ExtendedPurpose && merged.CurrencyOfTransfer ? (merged as Std['AECurrencyRequest']) : undefined;
}

/** AEIdempotencyKeyQuery: an empty Data and the link to the payment the key created. */
export function idempotencyKeyQuery(paymentUrl: string): AEIdempotencyKeyQuery {
  return { Data: {}, Links: { Self: paymentUrl } };
}

const toRefundAccount = mapObject<Shape<OzoneRefundResponse['data']>['refundAccount'], AEPaymentConsentRefundResponse['Data']['RefundAccount']>({
  schemeName: 'SchemeName',
  identification: 'Identification',
  name: ['Name', mapObject<Oc['AEName'], Std['AEDebtorAccount']['Name']>({ en: 'en', ar: 'ar' })],
});

/** The refund account of one payment consent, with what the hub knows of the consent. */
export interface RefundFacts {
  consentId: string;
  baseConsentId?: string;
  /** URLs of the payments made under the consent. */
  relatedPayments: string[];
}

/**
 * AEPaymentConsentRefundResponse. Undefined when the LFI gave no usable RefundAccount (the three
 * members AEDebtorAccount requires): the LFI's failure, not the TPP's.
 * Links (AELinksRelatedPayment): Self is the consent, Related its payments.
 */
export function refundResponse(lfi: unknown, facts: RefundFacts, urls: PaymentUrls): AEPaymentConsentRefundResponse | undefined {
  const data = isObject(lfi) && isObject(lfi.data) ? lfi.data : undefined;
  const account = toRefundAccount(data?.refundAccount) as Partial<AEPaymentConsentRefundResponse['Data']['RefundAccount']> | undefined;
  if (!account?.SchemeName || !account.Identification || !account.Name) return undefined;
  return {
    Data: withoutUndefined({ ConsentId: facts.consentId, BaseConsentId: facts.baseConsentId, RefundAccount: account }) as AEPaymentConsentRefundResponse['Data'],
    Links: { Self: urls.consent(facts.consentId), Related: facts.relatedPayments },
  };
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
