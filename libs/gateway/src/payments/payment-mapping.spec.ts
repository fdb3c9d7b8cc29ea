import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { idempotencyKeyQuery, paymentIdResponse, paymentUrls, refundResponse } from './payment-mapping';
import { BANK_INITIATION_DOC, CONSENT_ID, ocPayment, OZONE_CONNECT_SI_DOC, paymentRequest, RS } from './testing/payment-fixtures';

const standard = readOfficialSpec(BANK_INITIATION_DOC);
const ozoneConnect = readOfficialSpec(OZONE_CONNECT_SI_DOC);
const urls = paymentUrls(RS);
const facts = { consentId: CONSENT_ID, request: paymentRequest() };
const PAYMENT_URL = `${RS}/open-finance/payment/v2.1/payments/pay-7f3a9c`;
const CONSENT_URL = `${RS}/open-finance/payment/v2.1/payment-consents/${CONSENT_ID}`;

/** '' when the value is valid against the component of the document, else the errors ajv reports. */
const errorsOf = (doc: object, component: string, value: unknown) => {
  const check = validateAgainstComponent(doc, component, value);
  return check.valid ? '' : check.errors;
};
const standardErrors = (component: string, value: unknown) => errorsOf(standard, component, value);

describe('paymentIdResponse (Ozone Connect AEPaymentIdResponse.data → AEPaymentIdResponse)', () => {
  it('starts from an LFI answer the Ozone Connect document accepts', () => {
    expect(errorsOf(ozoneConnect, 'AEPaymentIdResponse', { data: ocPayment(), meta: {} })).toBe('');
  });

  it('maps every member to the standard’s name and closed shape, in the schema’s order', () => {
    const body = paymentIdResponse(ocPayment(), facts, urls);
    expect(body).toEqual({
      Data: {
        PaymentId: 'pay-7f3a9c',
        ConsentId: CONSENT_ID,
        PaymentTransactionId: 'AANI-20260301-000042',
        Status: 'Pending',
        StatusUpdateDateTime: '2026-03-01T10:00:01+04:00',
        CreationDateTime: '2026-03-01T10:00:00+04:00',
        Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '1.05', Currency: 'AED' } }],
        ExchangeRate: { UnitCurrency: 'AED', ExchangeRate: 0.2723, RateType: 'Actual', ContractIdentification: 'fx-1', ExpirationDateTime: '2026-03-01T10:30:00+04:00' },
        Instruction: { Amount: { Amount: '250.00', Currency: 'AED' } },
        PaymentPurposeCode: 'ACM',
        DebtorReference: 'Rent March',
        // NumberOfSuccessfulTransactions is a file payment's: the payment's billing is closed.
        OpenFinanceBilling: { Type: 'PushP2P' },
      },
      Links: { Self: PAYMENT_URL, Related: CONSENT_URL },
      Meta: {},
    });
    expect(Object.keys(body.Data)).toEqual(['PaymentId', 'ConsentId', 'PaymentTransactionId', 'Status', 'StatusUpdateDateTime', 'CreationDateTime', 'Charges', 'ExchangeRate', 'Instruction', 'PaymentPurposeCode', 'DebtorReference', 'OpenFinanceBilling']);
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
  });

  it('completes what the standard requires and Ozone Connect does not from the TPP’s request', () => {
    const bare = { id: 'pay-1', status: 'Pending', statusUpdateDateTime: '2026-03-01T10:00:01Z', creationDateTime: '2026-03-01T10:00:00Z', paymentPurposeCode: 'ACM' };
    const body = paymentIdResponse(bare, facts, urls);
    expect(body.Data).toMatchObject({ ConsentId: CONSENT_ID, Instruction: { Amount: { Amount: '250.00', Currency: 'AED' } }, OpenFinanceBilling: { Type: 'PushP2P' }, DebtorReference: 'Rent March' });
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
  });

  it('takes the status and times the payment log knows when the LFI leaves them out', () => {
    const body = paymentIdResponse({ id: 'pay-1' }, { ...facts, status: 'AcceptedSettlementCompleted', statusUpdateDateTime: '2026-03-01T10:05:00.000Z', creationDateTime: '2026-03-01T10:00:00.000Z' }, urls);
    expect(body.Data).toMatchObject({ Status: 'AcceptedSettlementCompleted', StatusUpdateDateTime: '2026-03-01T10:05:00.000Z', CreationDateTime: '2026-03-01T10:00:00.000Z' });
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
  });

  it('passes a rejection on as AERejectReason, and leaves an empty list out (minItems 1)', () => {
    const rejected = paymentIdResponse(ocPayment({ status: 'Rejected', rejectReasonCode: [{ code: 'AANI.InsufficientFunds', message: 'Not enough funds' }] }), facts, urls);
    expect(rejected.Data.RejectReasonCode).toEqual([{ Code: 'AANI.InsufficientFunds', Message: 'Not enough funds' }]);
    expect(standardErrors('AEPaymentIdResponse', rejected)).toBe('');
    expect(paymentIdResponse(ocPayment({ rejectReasonCode: [] }), facts, urls).Data).not.toHaveProperty('RejectReasonCode');
    expect(paymentIdResponse(ocPayment({ charges: [] }), facts, urls).Data).not.toHaveProperty('Charges');
  });

  it('answers the TPP’s CurrencyRequest with what the LFI changed in it', () => {
    const asked = { ...facts, request: paymentRequest({ CurrencyRequest: { ExtendedPurpose: 'Tuition', CurrencyOfTransfer: 'USD', ChargeBearer: 'Shared' } }) };
    const body = paymentIdResponse(ocPayment({ currencyRequest: { currencyOfTransfer: 'USD', chargeBearer: 'BorneByDebtor', exchangeRateInformation: { unitCurrency: 'AED', rateType: 'Agreed', exchangeRate: 0.2722 } } }), asked, urls);
    expect(body.Data.CurrencyRequest).toEqual({ ExtendedPurpose: 'Tuition', CurrencyOfTransfer: 'USD', ChargeBearer: 'BorneByDebtor', ExchangeRateInformation: { UnitCurrency: 'AED', RateType: 'Agreed', ExchangeRate: 0.2722 } });
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
  });

  it('leaves out a CurrencyRequest the standard would refuse (no ExtendedPurpose from either side)', () => {
    const body = paymentIdResponse(ocPayment({ currencyRequest: { currencyOfTransfer: 'USD' } }), facts, urls);
    expect(body.Data).not.toHaveProperty('CurrencyRequest');
  });

  it('drops members of neither document and nulls', () => {
    const body = paymentIdResponse({ ...ocPayment({ debtorReference: null as unknown as string }), internalRef: 'core-123' }, facts, urls);
    expect(body.Data).not.toHaveProperty('internalRef');
    expect(body.Data.DebtorReference).toBe('Rent March');
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
    // The oracle itself refuses what the mapping drops: Data is closed.
    expect(standardErrors('AEPaymentIdResponse', { ...body, Data: { ...body.Data, internalRef: 'core-123' } })).toMatch(/additional properties/);
  });
});

