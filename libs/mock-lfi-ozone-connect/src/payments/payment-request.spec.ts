import { ApiError } from '@hub/kernel';
import { canonicalJson, paymentPostOf } from './payment-request';

const message = (data: Record<string, unknown> = {}) => ({
  Data: { ConsentId: 'pc-1', Instruction: { Amount: { Amount: '10.00', Currency: 'AED' } }, PaymentPurposeCode: 'ACM', OpenFinanceBilling: { Type: 'PushP2P' }, ...data },
});
const post = (overrides: Record<string, unknown> = {}) => ({ paymentType: 'cbuae-payment', request: message(), requestHeaders: { 'X-Idempotency-Key': 'key-1' }, tpp: { clientId: 'c' }, ...overrides });

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ApiError) return `${e.status} ${e.code} ${e.path}`;
    throw e;
  }
  return 'accepted';
}

describe('the hub\'s PaymentPostRequest as the bank reads it', () => {
  it('reads a single payment, its TPP\'s idempotency key (any header case) and a hash of the message', () => {
    const read = paymentPostOf(post({ request: message({ DebtorReference: 'Rent', CurrencyRequest: { CurrencyOfTransfer: 'USD' } }) }));
    expect(read.idempotencyKey).toBe('key-1');
    expect(read.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(read.order).toEqual({ paymentType: 'cbuae-payment', consentId: 'pc-1', amount: '10.00', currency: 'AED', paymentPurposeCode: 'ACM', debtorReference: 'Rent', creditorReference: undefined, openFinanceBilling: { Type: 'PushP2P' }, international: true });
  });

  it('hashes the message, not its serialisation: member order does not matter, any change does', () => {
    const reordered = { Data: Object.fromEntries(Object.entries(message().Data).reverse()) };
    expect(paymentPostOf(post({ request: reordered })).requestHash).toBe(paymentPostOf(post()).requestHash);
    expect(paymentPostOf(post({ request: message({ PaymentPurposeCode: 'SAL' }) })).requestHash).not.toBe(paymentPostOf(post()).requestHash);
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });

  it('reads a file payment with its optional Instruction', () => {
    const file = paymentPostOf(post({ paymentType: 'cbuae-file-payment', request: { Data: { ConsentId: 'fc-1', PaymentPurposeCode: 'SAL' } } }));
    expect(file.order).toEqual({ paymentType: 'cbuae-file-payment', consentId: 'fc-1', paymentPurposeCode: 'SAL', debtorReference: undefined });
  });

  it.each([
    ['an unknown paymentType', post({ paymentType: 'cbuae-bulk' }), '400 Body.InvalidFormat paymentType'],
    ['no x-idempotency-key', post({ requestHeaders: {} }), '400 Body.InvalidFormat requestHeaders.x-idempotency-key'],
    ['no tpp', post({ tpp: undefined }), '400 Body.InvalidFormat tpp'],
    ['an amount without two decimals', post({ request: message({ Instruction: { Amount: { Amount: '10', Currency: 'AED' } } }) }), '400 Body.InvalidFormat request.Data.Instruction.Amount.Amount'],
    ['a lower-case currency', post({ request: message({ Instruction: { Amount: { Amount: '10.00', Currency: 'aed' } } }) }), '400 Body.InvalidFormat request.Data.Instruction.Amount.Currency'],
    ['an unknown billing type', post({ request: message({ OpenFinanceBilling: { Type: 'Gift' } }) }), '400 Body.InvalidFormat request.Data.OpenFinanceBilling.Type'],
    ['a reference over 35 characters', post({ request: message({ CreditorReference: 'r'.repeat(36) }) }), '400 Body.InvalidFormat request.Data.CreditorReference'],
    ['PII that is not a compact JWE', post({ request: message({ PersonalIdentifiableInformation: { Initiation: {} } }) }), '400 JWE.InvalidHeader request.Data.PersonalIdentifiableInformation'],
  ])('refuses %s', (_, body, answer) => {
    expect(codeOf(() => paymentPostOf(body))).toBe(answer);
  });
});
