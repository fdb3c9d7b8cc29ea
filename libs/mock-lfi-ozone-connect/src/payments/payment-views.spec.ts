import type { PaymentEntity } from '@hub/mock-lfi-store';
import { paymentBody, paymentLogPatch, paymentReport } from './payment-views';

const payment = (changes: Partial<PaymentEntity> = {}): PaymentEntity => ({
  paymentId: '6f1c2a3b-1d2e-4f50-8a9b-0c1d2e3f4a5b',
  tenantId: 'alpha-bank',
  paymentType: 'cbuae-payment',
  consentId: 'pc-1',
  callerOrgId: 'org-1',
  callerClientId: 'tpp-client',
  idempotencyKey: 'k',
  requestHash: 'h',
  userId: 'psu-1',
  debtorAccountId: 'acc-1',
  amount: '10.00',
  currency: 'AED',
  creditorIban: 'AE070331234567890123456',
  creditorName: 'DEWA',
  paymentTransactionId: 'E2E1',
  status: 'Pending',
  creationDateTime: '2026-12-07T10:00:00.000Z',
  statusUpdateDateTime: '2026-12-07T10:00:00.000Z',
  rejectReasonCode: [{ code: 'AANI.AB08', message: 'offline' }],
  terms: { paymentPurposeCode: 'ACM', openFinanceBilling: { Type: 'PushP2P' } },
  fileLines: null,
  interactionId: 'i',
  nextStatus: 'Rejected',
  nextStepAt: null,
  stepAttempts: 0,
  ...changes,
});

describe('the payment as the bank answers and reports it', () => {
  it('shows the reject reason decided at creation only once the payment is Rejected', () => {
    expect(paymentBody(payment()).data).not.toHaveProperty('rejectReasonCode');
    expect(paymentBody(payment({ status: 'Rejected' })).data.rejectReasonCode).toEqual([{ code: 'AANI.AB08', message: 'offline' }]);
    expect(paymentLogPatch(payment({ status: 'Rejected' }))).toEqual({ 'paymentResponse.status': 'Rejected', 'paymentResponse.paymentTransactionId': 'E2E1', 'paymentResponse.rejectReasonCode': [{ code: 'AANI.AB08', message: 'offline' }] });
  });

  it('reports how many lines of a file were paid', () => {
    const file = payment({
      paymentType: 'cbuae-file-payment',
      status: 'AcceptedSettlementCompleted',
      paymentTransactionId: null,
      rejectReasonCode: null,
      fileLines: [
        { line: 1, creditorIban: 'AE1', creditorName: 'A', amount: '1.00', currency: 'AED', status: 'AcceptedCreditSettlementCompleted' },
        { line: 2, creditorIban: 'AE2', creditorName: 'B', amount: '2.00', currency: 'AED', status: 'Rejected', reason: { code: 'AANI.AC03', message: 'bad, really "bad"' } },
        { line: 3, creditorIban: 'AE3', creditorName: 'C', amount: '3.00', currency: 'AED', reference: 'R', status: 'AcceptedWithoutPosting' },
      ],
    });
    expect(paymentLogPatch(file)).toEqual({ 'paymentResponse.status': 'AcceptedSettlementCompleted', 'paymentResponse.OpenFinanceBilling': { NumberOfSuccessfulTransactions: 2 } });
    expect(paymentReport(file).split('\r\n')).toEqual([
      'Line,CreditorIBAN,CreditorName,Amount,Currency,Reference,Status,ReasonCode,ReasonMessage',
      '1,AE1,A,1.00,AED,,AcceptedCreditSettlementCompleted,,',
      '2,AE2,B,2.00,AED,,Rejected,AANI.AC03,"bad, really ""bad"""',
      '3,AE3,C,3.00,AED,R,AcceptedWithoutPosting,,',
      '',
    ]);
    // Before it is executed every line is Pending, whatever is planned for it.
    expect(paymentReport({ ...file, status: 'Received' }).split('\r\n')[2]).toBe('2,AE2,B,2.00,AED,,Pending,,');
  });
});
