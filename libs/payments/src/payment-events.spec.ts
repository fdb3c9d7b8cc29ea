import type { PaymentLogEntry } from './payment-log-entry';
import { paymentEventData, paymentResource } from './payment-events';

const REQUEST = {
  Data: {
    ConsentId: 'c-1',
    Instruction: { Amount: { Amount: '100.00', Currency: 'AED' } },
    PersonalIdentifiableInformation: 'eyJ.jwe.pii',
    PaymentPurposeCode: 'ACM',
    DebtorReference: 'Invoice 42',
    OpenFinanceBilling: { Type: 'PushP2P' },
  },
};

const entry = (o: Partial<PaymentLogEntry> = {}): PaymentLogEntry => ({
  tenantId: 't',
  paymentId: 'p-1',
  reservationId: 'r-1',
  consentId: 'c-1',
  paymentType: 'cbuae-payment',
  clientId: 'client',
  organisationId: 'org',
  softwareStatementId: 'ss',
  idempotencyKey: 'k',
  requestHash: 'h',
  state: 'Created',
  amount: '100.00',
  currency: 'AED',
  status: 'Pending',
  request: REQUEST,
  response: {
    id: 'p-1',
    status: 'Pending',
    creationDateTime: '2026-03-10T08:00:00+00:00',
    statusUpdateDateTime: '2026-03-10T08:00:00+00:00',
    charges: [{ chargeBearer: 'BorneByDebtor', type: 'Fees', amount: { amount: '1.00', currency: 'AED' } }],
    paymentPurposeCode: 'ACM',
  },
  createdAt: '2026-03-10T08:00:00.000Z',
  statusUpdatedAt: '2026-03-10T08:00:05.000Z',
  version: 2,
  ...o,
});

describe('paymentResource / paymentEventData', () => {
  it('is AEPaymentIdResponse.Data: the TPP’s members as signed, the LFI’s in PascalCase, the log’s status', () => {
    expect(paymentEventData(entry({ status: 'AcceptedCreditSettlementCompleted', paymentTransactionId: 'AANI-1' }))).toEqual({
      PaymentId: 'p-1',
      ConsentId: 'c-1',
      PaymentTransactionId: 'AANI-1',
      Status: 'AcceptedCreditSettlementCompleted',
      StatusUpdateDateTime: '2026-03-10T08:00:05.000+00:00',
      CreationDateTime: '2026-03-10T08:00:00+00:00',
      Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '1.00', Currency: 'AED' } }],
      Instruction: { Amount: { Amount: '100.00', Currency: 'AED' } },
      PaymentPurposeCode: 'ACM',
      DebtorReference: 'Invoice 42',
      OpenFinanceBilling: { Type: 'PushP2P' },
    });
  });

  it('never carries the PII, and gives reject reasons in the standard’s form', () => {
    const data = paymentEventData(entry({ status: 'Rejected', rejectReasonCode: [{ code: 'AANI.AM04', message: 'Insufficient funds' }] }));
    expect(JSON.stringify(data)).not.toContain('jwe.pii');
    expect(data.RejectReasonCode).toEqual([{ Code: 'AANI.AM04', Message: 'Insufficient funds' }]);
    expect(paymentEventData(entry({ rejectReasonCode: [] }))).not.toHaveProperty('RejectReasonCode');
  });

  it('reads an LFI answer passed for an entry not created yet', () => {
    const data = paymentResource(entry({ paymentId: undefined, status: undefined, response: undefined }), { id: 'p-9', status: 'Rejected', rejectReasonCode: [{ code: 'LFI.X', message: 'no' }] });
    expect(data).toMatchObject({ PaymentId: 'p-9', Status: 'Rejected', RejectReasonCode: [{ Code: 'LFI.X', Message: 'no' }], CreationDateTime: '2026-03-10T08:00:00.000+00:00' });
  });

  it('is AEFilePaymentIdResponse.Data for a file payment (Received unless Rejected)', () => {
    const file = entry({
      paymentType: 'cbuae-file-payment',
      status: 'AcceptedCreditSettlementCompleted',
      numberOfSuccessfulTransactions: 3,
      request: { Data: { ConsentId: 'c-1', Instruction: { FileType: 'sandbox.payroll.csv.v1', FileHash: 'aA==', NumberOfTransactions: 3, ControlSum: '10.00' }, PaymentPurposeCode: 'SAL' } },
    });
    expect(paymentResource(file)).toEqual({
      PaymentId: 'p-1',
      ConsentId: 'c-1',
      Status: 'Received',
      StatusUpdateDateTime: '2026-03-10T08:00:05.000+00:00',
      CreationDateTime: '2026-03-10T08:00:00+00:00',
      Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '1.00', Currency: 'AED' } }],
      Instruction: { FileType: 'sandbox.payroll.csv.v1', FileHash: 'aA==', NumberOfTransactions: 3, ControlSum: '10.00' },
      PaymentPurposeCode: 'SAL',
      OpenFinanceBilling: { NumberOfSuccessfulTransactions: 3 },
    });
    expect(paymentResource({ ...file, status: 'Rejected' }).Status).toBe('Rejected');
  });
});
