import type { ConsentRecord } from '@hub/ozone-connect';
import type { PaymentLogEntry } from '@hub/payments';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { isCreatedPayment, paymentLogRecord, type CreatedPayment } from './payment-log-record';

/** One payment of the hub's log as the Consent Manager's `GET /payment-log` answers it. */
const CONSENT_ID = '6f0d2c1e-7a4b-4b9e-9d3a-2f5e8c1b7a90';
const PAYMENT_ID = 'pay-0c7b3f5e9a41';
const TPP = {
  clientId: '1a9fefc2-f84b-493b-8794-b7b53cdb34ff',
  tppId: 'tpp-sandbox-fintech',
  tppName: 'Sandbox Fintech LLC',
  softwareStatementId: 'sandbox-fintech-all-roles',
  orgId: '3e93444a-326a-4a48-afb4-bdefe0a9df87',
  decodedSsa: { client_name: 'Sandbox Fintech', roles: ['BSIP'] },
};
const REQUEST = { Data: { ConsentId: CONSENT_ID, Instruction: { Amount: { Amount: '100.00', Currency: 'AED' } }, PaymentPurposeCode: 'ACM', PersonalIdentifiableInformation: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.k.iv.ct.tag' } };

const consent = { id: CONSENT_ID, tpp: TPP, psuIdentifiers: { userId: 'psu-0001' }, accountIds: ['acc-0001'] } as unknown as ConsentRecord;

function entry(o: Partial<PaymentLogEntry> = {}): CreatedPayment {
  return {
    tenantId: 'falcon-bank',
    paymentId: PAYMENT_ID,
    reservationId: 'b0a6f0d4-3b8e-4c61-9a7e-2d5f1c3e4a5b',
    consentId: CONSENT_ID,
    paymentType: 'cbuae-payment',
    clientId: TPP.clientId,
    organisationId: TPP.orgId,
    softwareStatementId: TPP.softwareStatementId,
    idempotencyKey: 'key-1',
    requestHash: 'hash-1',
    state: 'Created',
    amount: '100.00',
    currency: 'AED',
    status: 'Pending',
    request: REQUEST,
    response: { id: PAYMENT_ID, status: 'Pending', creationDateTime: '2026-03-01T14:00:00+04:00' },
    interactionId: 'c1d7b5a2-6a3e-4b0f-8d1e-3f2a9b8c7d6e',
    createdAt: '2026-03-01T10:00:00.100Z',
    statusUpdatedAt: '2026-03-01T10:02:30.250Z',
    version: 2,
    ...o,
  } as CreatedPayment;
}

describe('paymentLogRecord', () => {
  it('answers with what the hub holds: the LFI’s answer and last status, the TPP’s request, the consent’s TPP and PSU', () => {
    expect(paymentLogRecord(entry(), consent)).toEqual({
      consentId: CONSENT_ID,
      paymentType: 'cbuae-payment',
      paymentId: PAYMENT_ID,
      idempotencyKey: 'key-1',
      paymentResponse: { id: PAYMENT_ID, status: 'Pending', creationDateTime: '2026-03-01T14:00:00+04:00', statusUpdateDateTime: '2026-03-01T10:02:30.250Z', OpenFinanceBilling: {} },
      tpp: TPP,
      accountId: 'acc-0001',
      psuIdentifiers: { userId: 'psu-0001' },
      interactionId: { ozoneInteractionId: 'c1d7b5a2-6a3e-4b0f-8d1e-3f2a9b8c7d6e', clientInteractionId: 'c1d7b5a2-6a3e-4b0f-8d1e-3f2a9b8c7d6e' },
      authorizationCode: { paymentId: PAYMENT_ID },
      requestBody: REQUEST,
      requestHeaders: { 'x-idempotency-key': 'key-1', 'x-fapi-interaction-id': 'c1d7b5a2-6a3e-4b0f-8d1e-3f2a9b8c7d6e' },
    });
  });

  it('reports what the LFI patched: the rails’ transaction id, the reject reasons, the count of a file payment', () => {
    const reasons = [{ code: 'AANI.AM04', message: 'Insufficient funds' }];
    const record = paymentLogRecord(entry({ status: 'Rejected', paymentTransactionId: 'AANI-1', rejectReasonCode: reasons, numberOfSuccessfulTransactions: 0 }), consent);
    expect(record.paymentResponse).toMatchObject({ status: 'Rejected', paymentTransactionId: 'AANI-1', rejectReasonCode: reasons, OpenFinanceBilling: { NumberOfSuccessfulTransactions: 0 } });
  });

  it('takes the billing type the TPP asked for, and prefers the entry’s own account and PSU to the consent’s', () => {
    const request = { Data: { ...REQUEST.Data, OpenFinanceBilling: { Type: 'PushP2P', MerchantId: 'MERCHANT1', Other: 'x' } } };
    const record = paymentLogRecord(entry({ request, accountId: 'acc-debtor', psuIdentifiers: { userId: 'psu-2' } }), consent);
    expect((record.paymentResponse as Record<string, unknown>).OpenFinanceBilling).toEqual({ Type: 'PushP2P', MerchantId: 'MERCHANT1' });
    expect(record).toMatchObject({ accountId: 'acc-debtor', psuIdentifiers: { userId: 'psu-2' } });
  });

  it('falls back to the hub’s times and ids when the LFI or the TPP gave none', () => {
    const record = paymentLogRecord(entry({ response: {}, interactionId: undefined }), consent);
    expect(record.paymentResponse).toMatchObject({ creationDateTime: '2026-03-01T10:00:00.100Z' });
    expect(record.interactionId).toEqual({ ozoneInteractionId: 'b0a6f0d4-3b8e-4c61-9a7e-2d5f1c3e4a5b' });
    expect(record.requestHeaders).toEqual({ 'x-idempotency-key': 'key-1' });
  });

  it('lists only payments the LFI created (an attempt in flight or refused has no PaymentId)', () => {
    expect(isCreatedPayment(entry())).toBe(true);
    expect(isCreatedPayment(entry({ paymentId: undefined, state: 'InFlight', status: undefined }))).toBe(false);
    expect(isCreatedPayment(entry({ paymentId: undefined, state: 'Refused', refusal: { status: 400, code: 'LFI.Refused', message: 'no' } }))).toBe(false);
  });

  describe('against the official Consent Manager document (api-hub v2.1.x)', () => {
    let doc: any;
    beforeAll(() => {
      doc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');
      doc.components.schemas.TestPaymentLog = doc.paths['/payment-log'].get.responses['200'].content['application/json'].schema;
    });
    const errorsOf = (body: unknown) => validateAgainstComponent(doc, 'TestPaymentLog', body).errors;

    it.each([
      ['a pending payment', entry()],
      ['a rejected payment with its reasons', entry({ status: 'Rejected', rejectReasonCode: [{ code: 'AANI.AM04', message: 'Insufficient funds' }] })],
      ['a settled payment without the TPP’s interaction id', entry({ status: 'AcceptedCreditSettlementCompleted', paymentTransactionId: 'FTS-1', interactionId: undefined })],
    ])('answers %s as the document’s payment-log response', (_, e) => {
      expect(errorsOf({ data: [paymentLogRecord(e, consent)], meta: {} })).toBe('No errors');
    });

    it('the document has teeth: a record without its tpp is refused', () => {
      const { tpp: _dropped, ...record } = paymentLogRecord(entry(), consent);
      expect(errorsOf({ data: [record], meta: {} })).not.toBe('No errors');
    });
  });
});
