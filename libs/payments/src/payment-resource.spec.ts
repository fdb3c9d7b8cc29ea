import {
  BANK_INITIATION_DOC,
  ocPayment,
  OZONE_CONNECT_SI_DOC,
  PAYMENT_CONSENT_ID as CONSENT_ID,
  PAYMENT_RS as RS,
  paymentLogEntry as entry,
  paymentRequest,
  readOfficialSpec,
  validateAgainstComponent,
} from '@hub/testing';
import type { PaymentLogEntry } from './payment-log-entry';
import { filePaymentIdResponse, paymentIdResponse, paymentResource } from './payment-resource';
import { paymentUrls } from './payment-urls';

const standard = readOfficialSpec(BANK_INITIATION_DOC);
const ozoneConnect = readOfficialSpec(OZONE_CONNECT_SI_DOC);
const urls = paymentUrls(RS);
const PAYMENT_URL = `${RS}/open-finance/payment/v2.1/payments/pay-7f3a9c`;
const CONSENT_URL = `${RS}/open-finance/payment/v2.1/payment-consents/${CONSENT_ID}`;

/** '' when the value is valid against the component of the document, else the errors ajv reports. */
const errorsOf = (doc: object, component: string, value: unknown) => {
  const check = validateAgainstComponent(doc, component, value);
  return check.valid ? '' : check.errors;
};
const standardErrors = (component: string, value: unknown) => errorsOf(standard, component, value);

/** An entry whose only LFI answer is `lfi` (the log's own members are what the LFI leaves out). */
const answered = (lfi: unknown, o: Partial<PaymentLogEntry> = {}) => paymentIdResponse(entry(o), urls, lfi);

describe('paymentIdResponse (Ozone Connect AEPaymentIdResponse.data → AEPaymentIdResponse)', () => {
  it('starts from an LFI answer the Ozone Connect document accepts', () => {
    expect(errorsOf(ozoneConnect, 'AEPaymentIdResponse', { data: ocPayment(), meta: {} })).toBe('');
  });

  it('maps every member to the standard’s name and closed shape, in the schema’s order', () => {
    const body = answered(ocPayment());
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
    const body = answered(bare);
    expect(body.Data).toMatchObject({ ConsentId: CONSENT_ID, Instruction: { Amount: { Amount: '250.00', Currency: 'AED' } }, OpenFinanceBilling: { Type: 'PushP2P' }, DebtorReference: 'Rent March' });
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
  });

  it('takes the id, status and times the payment log knows when the LFI leaves them out', () => {
    const body = answered({}, { status: 'AcceptedSettlementCompleted', statusUpdatedAt: '2026-03-01T10:05:00.000Z', createdAt: '2026-03-01T10:00:00.000Z' });
    expect(body.Data).toMatchObject({ PaymentId: 'pay-7f3a9c', Status: 'AcceptedSettlementCompleted', StatusUpdateDateTime: '2026-03-01T10:05:00.000+00:00', CreationDateTime: '2026-03-01T10:00:00.000+00:00' });
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
  });

  it('passes a rejection on as AERejectReason, and leaves an empty list out (minItems 1)', () => {
    const rejected = answered(ocPayment({ status: 'Rejected', rejectReasonCode: [{ code: 'AANI.InsufficientFunds', message: 'Not enough funds' }] }));
    expect(rejected.Data.RejectReasonCode).toEqual([{ Code: 'AANI.InsufficientFunds', Message: 'Not enough funds' }]);
    expect(standardErrors('AEPaymentIdResponse', rejected)).toBe('');
    expect(answered(ocPayment({ rejectReasonCode: [] })).Data).not.toHaveProperty('RejectReasonCode');
    expect(answered(ocPayment({ charges: [] })).Data).not.toHaveProperty('Charges');
  });

  it('answers the TPP’s CurrencyRequest with what the LFI changed in it', () => {
    const request = paymentRequest({ CurrencyRequest: { ExtendedPurpose: 'Tuition', CurrencyOfTransfer: 'USD', ChargeBearer: 'Shared' } });
    const body = answered(ocPayment({ currencyRequest: { currencyOfTransfer: 'USD', chargeBearer: 'BorneByDebtor', exchangeRateInformation: { unitCurrency: 'AED', rateType: 'Agreed', exchangeRate: 0.2722 } } }), { request });
    expect(body.Data.CurrencyRequest).toEqual({ ExtendedPurpose: 'Tuition', CurrencyOfTransfer: 'USD', ChargeBearer: 'BorneByDebtor', ExchangeRateInformation: { UnitCurrency: 'AED', RateType: 'Agreed', ExchangeRate: 0.2722 } });
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
  });

  it('leaves out a CurrencyRequest the standard would refuse (no ExtendedPurpose from either side)', () => {
    expect(answered(ocPayment({ currencyRequest: { currencyOfTransfer: 'USD' } })).Data).not.toHaveProperty('CurrencyRequest');
  });

  it('drops members of neither document and nulls', () => {
    const body = answered({ ...ocPayment({ debtorReference: null as unknown as string }), internalRef: 'core-123' });
    expect(body.Data).not.toHaveProperty('internalRef');
    expect(body.Data.DebtorReference).toBe('Rent March');
    expect(standardErrors('AEPaymentIdResponse', body)).toBe('');
    // The oracle itself refuses what the mapping drops: Data is closed.
    expect(standardErrors('AEPaymentIdResponse', { ...body, Data: { ...body.Data, internalRef: 'core-123' } })).toMatch(/additional properties/);
  });
});

