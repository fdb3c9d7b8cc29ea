import type { ConsentRecord } from '@hub/ozone-connect';

/**
 * - `lfi.consent-event`: Ozone Connect `POST /consent/event/{operation}` to the tenant's LFI, on every
 *   create (`post`) and every change (`patch`), carrying the full record.
 * - `tpp.consent-changed`: a consent status changed; the webhook worker turns it into the TPP's
 *   event notification (only while Subscription.Webhook.IsActive).
 * - `tpp.resource-changed`: an FX quote, account opening or insurance quote changed status; the
 *   message's `consentId` column then holds the resource's log id and `auditSeq` its version.
 *   The resource logs (@hub/resource-logs) write it through their outbox port and the webhook
 *   worker reads it; the consent domain only carries it, so its payload is opaque here.
 * - `tpp.payment-changed`: a payment was created or changed status; the message's `consentId`
 *   column then holds the payment's id and `auditSeq` the payment log entry's version. The
 *   payments (@hub/payments) write it through their outbox port and the webhook worker reads it;
 *   opaque here too.
 */
export const CONSENT_OUTBOX_TOPICS = ['lfi.consent-event', 'tpp.consent-changed', 'tpp.resource-changed', 'tpp.payment-changed'] as const;
export type ConsentOutboxTopic = (typeof CONSENT_OUTBOX_TOPICS)[number];

export interface LfiConsentEvent {
  operation: 'post' | 'patch';
  consent: ConsentRecord;
}

export interface TppConsentChanged {
  consent: ConsentRecord;
  previousStatus: string;
}

/** `tpp.resource-changed` as the outbox stores it: `ResourceChanged` of @hub/resource-logs. */
export type ResourceChangedPayload = object;

/** `tpp.payment-changed` as the outbox stores it: `PaymentChanged` of @hub/payments. */
export type PaymentChangedPayload = object;

export type ConsentOutboxPayload<T extends ConsentOutboxTopic> = T extends 'lfi.consent-event'
  ? LfiConsentEvent
  : T extends 'tpp.resource-changed'
    ? ResourceChangedPayload
    : T extends 'tpp.payment-changed'
      ? PaymentChangedPayload
      : TppConsentChanged;

export type ConsentEvent =
  | { topic: 'lfi.consent-event'; payload: LfiConsentEvent }
  | { topic: 'tpp.consent-changed'; payload: TppConsentChanged }
  | { topic: 'tpp.resource-changed'; payload: ResourceChangedPayload }
  | { topic: 'tpp.payment-changed'; payload: PaymentChangedPayload };

/** The events one stored change produces. */
export function eventsOfChange(before: ConsentRecord | undefined, after: ConsentRecord): ConsentEvent[] {
  if (!before) return [{ topic: 'lfi.consent-event', payload: { operation: 'post', consent: after } }];
  const events: ConsentEvent[] = [{ topic: 'lfi.consent-event', payload: { operation: 'patch', consent: after } }];
  if (before.status !== after.status) {
    events.push({ topic: 'tpp.consent-changed', payload: { consent: after, previousStatus: before.status } });
  }
  return events;
}
