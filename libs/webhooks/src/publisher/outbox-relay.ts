import { type ConsentOutbox, type ConsentOutboxMessage, type ConsentService, type TppConsentChanged, type TppConsentResource } from '@hub/consent';
import { tenantUrls, type Clock, type SandboxConfig } from '@hub/kernel';
import { consentResourceNow, type PaymentChanged } from '@hub/payments';
import type { ResourceChanged } from '@hub/resource-logs';
import type { DeliveryStore } from '../delivery/delivery-store';
import { consentWebhook, paymentWebhook, resourceLogWebhook, type ResourceWebhookEvent } from '../message/webhook-message';

/** How long a claimed outbox message stays hidden from other relays (it is handled in milliseconds). */
const CLAIM_LEASE_MS = 30_000;
const BATCH = 100;

const EVENT_TOPICS = ['tpp.consent-changed', 'tpp.resource-changed', 'tpp.payment-changed'] as const;
type EventTopic = (typeof EVENT_TOPICS)[number];

/**
 * Moves consent, payment and service resource (FX quote, account opening, insurance quote) status
 * changes from the hub's transactional outbox into webhook deliveries.
 * The outbox hands out only the earliest open message of each consent, so deliveries are recorded
 * in the order of the changes; a message whose consent has no active subscription is settled
 * without a delivery (a payment's subscription is its consent's, read when the message is relayed). Recording is idempotent (the delivery's id is the message's), so a relay
 * that dies between recording and settling does no harm when the message comes round again.
 */
export class OutboxRelay {
  constructor(
    private readonly outbox: ConsentOutbox,
    private readonly store: DeliveryStore,
    private readonly config: SandboxConfig,
    private readonly clock: Clock,
    /** Reads a payment's consent for its subscription (never writes: see ConsentService.find). */
    private readonly consents: Pick<ConsentService, 'find'>,
  ) {}

  /** One pass; returns how many messages it settled. */
  async relayOnce(): Promise<number> {
    let settled = 0;
    for (const topic of EVENT_TOPICS) settled += await this.relayTopic(topic);
    return settled;
  }

  private async relayTopic(topic: EventTopic): Promise<number> {
    const now = this.clock.now();
    const messages = await this.outbox.claimDue(topic, now, BATCH, CLAIM_LEASE_MS);
    for (const m of messages) {
      const webhook = await this.webhookOf(m);
      if (webhook?.target) {
        await this.store.record(
          { id: m.id, tenantId: m.tenantId, clientId: webhook.target.clientId, resourceId: webhook.resourceId, sequence: m.auditSeq, eventType: webhook.claims.message.Meta.EventType, url: webhook.target.url, claims: webhook.claims },
          now,
        );
      }
      await this.outbox.markDelivered(m.id);
    }
    return messages.length;
  }

  /** Undefined when the tenant is no longer configured: the message is settled without a delivery. */
  private async webhookOf(m: ConsentOutboxMessage<EventTopic>): Promise<ResourceWebhookEvent | undefined> {
    const tenant = this.config.tenants.find((t) => t.id === m.tenantId);
    if (!tenant) return undefined;
    const urls = tenantUrls(this.config, tenant);
    const o = { jti: m.id, issuer: urls.issuer, resourceServerUrl: urls.resourceServerUrl, at: m.createdAt };
    switch (m.topic) {
      case 'tpp.resource-changed':
        return resourceLogWebhook(m.payload as ResourceChanged, o);
      case 'tpp.payment-changed': {
        // Read now rather than carried in the message: a payment is delivered while its consent's
        // subscription is active, so a TPP that switched it off gets no more payment events.
        const change = m.payload as PaymentChanged;
        const consent = await this.consents.find(m.tenantId, change.entry.consentId);
        return paymentWebhook(change, consent?.consentBody.Subscription?.Webhook as Record<string, unknown> | undefined, o);
      }
      default: {
        const change = (m as ConsentOutboxMessage<'tpp.consent-changed'>).payload;
        return consentWebhook(change, await this.consentResourceOf(m.tenantId, change, o), o);
      }
    }
  }

  /**
   * The consent of the event as the TPP reads it: a payment consent with what its payments had
   * consumed and links to them, from the payment log (read-only, in turn with the hub's writers).
   */
  private consentResourceOf(tenantId: string, change: TppConsentChanged, o: { resourceServerUrl: string; at: Date }): Promise<TppConsentResource> {
    return consentResourceNow(tenantId, change.consent, (work) => this.outbox.read(work), o);
  }
}
