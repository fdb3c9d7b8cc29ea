import { tppConsentSelfUrl, type TppConsentChanged, type TppConsentResource } from '@hub/consent';
import { paymentUrls, type PaymentChanged } from '@hub/payments';
import { metaIdNameOf, type ResourceChanged } from '@hub/resource-logs';

export type WebhookEventType = 'Resource.Created' | 'Resource.Updated' | 'Resource.Deleted';

/** `message` of the v2.1 webhook template: the resource as the TPP would GET it, and what happened. */
export interface WebhookMessage {
  Data: Record<string, unknown>;
  Meta: {
    EventDateTime: string;
    EventResource: string;
    EventType: WebhookEventType;
    ConsentId?: string;
    FxQuoteId?: string;
    QuoteId?: string;
    AccountId?: string;
    PaymentId?: string;
  };
}

/** The signed claims without the times (iat, nbf, exp), which each attempt sets anew. */
export interface WebhookClaims {
  iss: string;
  aud: string[];
  jti: string;
  message: WebhookMessage;
}

/** Where and to whom a resource's events go, when its subscription is active. */
export interface WebhookTarget {
  clientId: string;
  url: string;
}

/** A notification ready to record: its claims, and its target while the subscription is active. */
export interface ResourceWebhookEvent {
  target?: WebhookTarget;
  claims: WebhookClaims;
  resourceId: string;
}

/**
 * The notification of a consent status change. The event is `Resource.Updated` (a consent is
 * created by PAR, before any subscription could be read back, and never deleted); `Data` is the
 * consent resource's Data (`resource`: the consent of the event as the TPP reads it, a payment
 * consent with its payment log's consumption); only an active subscription with a URL gets a delivery.
 */
export function consentWebhook(event: TppConsentChanged, resource: TppConsentResource, o: MessageOptions): ResourceWebhookEvent {
  const clientId = event.consent.tpp.clientId;
  const claims = claimsOf(clientId, resource.Data, { EventResource: tppConsentSelfUrl(event.consent, o), EventType: 'Resource.Updated', ConsentId: resource.Data.ConsentId }, o);
  return { claims, resourceId: resource.Data.ConsentId, ...activeTarget(clientId, resource.Subscription?.Webhook) };
}

/**
 * The notification of an FX quote, account opening or insurance quote status change: `Data` is
 * the family's status event, `Meta` names the resource by FxQuoteId, AccountId or QuoteId.
 */
export function resourceLogWebhook(event: ResourceChanged, o: MessageOptions): ResourceWebhookEvent {
  const { log } = event;
  const claims = claimsOf(log.clientId, event.data, { EventResource: `${o.resourceServerUrl}${log.resourcePath}`, EventType: 'Resource.Updated', [metaIdNameOf(log.kind)]: log.logId }, o);
  return { claims, resourceId: log.logId, ...activeTarget(log.clientId, log.webhook) };
}

/**
 * The notification of a payment created or changed (AEWebhookPaymentInitiationEventProperties):
 * `Data` is the payment's status resource as the payments wrote it into the outbox; `Meta` names
 * the payment's consent (ConsentId, which the template requires) and the payment itself (PaymentId,
 * which the issue asks for; the template's Meta is open). A payment has no subscription of its
 * own: it is delivered while its consent's `Subscription.Webhook` (given by the caller) is active
 * with a URL.
 */
export function paymentWebhook(
  event: PaymentChanged,
  consentWebhook: { Url?: unknown; IsActive?: unknown } | undefined,
  o: MessageOptions,
): ResourceWebhookEvent {
  const { entry } = event;
  const paymentId = entry.paymentId ?? entry.reservationId;
  const meta = { EventResource: paymentUrls(o.resourceServerUrl).resource(entry.paymentType, paymentId), EventType: event.eventType, ConsentId: entry.consentId, PaymentId: paymentId };
  const claims = claimsOf(entry.clientId, event.data, meta, o);
  return { claims, resourceId: paymentId, ...activeTarget(entry.clientId, consentWebhook) };
}

/** What a notification's claims take from the relay: its id, the tenant's issuer and resource server, when the change happened. */
export interface MessageOptions {
  jti: string;
  issuer: string;
  resourceServerUrl: string;
  at: Date;
}

/** The claims of one notification to the TPP `clientId`: the tenant signs, `Meta.EventDateTime` is when the change happened. */
function claimsOf(clientId: string, data: Record<string, unknown>, meta: Omit<WebhookMessage['Meta'], 'EventDateTime'>, o: MessageOptions): WebhookClaims {
  return { iss: o.issuer, aud: [clientId], jti: o.jti, message: { Data: data, Meta: { EventDateTime: o.at.toISOString(), ...meta } } };
}

/** Only an active subscription (IsActive exactly true) with a URL gets a delivery. */
function activeTarget(clientId: string, webhook: { Url?: unknown; IsActive?: unknown } | undefined): { target?: WebhookTarget } {
  return webhook?.IsActive === true && typeof webhook.Url === 'string' && webhook.Url ? { target: { clientId, url: webhook.Url } } : {};
}
