import type { ConsentRecord } from '@hub/ozone-connect';
import { ConsentStatus, type RevokedBy } from '../domain/consent-status';
import { standardDateTime } from '../domain/standard-date-time';
import { DATA_DATE_TIMES, tppConsentFamily, type TppConsentFamily } from './consent-families';
import type { PaymentConsumption } from './payment-consumption';
import { isObject, pick, withTimezone, withTimezones, type Json } from './tpp-members';

export interface TppConsentResourceOptions {
  /** The tenant's resource server, e.g. https://localhost:8443/falcon-bank/rs. */
  resourceServerUrl: string;
  /**
   * Payment consents: what the payments made under the consent have consumed (the payment log's
   * count). Without it, nothing: zero in the consent's currency.
   */
  paymentConsumption?: PaymentConsumption;
  /** Payment consents: the URLs of the payment resources made under the consent (Links.Related). */
  relatedPayments?: string[];
}

/** Data of a v2.1 consent resource; the members beyond these depend on the family. */
export interface TppConsentData {
  ConsentId: string;
  BaseConsentId?: string;
  Status: string;
  CreationDateTime: string;
  StatusUpdateDateTime: string;
  ExpirationDateTime: string;
  RevokedBy?: RevokedBy;
  PaymentConsumption?: PaymentConsumption;
  [member: string]: unknown;
}

export interface TppConsentResource {
  Data: TppConsentData;
  Subscription?: { Webhook: { Url?: string; IsActive?: boolean } };
  /** `Related` (the payments made under the consent) exists, and is required, for payment consents only. */
  Links: { Self: string; Related?: string[] };
  Meta: { MultipleAuthorizers?: Json };
}

/** The URL of the TPP consent endpoint that serves this consent. */
export function tppConsentSelfUrl(record: ConsentRecord, o: TppConsentResourceOptions): string {
  const base = o.resourceServerUrl.replace(/\/+$/, '');
  return `${base}${tppConsentFamily(record.consentType).resourcePath}/${encodeURIComponent(record.id)}`;
}

/**
 * The consent as the TPP sees it, in the token response's `authorization_details[].consent` and
 * on GET /account-access-consents|payment-consents|insurance-consents/{ConsentId}. `consentBody`
 * holds the TPP's view, but the record's own columns are the truth for the status, and only the
 * members the family's closed schema names are passed on.
 */
export function tppConsentResource(record: ConsentRecord, o: TppConsentResourceOptions): TppConsentResource {
  const family = tppConsentFamily(record.consentType);
  const body = record.consentBody;
  const subscription = subscriptionOf(body.Subscription);
  return {
    Data: dataOf(record, family, o),
    ...(subscription ? { Subscription: subscription } : {}),
    // Related lists the payment resources made under the consent (AERelatedPayment).
    Links: { Self: tppConsentSelfUrl(record, o), ...(family.payments ? { Related: o.relatedPayments ?? [] } : {}) },
    Meta: family.payments ? paymentMeta(body.Meta) : {},
  };
}

function dataOf(record: ConsentRecord, family: TppConsentFamily, o: TppConsentResourceOptions): TppConsentData {
  const stored = record.consentBody.Data;
  // Required by every schema; a record from prepareNewConsent always has it.
  const created = dateTimeOf(stored.CreationDateTime) ?? standardDateTime(new Date(record.updatedAt));
  // The LFI may have added IsLargeCorporate; each family's billing object is closed differently.
  const billing = isObject(stored.OpenFinanceBilling) ? pick(stored.OpenFinanceBilling, family.billingMembers) : {};
  const values: Json = {
    ...stored,
    Status: record.status,
    CreationDateTime: created,
    StatusUpdateDateTime: statusUpdateDateTime(record) ?? created,
    RevokedBy: record.status === ConsentStatus.Revoked ? stored.RevokedBy : undefined,
    OpenFinanceBilling: Object.keys(billing).length > 0 ? billing : undefined,
    ...(family.payments ? paymentMembers(stored, o.paymentConsumption) : {}),
  };
  return withTimezones(pick(values, family.dataMembers), DATA_DATE_TIMES) as TppConsentData;
}

/**
 * The store keeps it for every family in ozoneSupplementaryInformation (STATUS_UPDATE_PATH in
 * ../domain/status-change); consentBody.Data has it for payments only.
 */
function statusUpdateDateTime(record: ConsentRecord): string | undefined {
  return dateTimeOf(record.ozoneSupplementaryInformation?.statusUpdateDateTime) ?? dateTimeOf(record.consentBody.Data.StatusUpdateDateTime);
}

function dateTimeOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? (withTimezone(value) as string) : undefined;
}

/** What the LFI priced in (closed schemas of their own), and the consumption so far. */
function paymentMembers(stored: Json, consumption: PaymentConsumption | undefined): Json {
  const charges = Array.isArray(stored.Charges) ? stored.Charges.filter(isObject).map((c) => pick(c, ['ChargeBearer', 'Type', 'Amount'])) : [];
  const exchangeRate = isObject(stored.ExchangeRate)
    ? withTimezones(pick(stored.ExchangeRate, ['UnitCurrency', 'ExchangeRate', 'RateType', 'ContractIdentification', 'ExpirationDateTime']), ['ExpirationDateTime'])
    : undefined;
  return {
    // The schema wants at least one charge when Charges is given.
    Charges: charges.length > 0 ? charges : undefined,
    ExchangeRate: exchangeRate,
    // What the payments consumed is the payment log's to say (@hub/payments); absent without it.
    PaymentConsumption: consumption,
  };
}

/** AEMetaMultiAuthorization: the LFI's authorizers, when the LFI reported any. */
function paymentMeta(meta: Json | undefined): TppConsentResource['Meta'] {
  const multi = meta?.MultipleAuthorizers;
  if (!isObject(multi)) return {};
  const authorizations = Array.isArray(multi.Authorizations)
    ? multi.Authorizations.filter(isObject).map((a) =>
        withTimezones(pick(a, ['AuthorizerId', 'AuthorizerType', 'AuthorizationDate', 'AuthorizationStatus']), ['AuthorizationDate']),
      )
    : undefined;
  return { MultipleAuthorizers: pick({ ...multi, Authorizations: authorizations }, ['TotalRequired', 'Authorizations']) };
}

/** The webhook subscription as the TPP registered (or last patched) it. */
function subscriptionOf(subscription: Json | undefined): TppConsentResource['Subscription'] {
  if (!isObject(subscription?.Webhook)) return undefined;
  return { Webhook: pick(subscription.Webhook, ['Url', 'IsActive']) as { Url?: string; IsActive?: boolean } };
}
