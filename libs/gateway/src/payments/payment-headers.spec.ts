import { ApiError } from '@hub/kernel';
import { checkConsentIdHeader, forwardedRequestHeaders, idempotencyKeyOf } from './payment-headers';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return { status: (e as ApiError).status, code: (e as ApiError).code, path: (e as ApiError).path };
  }
  throw new Error('not refused');
};

describe('x-idempotency-key (maxLength 40, pattern ^(\\S*)$, required)', () => {
  it.each([['a'], ['78dae4513b8847f98e2d4173b4ed0eb6'], ['k'.repeat(40)], ['key-with_symbols.and:colons']])('accepts %s', (key) => {
    expect(idempotencyKeyOf({ 'x-idempotency-key': key })).toBe(key);
  });

  it.each([
    ['no header', {}],
    ['an empty key', { 'x-idempotency-key': '' }],
    ['41 characters', { 'x-idempotency-key': 'k'.repeat(41) }],
    ['a space inside', { 'x-idempotency-key': 'two words' }],
    ['a tab inside', { 'x-idempotency-key': 'a\tb' }],
    ['the header sent twice', { 'x-idempotency-key': ['a', 'b'] }],
  ])('refuses %s with 400 Resource.InvalidFormat', (_name, headers) => {
    expect(refusal(() => idempotencyKeyOf(headers))).toEqual({ status: 400, code: 'Resource.InvalidFormat', path: 'x-idempotency-key' });
  });
});

describe('x-consent-id (optional)', () => {
  it('is fine absent, or naming the consent of the token', () => {
    expect(() => checkConsentIdHeader({}, 'c-1')).not.toThrow();
    expect(() => checkConsentIdHeader({ 'x-consent-id': 'c-1' }, 'c-1')).not.toThrow();
  });

  it('refuses another consent than the token’s with 400 Consent.Invalid', () => {
    expect(refusal(() => checkConsentIdHeader({ 'x-consent-id': 'c-2' }, 'c-1'))).toEqual({ status: 400, code: 'Consent.Invalid', path: 'x-consent-id' });
  });
});

describe('PaymentPostRequest.requestHeaders', () => {
  it('passes the TPP headers on, but not its credentials nor the hop’s own headers', () => {
    const forwarded = forwardedRequestHeaders({
      authorization: 'Bearer secret',
      cookie: 'a=b',
      host: 'rs1.example',
      connection: 'keep-alive',
      'content-length': '812',
      'content-type': 'application/jwt',
      'x-idempotency-key': 'k-1',
      'x-fapi-interaction-id': 'b1c2d3e4-0000-4000-8000-000000000009',
      'x-consent-id': 'c-1',
      'x-customer-user-agent': 'Mozilla/5.0',
    });
    expect(forwarded).toEqual({
      'content-type': 'application/jwt',
      'x-consent-id': 'c-1',
      'x-customer-user-agent': 'Mozilla/5.0',
      'x-fapi-interaction-id': 'b1c2d3e4-0000-4000-8000-000000000009',
      'x-idempotency-key': 'k-1',
    });
  });
});
