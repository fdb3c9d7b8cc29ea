import { ConsentOutbox, ConsentRevocationHooks, ConsentService } from '@hub/consent';
import type { Clock, SandboxConfig } from '@hub/kernel';
import type { TrustDirectory } from '@hub/trust-framework';
import type { Worker } from 'bullmq';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { DeliveryStore } from '../delivery/delivery-store';
import { WebhookCredentials } from '../delivery/webhook-credentials';
import { DeliveryProcessor } from './delivery-processor';
import { DeliveryScheduler } from './delivery-scheduler';
import { OutboxRelay } from './outbox-relay';
import { queuePrefix, webhookWorker, WebhookQueue, type DeliveryJob } from './webhook-queue';

export interface PublisherLog {
  info(message: string): void;
  warn(message: string): void;
}

/** How often to look for queued deliveries that Redis lost. */
const RECOVERY_EVERY_MS = 2_000;

/**
 * The webhook worker's engine: relays the outbox into deliveries, queues the head of each
 * resource, and delivers from the queue. Several processes may run it at once: every step is a
 * compare-and-set in the database or an idempotent queue operation.
 */
export class WebhookPublisher {
  readonly store: DeliveryStore;
  private readonly relay: OutboxRelay;
  private readonly credentials: WebhookCredentials;
  private queue?: WebhookQueue;
  private scheduler?: DeliveryScheduler;
  private worker?: Worker<DeliveryJob>;
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;
  private lastRecovery = 0;
  private redisError?: string;

  constructor(
    ds: DataSource,
    private readonly config: SandboxConfig,
    private readonly clock: Clock,
    directory: TrustDirectory,
    private readonly log: PublisherLog,
  ) {
    this.store = new DeliveryStore(ds);
    const outbox = new ConsentOutbox(ds, clock);
    // The relay only reads consents (ConsentService.find): no hooks, no LFI actions needed here.
    this.relay = new OutboxRelay(outbox, this.store, config, clock, new ConsentService(ds, clock, outbox, new ConsentRevocationHooks()));
    this.credentials = new WebhookCredentials(directory, config);
  }

  start(): void {
    const url = this.config.redis.url;
    if (url) {
      const onError = (e: Error) => this.redisDown(e);
      const prefix = queuePrefix(this.config);
      this.queue = new WebhookQueue(url, this.config.webhooks, onError, prefix);
      this.scheduler = new DeliveryScheduler(this.store, this.queue, this.clock);
      const processor = new DeliveryProcessor(this.store, this.credentials, this.config, this.clock, `${hostname()}:${process.pid}`, () => this.kick());
      this.worker = webhookWorker(url, this.config.webhooks, (job) => processor.process(job), onError, prefix);
    } else {
      this.log.warn('no Redis: webhook events are recorded and wait until the sandbox runs with Redis');
    }
    this.timer = setInterval(() => this.kick(), this.config.webhooks.pollMs);
    this.kick();
  }

  /** One pass now (or right after the running one): relay, then queue what may go. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.pass()
      .catch((e: unknown) => this.log.warn(`webhook pass failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        this.running = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Whether the queue is reachable, for health: deliveries wait while it is not. */
  queueState(): { redis: 'none' | 'up' | 'down'; error?: string } {
    if (!this.queue) return { redis: 'none' };
    return this.redisError ? { redis: 'down', error: this.redisError } : { redis: 'up' };
  }

  queueCounts(): Promise<Record<string, number>> | undefined {
    return this.queue?.counts();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.worker?.close();
    await this.queue?.close();
    await this.credentials.close();
  }

  private async pass(): Promise<void> {
    while ((await this.relay.relayOnce()) > 0) {
      // Drain bursts in one pass; each batch is its own claim.
    }
    if (!this.scheduler) return;
    try {
      if (Date.now() - this.lastRecovery > RECOVERY_EVERY_MS) {
        this.lastRecovery = Date.now();
        const lost = await this.scheduler.recoverLost(this.config.webhooks.lockDurationMs + RECOVERY_EVERY_MS);
        if (lost > 0) this.log.warn(`${lost} queued webhook deliveries were no longer in Redis: queued again`);
      }
      await this.scheduler.enqueueHeads();
      if (this.redisError) this.log.info('Redis is back: webhook deliveries flow again');
      this.redisError = undefined;
    } catch (e) {
      this.redisDown(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private redisDown(e: Error): void {
    if (!this.redisError) this.log.warn(`Redis unavailable, webhook deliveries wait in the database: ${e.message}`);
    this.redisError = e.message;
  }
}
