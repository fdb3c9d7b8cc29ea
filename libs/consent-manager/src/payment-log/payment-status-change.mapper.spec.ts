import { ApiError, validationProblems } from '@hub/kernel';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PaymentRecordPatchDto } from './dto/payment-record-patch.dto';
import { paymentStatusChangeOf } from './payment-status-change.mapper';

/**
 * `PATCH /payment-log/{id}` bodies (CbuaePatchPaymentRecordBody): validated as the hub's global
 * ValidationPipe does (closed), then turned into the payment log's status change. The dotted keys
 * are the document's form; the nested `paymentResponse` object is accepted too.
 */
function problems(body: object): string[] {
  return validationProblems(validateSync(plainToInstance(PaymentRecordPatchDto, body), { whitelist: true, forbidNonWhitelisted: true })).map((p) => p.message);
}
const changeOf = (body: object) => paymentStatusChangeOf(plainToInstance(PaymentRecordPatchDto, body));

const REJECTED = [{ code: 'AANI.AM04', message: 'Payment request cannot be executed as insufficient funds at debtor account.' }];

describe('PaymentRecordPatchDto and paymentStatusChangeOf', () => {
  describe('the dotted keys of the document', () => {
    it.each([
      ['a status alone', { 'paymentResponse.status': 'AcceptedSettlementCompleted' }, { status: 'AcceptedSettlementCompleted' }],
      [
        'a settlement with the rails’ transaction id',
        { 'paymentResponse.status': 'AcceptedCreditSettlementCompleted', 'paymentResponse.paymentTransactionId': 'AANI-20260301-0001' },
        { status: 'AcceptedCreditSettlementCompleted', paymentTransactionId: 'AANI-20260301-0001' },
      ],
      ['a rejection with its reasons', { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': REJECTED }, { status: 'Rejected', rejectReasonCode: REJECTED }],
      [
        'a file payment’s count of successful transactions',
        { 'paymentResponse.status': 'AcceptedWithoutPosting', 'paymentResponse.OpenFinanceBilling': { NumberOfSuccessfulTransactions: 12 } },
        { status: 'AcceptedWithoutPosting', numberOfSuccessfulTransactions: 12 },
      ],
    ])('takes %s', (_, body, change) => {
      expect(problems(body)).toEqual([]);
      expect(changeOf(body)).toEqual(change);
    });

    it('takes every body it accepts from the document’s schema too', () => {
      const doc = readOfficialSpec('api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml');
      for (const body of [
        { 'paymentResponse.status': 'Pending' },
        { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': REJECTED, 'paymentResponse.paymentTransactionId': 'x' },
        { 'paymentResponse.status': 'AcceptedWithoutPosting', 'paymentResponse.OpenFinanceBilling': { NumberOfSuccessfulTransactions: 3 } },
      ]) {
        expect(validateAgainstComponent(doc, 'CbuaePatchPaymentRecordBody', body).errors).toBe('No errors');
        expect(problems(body)).toEqual([]);
      }
    });
  });

  describe('the nested form', () => {
    it('takes the same members under paymentResponse', () => {
      const body = { paymentResponse: { status: 'Rejected', paymentTransactionId: 'FTS-1', rejectReasonCode: REJECTED, OpenFinanceBilling: { NumberOfSuccessfulTransactions: 0 } } };
      expect(problems(body)).toEqual([]);
      expect(changeOf(body)).toEqual({ status: 'Rejected', paymentTransactionId: 'FTS-1', rejectReasonCode: REJECTED, numberOfSuccessfulTransactions: 0 });
    });

    it('refuses a body that mixes both forms, naming the dotted keys', () => {
      const body = { paymentResponse: { status: 'Rejected' }, 'paymentResponse.status': 'AcceptedSettlementCompleted', 'paymentResponse.paymentTransactionId': 'x' };
      expect(problems(body)).toEqual([]);
      const refusal = (() => {
        try {
          changeOf(body);
        } catch (e) {
          return e;
        }
      })();
      expect(refusal).toBeInstanceOf(ApiError);
      expect(refusal).toMatchObject({ status: 400, message: 'Send the dotted keys or the nested paymentResponse object, not both (got paymentResponse and paymentResponse.status, paymentResponse.paymentTransactionId)' });
    });
  });

  it.each([
    ['no status', {}, /^paymentResponse\.status is required$/],
    ['an unknown status', { 'paymentResponse.status': 'Settled' }, /^paymentResponse\.status must be one of Pending, AcceptedSettlementCompleted/],
    ['Received (a file payment’s first status, not a patchable one)', { 'paymentResponse.status': 'Received' }, /^paymentResponse\.status must be one of/],
    ['a member the body does not know', { 'paymentResponse.status': 'Pending', 'paymentResponse.id': 'x' }, /paymentResponse\.id should not exist/],
    ['an upper-case reject reason (the TPP’s form)', { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': [{ Code: 'AANI.AM04', Message: 'x' }] }, /rejectReasonCode\.0\.code is required/],
    ['a code that is not namespaced', { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': [{ code: 'AM04', message: 'x' }] }, /rejectReasonCode\.0\.code must be a namespaced code/],
    ['a reason message over 500 characters', { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': [{ code: 'LFI.X', message: 'x'.repeat(501) }] }, /rejectReasonCode\.0\.message must be 1 to 500 characters/],
    ['an empty reason list', { 'paymentResponse.status': 'Rejected', 'paymentResponse.rejectReasonCode': [] }, /rejectReasonCode must not be empty/],
    ['a transaction id over 40 characters', { 'paymentResponse.status': 'Pending', 'paymentResponse.paymentTransactionId': 'x'.repeat(41) }, /paymentTransactionId must be 1 to 40 characters/],
    ['an empty transaction id', { 'paymentResponse.status': 'Pending', 'paymentResponse.paymentTransactionId': '' }, /paymentTransactionId must be 1 to 40 characters/],
    ['a count that is no integer', { 'paymentResponse.status': 'Pending', 'paymentResponse.OpenFinanceBilling': { NumberOfSuccessfulTransactions: 1.5 } }, /NumberOfSuccessfulTransactions must be an integer/],
    ['another billing member', { 'paymentResponse.status': 'Pending', 'paymentResponse.OpenFinanceBilling': { Type: 'PushP2P' } }, /OpenFinanceBilling\.Type should not exist/],
    ['a nested form without its status', { paymentResponse: { paymentTransactionId: 'x' } }, /^paymentResponse\.status is required$/],
    ['a nested form with a member it does not know', { paymentResponse: { status: 'Pending', id: 'x' } }, /paymentResponse\.id should not exist/],
  ])('refuses %s, naming the member', (_, body, message) => {
    expect(problems(body)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});
