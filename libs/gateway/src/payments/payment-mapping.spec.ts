import { paymentUrls } from '@hub/payments';
import { BANK_INITIATION_DOC, OZONE_CONNECT_SI_DOC, PAYMENT_CONSENT_ID as CONSENT_ID, PAYMENT_RS as RS, readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { idempotencyKeyQuery, refundResponse } from './payment-mapping';

const urls = paymentUrls(RS);
const PAYMENT_URL = urls.payment('pay-7f3a9c');

/** 'No errors' when the value is valid against the component of the official document. */
const errorsOf = (doc: string, component: string, value: unknown) => validateAgainstComponent(readOfficialSpec(doc), component, value).errors;

describe('idempotencyKeyQuery', () => {
  it('is AEIdempotencyKeyQuery: an empty Data and the payment as Links.Self', () => {
    const body = idempotencyKeyQuery(PAYMENT_URL);
    expect(body).toEqual({ Data: {}, Links: { Self: PAYMENT_URL } });
    expect(errorsOf(BANK_INITIATION_DOC, 'AEIdempotencyKeyQuery', body)).toBe('No errors');
  });
});

describe('refundResponse (Ozone Connect RefundGetResponse → AEPaymentConsentRefundResponse)', () => {
  const lfi = { data: { consentId: CONSENT_ID, refundAccount: { schemeName: 'IBAN', identification: 'AE070331234567890123456', name: { en: 'Ada Lovelace', ar: 'آدا' } } }, meta: {} };

  it('starts from an LFI answer the Ozone Connect document accepts', () => {
    expect(errorsOf(OZONE_CONNECT_SI_DOC, 'RefundGetResponse', lfi)).toBe('No errors');
  });

  it('gives the debtor account, the consent and its payments as links', () => {
    const body = refundResponse(lfi, { consentId: CONSENT_ID, baseConsentId: 'base-1', relatedPayments: [PAYMENT_URL] }, urls);
    expect(body).toEqual({
      Data: { ConsentId: CONSENT_ID, BaseConsentId: 'base-1', RefundAccount: { SchemeName: 'IBAN', Identification: 'AE070331234567890123456', Name: { en: 'Ada Lovelace', ar: 'آدا' } } },
      Links: { Self: `${RS}/open-finance/payment/v2.1/payment-consents/${CONSENT_ID}`, Related: [PAYMENT_URL] },
    });
    expect(errorsOf(BANK_INITIATION_DOC, 'AEPaymentConsentRefundResponse', body)).toBe('No errors');
  });

  it('leaves BaseConsentId out for a consent without one', () => {
    const body = refundResponse(lfi, { consentId: CONSENT_ID, relatedPayments: [] }, urls);
    expect(body?.Data).not.toHaveProperty('BaseConsentId');
    expect(errorsOf(BANK_INITIATION_DOC, 'AEPaymentConsentRefundResponse', body)).toBe('No errors');
  });

  it.each([
    ['no data', {}],
    ['no refundAccount', { data: { consentId: CONSENT_ID } }],
    ['an account without its name', { data: { refundAccount: { schemeName: 'IBAN', identification: 'AE070331234567890123456' } } }],
  ])('is undefined for an LFI answer with %s', (_name, answer) => {
    expect(refundResponse(answer, { consentId: CONSENT_ID, relatedPayments: [] }, urls)).toBeUndefined();
  });
});
