import type { ConsentOutbox, ConsentOutboxMessage } from '@hub/consent';
import { tenantUrls, type Clock, type SandboxConfig } from '@hub/kernel';
import type { ResourceChanged } from '@hub/resource-logs';
import type { DeliveryStore } from '../delivery/delivery-store';
import { consentWebhook, resourceLogWebhook, type ResourceWebhookEvent } from '../message/webhook-message';

/** How long a claimed outbox message stays hidden from other relays (it is handled in milliseconds). */
const CLAIM_LEASE_MS = 30_000;
const BATCH = 100;

type EventTopic = 'tpp.consent-changed' | 'tpp.resource-changed';

/**
 * Moves consent and service resource (FX quote, account opening, insurance quote) status changes
 * from the hub's transactional outbox into webhook deliveries.
 * The outbox hands out only the earliest open message of each consent, so deliveries are recorded
 * in the order of the changes; a message whose consent has no active subscription is settled
 * without a delivery. Recording is idempotent (the delivery's id is the message's), so a relay
 * that dies between recording and settling does no harm when the message comes round again.
 */
export class OutboxRelay {
  constructor(
    private readonly outbox: ConsentOutbox,
    private readonly store: DeliveryStore,
    private readonly config: SandboxConfig,
    private readonly clock: Clock,
  ) {}

  /** One pass; returns how many messages it settled. */
  async relayOnce(): Promise<number> {
    let settled = 0;
    for (const topic of ['tpp.consent-changed', 'tpp.resource-changed'] as const) settled += await this.relayTopic(topic);
    return settled;
  }

  private async relayTopic(topic: EventTopic): Promise<number> {
    const now = this.clock.now();
    const messages = await this.outbox.claimDue(topic, now, BATCH, CLAIM_LEASE_MS);
    for (const m of messages) {
      const webhook = this.webhookOf(m);
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
  private webhookOf(m: ConsentOutboxMessage<EventTopic>): ResourceWebhookEvent | undefined {
    const tenant = this.config.tenants.find((t) => t.id === m.tenantId);
    if (!tenant) return undefined;
    const urls = tenantUrls(this.config, tenant);
    const o = { jti: m.id, issuer: urls.issuer, resourceServerUrl: urls.resourceServerUrl, at: m.createdAt };
    if (m.topic === 'tpp.resource-changed') return resourceLogWebhook((m as ConsentOutboxMessage<'tpp.resource-changed'>).payload as ResourceChanged, o);
    return consentWebhook((m as ConsentOutboxMessage<'tpp.consent-changed'>).payload, o);
  }
}
