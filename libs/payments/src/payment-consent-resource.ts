import { ConsentType, tppConsentResource, type TppConsentResource } from '@hub/consent';
import type { ConsentRecord } from '@hub/ozone-connect';
import type { EntityManager } from 'typeorm';
import { paymentConsumption } from './controls/payment-consumption';
import { countsAgainstConsent, type PaymentLogEntry } from './payment-log-entry';
import { paymentUrls, relatedPayments } from './payment-urls';
import { paymentsOfConsent } from './store/payment-log-rows';

/**
 * A payment consent as the TPP reads it (GET /payment-consents/{ConsentId}) and as its webhook
 * carries it: the consent with what its payments have consumed by `at` (PaymentConsumption, the
 * current period the one holding `at`) and the payment resources made under it (Links.Related).
 * `payments` are the consent's entries in the payment log (PaymentLog.listForConsent, or
 * paymentsOfConsent); those made after `at` are not counted, so a webhook relayed late tells the
 * consent as it was when it changed.
 */
export function paymentConsentResource(record: ConsentRecord, payments: PaymentLogEntry[], o: { resourceServerUrl: string; at: Date }): TppConsentResource {
  const made = payments.filter((p) => Date.parse(p.createdAt) <= o.at.getTime());
  const counted = made.filter(countsAgainstConsent).map(({ amount, currency, createdAt }) => ({ amount, currency, createdAt }));
  return tppConsentResource(record, {
    resourceServerUrl: o.resourceServerUrl,
    paymentConsumption: paymentConsumption(record.consentBody.Data.ControlParameters, counted, o.at),
    relatedPayments: relatedPayments(made, paymentUrls(o.resourceServerUrl)),
  });
}

/** Reads the hub database in turn with its writers (ConsentOutbox.read, or `inTurn` over a DataSource). */
export type HubRead = <T>(work: (m: EntityManager) => Promise<T>) => Promise<T>;

/**
 * Any consent as the TPP reads it now, wherever the hub shows it (token `authorization_details`,
 * consent webhooks): a payment consent with what its payments have consumed (the payment log,
 * the one consumption rule), any other consent as the consent domain renders it.
 */
export async function consentResourceNow(tenantId: string, record: ConsentRecord, read: HubRead, o: { resourceServerUrl: string; at: Date }): Promise<TppConsentResource> {
  if (record.consentType !== ConsentType.ServiceInitiation) return tppConsentResource(record, { resourceServerUrl: o.resourceServerUrl });
  const payments = await read((m) => paymentsOfConsent(m, tenantId, record.id));
  return paymentConsentResource(record, payments, o);
}
