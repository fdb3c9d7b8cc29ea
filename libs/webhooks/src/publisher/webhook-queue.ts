import { databaseFor, type SandboxConfig } from '@hub/kernel';
import { Queue, Worker, type Job, type Processor } from 'bullmq';
import IORedis from 'ioredis';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { WebhookDeliveryEntity } from '../store/webhook-delivery.entity';
import { backoffDelay } from './backoff';

export const WEBHOOK_QUEUE = 'webhook-deliveries';

/** How long adding a job waits for Redis before the delivery is left waiting for the next pass. */
const READY_WAIT_MS = 1000;

export interface DeliveryJob {
  deliveryId: string;
  generation: number;
  /** Attempts the delivery had made before this job (a job lost with Redis is queued again). */
  priorAttempts?: number;
}

/**
 * BullMQ's key prefix for one sandbox: the queue belongs to the hub database that holds the
 * deliveries, so sandboxes sharing a Redis (parallel test suites, a benchmark beside `npm start`)
 * never take each other's jobs. Workers of one sandbox share its database, hence its prefix.
 */
export function queuePrefix(config: SandboxConfig): string {
  const db = databaseFor(config, 'hub');
  const identity = db.url ? `${db.url}#${db.schema}` : resolve(db.sqliteFile);
  return `bull:${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`;
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
  private readonly connection: IORedis;

  constructor(
    redisUrl: string,
    private readonly config: SandboxConfig['webhooks'],
    onError: (error: Error) => void,
    prefix = 'bull',
  ) {
    this.connection = new IORedis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    this.connection.on('error', onError);
    this.queue = new Queue<DeliveryJob>(WEBHOOK_QUEUE, { prefix, connection: this.connection });
    this.queue.on('error', onError);
  }

  async add(d: WebhookDeliveryEntity): Promise<void> {
    await this.connected();
    await this.queue.add(
      'deliver',
      { deliveryId: d.id, generation: d.generation, priorAttempts: d.attempts },
      // The delivery's budget, not the job's: a job re-queued after Redis lost it continues the count.
      { jobId: jobIdOf(d), attempts: Math.max(1, this.config.maxAttempts - d.attempts), backoff: { type: 'webhook' }, removeOnComplete: true, removeOnFail: true },
    );
  }

  /** Whether the queue still holds the delivery's job (waiting, delayed for a retry, or active). */
  async holds(d: WebhookDeliveryEntity): Promise<boolean> {
    return (await this.queue.getJob(jobIdOf(d))) !== undefined;
  }

  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'delayed', 'active');
  }

  /** BullMQ waits for a first connection without limit: wait a moment, then give up (the delivery stays waiting). */
  private async connected(): Promise<void> {
    if (this.connection.status === 'ready') return;
    try {
      await once(this.connection, 'ready', { signal: AbortSignal.timeout(READY_WAIT_MS) });
    } catch {
      throw new Error(`Redis is not connected (${this.connection.status})`);
    }
  }

  /** BullMQ leaves a connection it was given open: close ours too. */
  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

/**
 * A BullMQ worker: one job is held by one worker at a time (its lock), a job whose worker died is
 * taken over after `lockDurationMs`, and failed attempts are retried on the configured back-off.
 */
export function webhookWorker(redisUrl: string, config: SandboxConfig['webhooks'], processor: Processor<DeliveryJob>, onError: (error: Error) => void, prefix = 'bull'): Worker<DeliveryJob> {
  const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', onError);
  const worker = new Worker<DeliveryJob>(WEBHOOK_QUEUE, processor, {
    prefix,
    connection,
    concurrency: 16,
    lockDuration: config.lockDurationMs,
    stalledInterval: Math.min(config.lockDurationMs, 30_000),
    // A crash is not the receiver's fault: a stalled job is taken over, not failed.
    maxStalledCount: 1000,
    settings: { backoffStrategy: (attemptsMade: number, _type?: string, _err?: Error, job?: { data?: DeliveryJob }) => backoffDelay(config, attemptsMade + (job?.data?.priorAttempts ?? 0)) },
  });
  worker.on('error', onError);
  // BullMQ leaves a connection it was given open after close().
  worker.on('closed', () => connection.disconnect());
  return worker;
}

export type DeliveryJobOf = Job<DeliveryJob>;
