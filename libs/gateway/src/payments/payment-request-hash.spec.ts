import { paymentRequestHash } from './payment-request-hash';

const message = { Data: { ConsentId: 'c-1', Instruction: { Amount: { Amount: '10.00', Currency: 'AED' } }, PaymentPurposeCode: 'ACM', OpenFinanceBilling: { Type: 'PushP2P' } } };

describe('paymentRequestHash', () => {
  it('is the SHA-256 (hex) of the canonical JSON of Data: keys sorted, no whitespace', () => {
    // sha256('{"a":"x","b":1}')
    expect(paymentRequestHash({ Data: { b: 1, a: 'x' } })).toBe('cdab067e9f3beb32d1252cfd63e492592fecbf591b0d08cadb24bb17f3864246');
  });

  it('is the same for the same Data in another member order (a retry signed again)', () => {
    const reordered = { Data: { OpenFinanceBilling: { Type: 'PushP2P' }, PaymentPurposeCode: 'ACM', Instruction: { Amount: { Currency: 'AED', Amount: '10.00' } }, ConsentId: 'c-1' } };
    expect(paymentRequestHash(reordered)).toBe(paymentRequestHash(message));
  });

  it.each([
    ['another amount', { Instruction: { Amount: { Amount: '10.01', Currency: 'AED' } } }],
    ['another currency', { Instruction: { Amount: { Amount: '10.00', Currency: 'USD' } } }],
    ['a reference added', { DebtorReference: 'rent' }],
    ['another consent', { ConsentId: 'c-2' }],
  ])('differs for %s', (_name, change) => {
    expect(paymentRequestHash({ Data: { ...message.Data, ...change } })).not.toBe(paymentRequestHash(message));
  });
});
