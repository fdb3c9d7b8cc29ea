import type { Clock } from '@hub/kernel';
import { toInstant } from '@hub/persistence';
import type { DeliveryStore } from '../delivery/delivery-store';
import type { WebhookQueue } from './webhook-queue';

const BATCH = 200;

/**
 * Puts deliveries on the queue: only the head of each TPP's resource (the earliest open one), so
 * a TPP receives a consent's events in order. Marking `queued` is a compare-and-set before the
 * add, and the job id is fixed, so two workers never queue a delivery twice. If Redis refuses,
 * the delivery goes back to `waiting` and is tried again on the next pass.
 */
export class DeliveryScheduler {
  constructor(
    private readonly store: DeliveryStore,
    private readonly queue: WebhookQueue,
    private readonly clock: Clock,
  ) {}

  async enqueueHeads(): Promise<number> {
    let queued = 0;
    for (const d of await this.store.heads(BATCH)) {
      if (!(await this.store.transition(d.id, ['waiting'], d.generation, { status: 'queued', queuedAt: toInstant(this.clock.now()) }))) continue;
      try {
        await this.queue.add(d);
        queued += 1;
      } catch (error) {
        await this.store.transition(d.id, ['queued'], d.generation, { status: 'waiting', queuedAt: null });
        throw error;
      }
    }
    return queued;
  }

  /**
   * Deliveries the database says are on the queue but Redis no longer holds (Redis restarted
   * without persistence, or a job failed on stalls) go back to `waiting`.
   */
  async recoverLost(olderThanMs: number): Promise<number> {
    let recovered = 0;
    const before = new Date(this.clock.now().getTime() - olderThanMs);
    for (const d of await this.store.queuedBefore(before, BATCH)) {
      if (await this.queue.holds(d)) continue;
      if (await this.store.transition(d.id, ['queued', 'retrying'], d.generation, { status: 'waiting', queuedAt: null })) recovered += 1;
    }
    return recovered;
  }
}
