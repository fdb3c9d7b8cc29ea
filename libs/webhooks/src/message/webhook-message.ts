import { tppConsentResource, tppConsentSelfUrl, type TppConsentChanged } from '@hub/consent';
import type { PaymentChanged } from '@hub/payments';
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
 * consent resource's Data; only an active subscription with a URL gets a delivery.
 */
export function consentWebhook(event: TppConsentChanged, o: { jti: string; issuer: string; resourceServerUrl: string; at: Date }): ResourceWebhookEvent {
  const resource = tppConsentResource(event.consent, { resourceServerUrl: o.resourceServerUrl });
  const webhook = resource.Subscription?.Webhook;
  const claims: WebhookClaims = {
    iss: o.issuer,
    aud: [event.consent.tpp.clientId],
    jti: o.jti,
    message: {
      Data: resource.Data,
      Meta: {
        EventDateTime: o.at.toISOString(),
        EventResource: tppConsentSelfUrl(event.consent, { resourceServerUrl: o.resourceServerUrl }),
        EventType: 'Resource.Updated',
        ConsentId: resource.Data.ConsentId,
      },
    },
  };
  return { claims, resourceId: resource.Data.ConsentId, ...activeTarget(event.consent.tpp.clientId, webhook) };
}

/**
 * The notification of an FX quote, account opening or insurance quote status change: `Data` is
 * the family's status event, `Meta` names the resource by FxQuoteId, AccountId or QuoteId.
 */
export function resourceLogWebhook(event: ResourceChanged, o: { jti: string; issuer: string; resourceServerUrl: string; at: Date }): ResourceWebhookEvent {
  const { log } = event;
  const claims: WebhookClaims = {
    iss: o.issuer,
    aud: [log.clientId],
    jti: o.jti,
    message: {
      Data: event.data,
      Meta: {
        EventDateTime: o.at.toISOString(),
        EventResource: `${o.resourceServerUrl}${log.resourcePath}`,
        EventType: 'Resource.Updated',
        [metaIdNameOf(log.kind)]: log.logId,
      },
    },
  };
  return { claims, resourceId: log.logId, ...activeTarget(log.clientId, log.webhook) };
}

/** Where the TPP reads a payment back: single and multi payments, or file payments. */
const PAYMENT_COLLECTION: Record<PaymentChanged['entry']['paymentType'], string> = {
  'cbuae-payment': 'payments',
  'cbuae-file-payment': 'file-payments',
};

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
  o: { jti: string; issuer: string; resourceServerUrl: string; at: Date },
): ResourceWebhookEvent {
  const { entry } = event;
  const paymentId = entry.paymentId ?? entry.reservationId;
  const claims: WebhookClaims = {
    iss: o.issuer,
    aud: [entry.clientId],
    jti: o.jti,
    message: {
      Data: event.data,
      Meta: {
        EventDateTime: o.at.toISOString(),
        EventResource: `${o.resourceServerUrl}/open-finance/payment/v2.1/${PAYMENT_COLLECTION[entry.paymentType]}/${paymentId}`,
        EventType: event.eventType,
        ConsentId: entry.consentId,
        PaymentId: paymentId,
      },
    },
  };
  return { claims, resourceId: paymentId, ...activeTarget(entry.clientId, consentWebhook) };
}

/** Only an active subscription (IsActive exactly true) with a URL gets a delivery. */
function activeTarget(clientId: string, webhook: { Url?: unknown; IsActive?: unknown } | undefined): { target?: WebhookTarget } {
  return webhook?.IsActive === true && typeof webhook.Url === 'string' && webhook.Url ? { target: { clientId, url: webhook.Url } } : {};
}
