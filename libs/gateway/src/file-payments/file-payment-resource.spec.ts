import type { PaymentLogEntry, PaymentStatus } from '@hub/payments';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { idempotencyKeyQuery, paymentUrls } from '../payments/payment-mapping';
import { filePaymentResource } from './file-payment-resource';
import { withConsentedInstruction } from './payment-file';
import { payrollTerms } from './testing/file-payment-consent';

const RS = 'https://localhost:8443/bank/rs';
const URLS = paymentUrls(RS);
const doc = readOfficialSpec('standards/v2.1-errata2/uae-bank-initiation-openapi.yaml');

function entry(change: Partial<PaymentLogEntry> = {}): PaymentLogEntry {
  return {
    tenantId: 'bank',
    paymentId: 'fp-1',
    reservationId: 'r-1',
    consentId: 'file-consent-1',
    paymentType: 'cbuae-file-payment',
    clientId: 'tpp',
    organisationId: 'org',
    softwareStatementId: 'ss',
    idempotencyKey: 'key-1',
    requestHash: 'h',
    state: 'Created',
    amount: '1500.00',
    currency: 'AED',
    status: 'Received',
    // As CreateFilePayment records it: the TPP's message, Instruction completed from the consent.
    request: withConsentedInstruction({ Data: { ConsentId: 'file-consent-1', PaymentPurposeCode: 'SAL', DebtorReference: 'May payroll' } }, payrollTerms()),
    response: { id: 'fp-1', status: 'Received', creationDateTime: '2026-05-01T08:00:00+04:00', statusUpdateDateTime: '2026-05-01T08:00:00+04:00', paymentPurposeCode: 'SAL' },
    createdAt: '2026-05-01T04:00:00.000Z',
    statusUpdatedAt: '2026-05-01T04:00:01.000Z',
    version: 2,
    ...change,
  };
}

describe('a file payment as the TPP reads it (AEFilePaymentIdResponse)', () => {
  it('is valid against the official document just after creation', () => {
    const resource = filePaymentResource(entry(), URLS);
    expect(validateAgainstComponent(doc, 'AEFilePaymentIdResponse', resource).errors).toBe('No errors');
    expect(resource).toEqual({
      Data: {
        PaymentId: 'fp-1',
        ConsentId: 'file-consent-1',
        Status: 'Received',
        StatusUpdateDateTime: '2026-05-01T04:00:01.000+00:00',
        CreationDateTime: '2026-05-01T08:00:00+04:00',
        Instruction: payrollTerms(),
        PaymentPurposeCode: 'SAL',
      },
      Links: { Self: `${RS}/open-finance/payment/v2.1/file-payments/fp-1`, Related: `${RS}/open-finance/payment/v2.1/payment-consents/file-consent-1` },
      Meta: {},
    });
  });

  it('tells the LFI\'s progress (NumberOfSuccessfulTransactions) and charges, still valid', () => {
    const done = entry({
      status: 'AcceptedCreditSettlementCompleted',
      numberOfSuccessfulTransactions: 2,
      response: { ...entry().response, charges: [{ chargeBearer: 'BorneByDebtor', type: 'Fees', amount: { amount: '2.00', currency: 'AED' } }] },
    });
    const terms = payrollTerms({ FileReference: 'May', RequestedExecutionDate: '2026-05-02' });
    const resource = filePaymentResource({ ...done, request: withConsentedInstruction({ Data: { ConsentId: 'file-consent-1', PaymentPurposeCode: 'SAL' } }, terms) }, URLS);
    expect(validateAgainstComponent(doc, 'AEFilePaymentIdResponse', resource).errors).toBe('No errors');
    expect(resource.Data).toMatchObject({
      Status: 'Received',
      OpenFinanceBilling: { NumberOfSuccessfulTransactions: 2 },
      Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '2.00', Currency: 'AED' } }],
      Instruction: { FileReference: 'May', RequestedExecutionDate: '2026-05-02' },
    });
  });

  it('is Rejected with the LFI\'s reasons in the standard\'s spelling', () => {
    const rejected = entry({ status: 'Rejected', rejectReasonCode: [{ code: 'LFI.InsufficientFunds', message: 'not enough money' }] });
    const resource = filePaymentResource(rejected, URLS);
    expect(validateAgainstComponent(doc, 'AEFilePaymentIdResponse', resource).errors).toBe('No errors');
    expect(resource.Data).toMatchObject({ Status: 'Rejected', RejectReasonCode: [{ Code: 'LFI.InsufficientFunds', Message: 'not enough money' }] });
  });

  it('leaves out what AEFilePaymentIdResponse does not have (the request\'s DebtorReference)', () => {
    expect(filePaymentResource(entry(), URLS).Data).not.toHaveProperty('DebtorReference');
  });

  it.each<[PaymentStatus, string]>([
    ['Received', 'Received'],
    ['Pending', 'Received'],
    ['AcceptedSettlementCompleted', 'Received'],
    ['AcceptedCreditSettlementCompleted', 'Received'],
    ['AcceptedWithoutPosting', 'Received'],
    ['Rejected', 'Rejected'],
  ])('shows the payment log\'s %s as AEFilePaymentStatus %s, valid', (status, fileStatus) => {
    const resource = filePaymentResource(entry({ status }), URLS);
    expect(resource.Data.Status).toBe(fileStatus);
    expect(validateAgainstComponent(doc, 'AEFilePaymentIdResponse', resource).errors).toBe('No errors');
  });
});

describe('the answer to GET /file-payments (AEIdempotencyKeyQuery)', () => {
  it('is an empty Data and the link to the payment, valid against the document', () => {
    const link = idempotencyKeyQuery(URLS.filePayment('fp-1'));
    expect(validateAgainstComponent(doc, 'AEIdempotencyKeyQuery', link).errors).toBe('No errors');
    expect(link).toEqual({ Data: {}, Links: { Self: `${RS}/open-finance/payment/v2.1/file-payments/fp-1` } });
  });
});
