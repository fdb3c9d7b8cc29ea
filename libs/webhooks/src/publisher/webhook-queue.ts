import type { SandboxConfig } from '@hub/kernel';
import { Queue, Worker, type Job, type Processor } from 'bullmq';
import IORedis from 'ioredis';
import type { WebhookDeliveryEntity } from '../store/webhook-delivery.entity';
import { backoffDelay } from './backoff';

export const WEBHOOK_QUEUE = 'webhook-deliveries';

export interface DeliveryJob {
  deliveryId: string;
  generation: number;
}

/** One job per delivery and generation: adding it twice (two relays, a re-check) is a no-op. */
export function jobIdOf(d: Pick<WebhookDeliveryEntity, 'id' | 'generation'>): string {
  return `${d.id}.${d.generation}`;
}

/**
 * The BullMQ side. Adding fails fast while Redis is away (no offline queue), so the delivery
 * simply stays `waiting` in the database; the worker's own connection retries for ever.
 */
export class WebhookQueue {
  private readonly queue: Queue<DeliveryJob>;

  constructor(
    redisUrl: string,
    private readonly config: SandboxConfig['webhooks'],
    onError: (error: Error) => void,
  ) {
    this.queue = new Queue<DeliveryJob>(WEBHOOK_QUEUE, { connection: new IORedis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }) });
    this.queue.on('error', onError);
  }

  async add(d: WebhookDeliveryEntity): Promise<void> {
    await this.queue.add(
      'deliver',
      { deliveryId: d.id, generation: d.generation },
      { jobId: jobIdOf(d), attempts: this.config.maxAttempts, backoff: { type: 'webhook' }, removeOnComplete: true, removeOnFail: true },
    );
  }

  /** Whether the queue still holds the delivery's job (waiting, delayed for a retry, or active). */
  async holds(d: WebhookDeliveryEntity): Promise<boolean> {
    return (await this.queue.getJob(jobIdOf(d))) !== undefined;
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'delayed', 'active');
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

/**
 * A BullMQ worker: one job is held by one worker at a time (its lock), a job whose worker died is
 * taken over after `lockDurationMs`, and failed attempts are retried on the configured back-off.
 */
export function webhookWorker(redisUrl: string, config: SandboxConfig['webhooks'], processor: Processor<DeliveryJob>, onError: (error: Error) => void): Worker<DeliveryJob> {
  const worker = new Worker<DeliveryJob>(WEBHOOK_QUEUE, processor, {
    connection: new IORedis(redisUrl, { maxRetriesPerRequest: null }),
    concurrency: 16,
    lockDuration: config.lockDurationMs,
    stalledInterval: Math.min(config.lockDurationMs, 30_000),
    // A crash is not the receiver's fault: a stalled job is taken over, not failed.
    maxStalledCount: 1000,
    settings: { backoffStrategy: (attemptsMade: number) => backoffDelay(config, attemptsMade) },
  });
  worker.on('error', onError);
  return worker;
}

export type DeliveryJobOf = Job<DeliveryJob>;
