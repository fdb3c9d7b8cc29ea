import { ApiError } from '@hub/kernel';
import type { Request } from 'express';
import { idempotencyKeyOf, requestHashOf, tppRequestHeaders } from './payment-request-facts';

const req = (headers: Record<string, string | string[]>) => ({ headers }) as unknown as Request;

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (e) {
    return `${(e as ApiError).status} ${(e as ApiError).code} ${(e as ApiError).path}`;
  }
  return 'accepted';
}

describe('the facts of a payment request', () => {
  it.each([
    ['a key of 40 characters', 'k'.repeat(40), 'accepted'],
    ['no key', undefined, '400 Resource.InvalidFormat x-idempotency-key'],
    ['an empty key', '', '400 Resource.InvalidFormat x-idempotency-key'],
    ['a key of 41 characters', 'k'.repeat(41), '400 Resource.InvalidFormat x-idempotency-key'],
    ['a key with a space', 'pay roll', '400 Resource.InvalidFormat x-idempotency-key'],
  ])('x-idempotency-key: %s', (_name, key, expected) => {
    expect(refusal(() => idempotencyKeyOf(req(key === undefined ? {} : { 'x-idempotency-key': key })))).toBe(expected);
  });

  it('hashes the same message the same whatever the member order', () => {
    expect(requestHashOf({ Data: { ConsentId: 'c', PaymentPurposeCode: 'SAL' } })).toBe(requestHashOf({ Data: { PaymentPurposeCode: 'SAL', ConsentId: 'c' } }));
  });

  it.each([
    ['another purpose', { Data: { ConsentId: 'c', PaymentPurposeCode: 'ACM' } }],
    ['one member more', { Data: { ConsentId: 'c', PaymentPurposeCode: 'SAL', DebtorReference: 'r' } }],
  ])('hashes %s differently', (_name, other) => {
    expect(requestHashOf(other)).not.toBe(requestHashOf({ Data: { ConsentId: 'c', PaymentPurposeCode: 'SAL' } }));
  });

  it('hashes a number and its string differently', () => {
    expect(requestHashOf({ Data: { N: 1 } })).not.toBe(requestHashOf({ Data: { N: '1' } }));
  });

  it('tells the LFI the TPP\'s headers without its access token', () => {
    const headers = tppRequestHeaders(req({ authorization: 'Bearer secret', 'x-idempotency-key': 'k-1', 'x-fapi-interaction-id': 'i', accept: ['application/jwt', 'application/json'] }));
    expect(headers).toEqual({ 'x-idempotency-key': 'k-1', 'x-fapi-interaction-id': 'i', accept: 'application/jwt, application/json' });
  });
});
