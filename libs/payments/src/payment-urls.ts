import type { PaymentLogEntry, PaymentType } from './payment-log-entry';

/** Where the resources of the Bank Service Initiation API live under a tenant's resource server. */
export const PAYMENT_API = '/open-finance/payment/v2.1';

/**
 * The TPP-facing URLs of one tenant's payments and payment consents: the Links of the payment
 * resources and the webhooks' EventResource. A file payment is read at /file-payments.
 */
export function paymentUrls(resourceServerUrl: string) {
  const base = `${resourceServerUrl.replace(/\/+$/, '')}${PAYMENT_API}`;
  const payment = (paymentId: string) => `${base}/payments/${encodeURIComponent(paymentId)}`;
  const filePayment = (paymentId: string) => `${base}/file-payments/${encodeURIComponent(paymentId)}`;
  return {
    payments: `${base}/payments`,
    payment,
    filePayment,
    /** The payment resource of either type. */
    resource: (paymentType: PaymentType, paymentId: string) => (paymentType === 'cbuae-file-payment' ? filePayment(paymentId) : payment(paymentId)),
    consent: (consentId: string) => `${base}/payment-consents/${encodeURIComponent(consentId)}`,
  };
}
export type PaymentUrls = ReturnType<typeof paymentUrls>;

/**
 * AERelatedPayment (Links.Related of a payment consent and of its refund account): the payment
 * resources the LFI made under the consent, not the attempts it refused or never answered.
 */
export function relatedPayments(entries: PaymentLogEntry[], urls: PaymentUrls): string[] {
  return entries.flatMap((e) => (e.paymentId ? [urls.resource(e.paymentType, e.paymentId)] : []));
}
