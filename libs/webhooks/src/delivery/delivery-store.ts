import { inTurn, toInstant } from '@hub/persistence';
import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { WebhookAttemptEntity } from '../store/webhook-attempt.entity';
import { WebhookDeliveryEntity, type WebhookDeliveryStatus } from '../store/webhook-delivery.entity';

/** Deliveries that hold back the later events of their resource. */
export const OPEN_STATUSES: WebhookDeliveryStatus[] = ['waiting', 'queued', 'retrying'];

export type NewDelivery = Pick<WebhookDeliveryEntity, 'id' | 'tenantId' | 'clientId' | 'resourceId' | 'sequence' | 'eventType' | 'url' | 'claims'>;

/**
 * The deliveries table: every state change is a compare-and-set, so several workers can share it.
 * Every call takes its turn on SQLite's shared connection (`inTurn`), so a write never lands in,
 * and is never rolled back with, another component's open transaction.
 */
export class DeliveryStore {
  constructor(private readonly ds: DataSource) {}

  /** Records a delivery once; relaying the same outbox message again changes nothing. */
  async record(d: NewDelivery, now: Date): Promise<void> {
    const row: WebhookDeliveryEntity = { ...d, status: 'waiting', generation: 0, attempts: 0, createdAt: toInstant(now), queuedAt: null, deliveredAt: null, deadAt: null, lastStatusCode: null, lastError: null };
    await inTurn(this.ds, () => this.ds.createQueryBuilder().insert().into(WebhookDeliveryEntity).values(row as never).orIgnore().updateEntity(false).execute());
  }

  find(id: string): Promise<WebhookDeliveryEntity | null> {
    return inTurn(this.ds, () => this.ds.getRepository(WebhookDeliveryEntity).findOneBy({ id }));
  }

  /**
   * Waiting deliveries with no open delivery before them for the same TPP and resource: those may
   * go on the queue now. A resource's next event waits until the previous one is delivered or dead.
   */
  heads(limit: number): Promise<WebhookDeliveryEntity[]> {
    return inTurn(this.ds, () => this.headsNow(limit));
  }

  private headsNow(limit: number): Promise<WebhookDeliveryEntity[]> {
    const qb = this.ds.getRepository(WebhookDeliveryEntity).createQueryBuilder('d');
    const col = (alias: string, name: string) => `${qb.escape(alias)}.${qb.escape(name)}`;
    const earlier = qb
      .subQuery()
      .select('1')
      .from(WebhookDeliveryEntity, 'p')
      .where(`${col('p', 'tenantId')} = ${col('d', 'tenantId')}`)
      .andWhere(`${col('p', 'clientId')} = ${col('d', 'clientId')}`)
      .andWhere(`${col('p', 'resourceId')} = ${col('d', 'resourceId')}`)
      .andWhere(`${col('p', 'sequence')} < ${col('d', 'sequence')}`)
      .andWhere(`${col('p', 'status')} IN (:...open)`)
      .getQuery();
    return qb
      .where('d.status = :waiting', { waiting: 'waiting' })
      .andWhere(`NOT EXISTS ${earlier}`, { open: OPEN_STATUSES })
      .orderBy('d.createdAt', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Open deliveries the queue should hold, oldest queuing first (to check none was lost). */
  queuedBefore(instant: Date, limit: number): Promise<WebhookDeliveryEntity[]> {
    return inTurn(this.ds, () =>
      this.ds
        .getRepository(WebhookDeliveryEntity)
        .createQueryBuilder('d')
        .where('d.status IN (:...s)', { s: ['queued', 'retrying'] })
        .andWhere('d.queuedAt < :at', { at: toInstant(instant) })
        .orderBy('d.queuedAt', 'ASC')
        .limit(limit)
        .getMany(),
    );
  }

  /** Compare-and-set of the status (and generation); true when this caller made the change. */
  transition(id: string, from: WebhookDeliveryStatus[], generation: number, values: Partial<Omit<WebhookDeliveryEntity, 'claims'>>): Promise<boolean> {
    return inTurn(this.ds, () => this.transitionNow(id, from, generation, values));
  }

  private async transitionNow(id: string, from: WebhookDeliveryStatus[], generation: number, values: Partial<Omit<WebhookDeliveryEntity, 'claims'>>): Promise<boolean> {
    const result = await this.ds
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set(values)
      .where({ id, generation, status: In(from) })
      .execute();
    return result.affected === 1;
  }

  async recordAttempt(a: Omit<WebhookAttemptEntity, 'id'>): Promise<void> {
    await inTurn(this.ds, () => this.ds.getRepository(WebhookAttemptEntity).insert({ ...a, id: randomUUID() }));
  }

  attemptsOf(deliveryId: string): Promise<WebhookAttemptEntity[]> {
    return inTurn(this.ds, () => this.ds.getRepository(WebhookAttemptEntity).find({ where: { deliveryId }, order: { at: 'ASC', generation: 'ASC', attempt: 'ASC' } }));
  }

  /**
   * A dead letter goes back to waiting under a new generation, so the queue sees a new job, with a
   * fresh budget of attempts (the earlier attempts stay recorded).
   */
  replay(id: string): Promise<boolean> {
    return inTurn(this.ds, async () => {
      const d = await this.ds.getRepository(WebhookDeliveryEntity).findOneBy({ id });
      if (!d || d.status !== 'dead') return false;
      return this.transitionNow(id, ['dead'], d.generation, { status: 'waiting', generation: d.generation + 1, attempts: 0, deadAt: null, queuedAt: null });
    });
  }
}