describe('idempotencyKeyQuery', () => {
  it('is AEIdempotencyKeyQuery: an empty Data and the payment as Links.Self', () => {
    const body = idempotencyKeyQuery(PAYMENT_URL);
    expect(body).toEqual({ Data: {}, Links: { Self: PAYMENT_URL } });
    expect(standardErrors('AEIdempotencyKeyQuery', body)).toBe('');
  });
});

describe('refundResponse (Ozone Connect RefundGetResponse → AEPaymentConsentRefundResponse)', () => {
  const lfi = { data: { consentId: CONSENT_ID, refundAccount: { schemeName: 'IBAN', identification: 'AE070331234567890123456', name: { en: 'Ada Lovelace', ar: 'آدا' } } }, meta: {} };

  it('starts from an LFI answer the Ozone Connect document accepts', () => {
    expect(errorsOf(ozoneConnect, 'RefundGetResponse', lfi)).toBe('');
  });

  it('gives the debtor account, the consent and its payments as links', () => {
    const body = refundResponse(lfi, { consentId: CONSENT_ID, baseConsentId: 'base-1', relatedPayments: [PAYMENT_URL] }, urls);
    expect(body).toEqual({
      Data: { ConsentId: CONSENT_ID, BaseConsentId: 'base-1', RefundAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: { en: 'Ada Lovelace', ar: 'آدا' } } },
      Links: { Self: CONSENT_URL, Related: [PAYMENT_URL] },
    });
    expect(standardErrors('AEPaymentConsentRefundResponse', body)).toBe('');
  });

  it('leaves BaseConsentId out for a consent without one', () => {
    const body = refundResponse(lfi, { consentId: CONSENT_ID, relatedPayments: [] }, urls);
    expect(body?.Data).not.toHaveProperty('BaseConsentId');
    expect(standardErrors('AEPaymentConsentRefundResponse', body)).toBe('');
  });

  it.each([
    ['no data', {}],
    ['no refundAccount', { data: { consentId: CONSENT_ID } }],
    ['an account without its name', { data: { refundAccount: { schemeName: 'IBAN', identification: 'AE070331234567890123456' } } }],
  ])('is undefined for an LFI answer with %s', (_name, answer) => {
    expect(refundResponse(answer, { consentId: CONSENT_ID, relatedPayments: [] }, urls)).toBeUndefined();
  });
});