describe('paymentResource: the payment as the log knows it now (the webhook Data)', () => {
  it('is the LFI’s first answer with the status the LFI reported since, and the log’s time of it', () => {
    const data = paymentResource(entry({ status: 'AcceptedCreditSettlementCompleted', paymentTransactionId: 'AANI-1' }));
    expect(data).toMatchObject({ PaymentId: 'pay-7f3a9c', PaymentTransactionId: 'AANI-1', Status: 'AcceptedCreditSettlementCompleted', StatusUpdateDateTime: '2026-03-01T06:00:05.000+00:00', CreationDateTime: '2026-03-01T10:00:00+04:00' });
    expect(standardErrors('AEPaymentIdResponse', { Data: data, Links: { Self: PAYMENT_URL, Related: CONSENT_URL }, Meta: {} })).toBe('');
  });

  it('never carries the PII, and gives the log’s reject reasons in the standard’s form', () => {
    const data = paymentResource(entry({ status: 'Rejected', rejectReasonCode: [{ code: 'AANI.AM04', message: 'Insufficient funds' }] }));
    expect(JSON.stringify(data)).not.toContain(paymentRequest().Data.PersonalIdentifiableInformation);
    expect(data.RejectReasonCode).toEqual([{ Code: 'AANI.AM04', Message: 'Insufficient funds' }]);
    expect(paymentResource(entry({ rejectReasonCode: [] }))).not.toHaveProperty('RejectReasonCode');
  });

  it('reads an LFI answer passed for an entry not created yet', () => {
    const data = paymentResource(entry({ paymentId: undefined, status: undefined, response: undefined }), { id: 'p-9', status: 'Rejected', rejectReasonCode: [{ code: 'LFI.X', message: 'no' }] });
    expect(data).toMatchObject({ PaymentId: 'p-9', Status: 'Rejected', RejectReasonCode: [{ Code: 'LFI.X', Message: 'no' }], CreationDateTime: '2026-03-01T06:00:00.000+00:00' });
  });
});

describe('a file payment (AEFilePaymentIdResponse)', () => {
  const INSTRUCTION = { FileType: 'sandbox.payroll.csv.v1', FileHash: 'aGFzaA==', NumberOfTransactions: 3, ControlSum: '10.00' };
  const file = (o: Partial<PaymentLogEntry> = {}) =>
    entry({
      paymentType: 'cbuae-file-payment',
      request: { Data: { ConsentId: CONSENT_ID, Instruction: INSTRUCTION, PaymentPurposeCode: 'SAL', DebtorReference: 'May payroll' } },
      response: { id: 'fp-1', status: 'Pending', creationDateTime: '2026-03-01T10:00:00+04:00', charges: [{ chargeBearer: 'BorneByDebtor', type: 'Fees', amount: { amount: '1.00', currency: 'AED' } }], paymentPurposeCode: 'SAL' },
      paymentId: 'fp-1',
      ...o,
    });

  it('is Received with the TPP’s Instruction, the LFI’s charges and its progress, in the schema’s members only', () => {
    const body = filePaymentIdResponse(file({ status: 'AcceptedCreditSettlementCompleted', numberOfSuccessfulTransactions: 3 }), urls);
    expect(body).toEqual({
      Data: {
        PaymentId: 'fp-1',
        ConsentId: CONSENT_ID,
        Status: 'Received',
        StatusUpdateDateTime: '2026-03-01T06:00:05.000+00:00',
        CreationDateTime: '2026-03-01T10:00:00+04:00',
        Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '1.00', Currency: 'AED' } }],
        Instruction: INSTRUCTION,
        PaymentPurposeCode: 'SAL',
        OpenFinanceBilling: { NumberOfSuccessfulTransactions: 3 },
      },
      Links: { Self: `${RS}/open-finance/payment/v2.1/file-payments/fp-1`, Related: CONSENT_URL },
      Meta: {},
    });
    expect(standardErrors('AEFilePaymentIdResponse', body)).toBe('');
    expect(paymentResource(file())).toEqual({ ...filePaymentIdResponse(file(), urls).Data });
  });

  it.each<[PaymentLogEntry['status'], string]>([
    ['Received', 'Received'],
    ['Pending', 'Received'],
    ['AcceptedSettlementCompleted', 'Received'],
    ['AcceptedWithoutPosting', 'Received'],
    ['Rejected', 'Rejected'],
  ])('shows the log’s %s as AEFilePaymentStatus %s', (status, fileStatus) => {
    const body = filePaymentIdResponse(file({ status, ...(status === 'Rejected' ? { rejectReasonCode: [{ code: 'LFI.BadFile', message: 'unreadable' }] } : {}) }), urls);
    expect(body.Data.Status).toBe(fileStatus);
    expect(standardErrors('AEFilePaymentIdResponse', body)).toBe('');
  });

  it('leaves out what it does not have: no progress yet, no DebtorReference', () => {
    const data = filePaymentIdResponse(file(), urls).Data;
    expect(data).not.toHaveProperty('OpenFinanceBilling');
    expect(data).not.toHaveProperty('DebtorReference');
  });
});
