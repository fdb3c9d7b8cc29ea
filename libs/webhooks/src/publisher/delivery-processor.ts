import { randomUUID } from 'node:crypto';
import type { Clock, SandboxConfig } from '@hub/kernel';
import { toInstant } from '@hub/persistence';
import type { DeliveryStore } from '../delivery/delivery-store';
import { OPEN_STATUSES } from '../delivery/delivery-store';
import { postWebhook, type PostResult } from '../delivery/post-webhook';
import type { WebhookCredentials } from '../delivery/webhook-credentials';
import { sealWebhook, webhookBearer } from '../message/seal-webhook';
import type { WebhookDeliveryEntity } from '../store/webhook-delivery.entity';
import type { DeliveryJobOf } from './webhook-queue';

/** Thrown to hand a failed attempt back to BullMQ, which schedules the retry. */
export class AttemptFailed extends Error {}

/**
 * One attempt of one delivery: seal anew (fresh iat/exp, same jti), POST with the hub's client
 * certificate, record the attempt, then settle: delivered on a 2xx, dead after the last attempt,
 * otherwise `retrying` and an error for BullMQ's back-off.
 */
export class DeliveryProcessor {
  constructor(
    private readonly store: DeliveryStore,
    private readonly credentials: WebhookCredentials,
    private readonly config: SandboxConfig,
    private readonly clock: Clock,
    private readonly worker: string,
    private readonly onSettled: (d: WebhookDeliveryEntity) => void,
  ) {}

  async process(job: DeliveryJobOf): Promise<string> {
    const d = await this.store.find(job.data.deliveryId);
    if (!d || d.generation !== job.data.generation || !OPEN_STATUSES.includes(d.status)) return 'nothing to do';
    const attempt = d.attempts + 1;
    const at = this.clock.now();
    const result = await this.send(d, at);
    await this.store.recordAttempt({ deliveryId: d.id, generation: d.generation, attempt, at: toInstant(at), statusCode: result.statusCode ?? null, latencyMs: result.latencyMs, error: result.error?.slice(0, 1024) ?? null, worker: this.worker });
    const common = { attempts: attempt, lastStatusCode: result.statusCode ?? null, lastError: result.error?.slice(0, 1024) ?? null };
    if (result.ok) {
      await this.store.transition(d.id, OPEN_STATUSES, d.generation, { ...common, status: 'delivered', deliveredAt: toInstant(this.clock.now()) });
      this.onSettled(d);
      return 'delivered';
    }
    // The last attempt of the delivery (its count survives lost jobs) or of this job.
    if (attempt >= this.config.webhooks.maxAttempts || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
      await this.store.transition(d.id, OPEN_STATUSES, d.generation, { ...common, status: 'dead', deadAt: toInstant(this.clock.now()) });
      this.onSettled(d);
      return 'dead';
    }
    await this.store.transition(d.id, OPEN_STATUSES, d.generation, { ...common, status: 'retrying' });
    throw new AttemptFailed(result.error ?? 'failed');
  }

  private async send(d: WebhookDeliveryEntity, now: Date): Promise<PostResult> {
    const key = this.credentials.tppEncryptionKey(d.clientId);
    if (!key) return { ok: false, latencyMs: 0, error: `TPP ${d.clientId} has no encryption key in its keystore JWKS` };
    const signer = await this.credentials.signer(d.tenantId);
    const body = await sealWebhook(d.claims, signer, key, now);
    // The bearer JWT is a fresh token per request (its own jti); the notification keeps its jti.
    const bearer = await webhookBearer(d.url, d.claims.iss, signer, randomUUID(), now);
    return postWebhook(this.credentials.agent(d.tenantId), d.url, body, { authorization: `Bearer ${bearer}`, 'x-fapi-interaction-id': d.id }, this.config.webhooks.timeoutMs);
  }
}
