import { randomUUID } from 'node:crypto';
import { Clock } from '@hub/kernel';
import { toInstant } from '@hub/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ConsentOutboxEntity } from '../store/consent-outbox.entity';
import { inConsentTransaction, readConsents } from '../store/consent-transactions';
import type { ConsentEvent, ConsentOutboxPayload, ConsentOutboxTopic } from './consent-events';

export interface ConsentOutboxMessage<T extends ConsentOutboxTopic = ConsentOutboxTopic> {
  id: string;
  tenantId: string;
  consentId: string;
  /** The consent's audit sequence of the change: orders the messages of one consent. */
  auditSeq: number;
  topic: T;
  payload: ConsentOutboxPayload<T>;
  /** Including the attempt this claim starts. */
  attempts: number;
  createdAt: Date;
}

/** How long a claimed message is hidden from other dispatchers before it may be claimed again. */
export const DEFAULT_CLAIM_LEASE_MS = 60_000;

/**
 * The transactional outbox of consent changes. The service writes messages in the transaction of
 * the change (`enqueue`); a dispatcher claims due ones, delivers them, and marks the outcome.
 */
@Injectable()
export class ConsentOutbox {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs `work` in one transaction of the outbox's database, for another store whose changes
   * write messages (the resource logs, through their outbox port): the change and its message
   * commit together. Takes turns and retries as the consent store's own transactions do.
   */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return inConsentTransaction(this.ds, work);
  }

  /** Reads outside a transaction, taking turns with the writers as `transaction` does. */
  read<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return readConsents(this.ds, work);
  }

  /** Called inside a transaction of the change only (the consent service's or `transaction`'s). */
  async enqueue(m: EntityManager, tenantId: string, consentId: string, auditSeq: number, events: ConsentEvent[], now: Date): Promise<void> {
    if (events.length === 0) return;
    const at = toInstant(now);
    await m.insert(
      ConsentOutboxEntity,
      events.map((event) => ({
        id: randomUUID(),
        tenantId,
        consentId,
        auditSeq,
        topic: event.topic,
        payload: event.payload,
        createdAt: at,
        attempts: 0,
        nextAttemptAt: at,
        deliveredAt: null,
        abandonedAt: null,
        lastError: null,
      })),
    );
  }

  /**
   * Claims up to `limit` due messages of `topic`, oldest first. Only the earliest pending message
   * of each consent is due, so an LFI never receives a consent's `patch` before its `post`, nor a
   * webhook for a later status before an earlier one. A claim hides the message for `leaseMs`
   * (compare-and-set on nextAttemptAt, so two dispatchers never claim the same message); if the
   * dispatcher dies, the message becomes due again when the lease ends.
   */
  async claimDue<T extends ConsentOutboxTopic>(topic: T, now: Date, limit: number, leaseMs = DEFAULT_CLAIM_LEASE_MS): Promise<ConsentOutboxMessage<T>[]> {
    return inConsentTransaction(this.ds, async (m) => {
      const qb = m.getRepository(ConsentOutboxEntity).createQueryBuilder('o');
      const col = (alias: string, name: string) => `${qb.escape(alias)}.${qb.escape(name)}`;
      const earlierPending = qb
        .subQuery()
        .select('1')
        .from(ConsentOutboxEntity, 'p')
        .where(`${col('p', 'tenantId')} = ${col('o', 'tenantId')}`)
        .andWhere(`${col('p', 'consentId')} = ${col('o', 'consentId')}`)
        .andWhere(`${col('p', 'topic')} = ${col('o', 'topic')}`)
        .andWhere(`${col('p', 'auditSeq')} < ${col('o', 'auditSeq')}`)
        .andWhere(`${col('p', 'deliveredAt')} IS NULL`)
        .andWhere(`${col('p', 'abandonedAt')} IS NULL`)
        .getQuery();
      const due = await qb
        .where('o.topic = :topic', { topic })
        .andWhere('o.deliveredAt IS NULL')
        .andWhere('o.abandonedAt IS NULL')
        .andWhere('o.nextAttemptAt <= :now', { now: toInstant(now) })
        .andWhere(`NOT EXISTS ${earlierPending}`)
        .orderBy('o.nextAttemptAt', 'ASC')
        .addOrderBy('o.createdAt', 'ASC')
        .addOrderBy('o.auditSeq', 'ASC')
        .limit(limit)
        .getMany();
      const leaseEnd = toInstant(new Date(now.getTime() + leaseMs));
      const claimed: ConsentOutboxMessage<T>[] = [];
      for (const row of due) {
        const result = await m
          .createQueryBuilder()
          .update(ConsentOutboxEntity)
          .set({ nextAttemptAt: leaseEnd, attempts: row.attempts + 1 })
          .where({ id: row.id, nextAttemptAt: row.nextAttemptAt, deliveredAt: IsNull(), abandonedAt: IsNull() })
          .execute();
        if (result.affected !== 1) continue;
        claimed.push({
          id: row.id,
          tenantId: row.tenantId,
          consentId: row.consentId,
          auditSeq: row.auditSeq,
          topic: row.topic as T,
          payload: row.payload as ConsentOutboxPayload<T>,
          attempts: row.attempts + 1,
          createdAt: new Date(row.createdAt),
        });
      }
      return claimed;
    });
  }

  async markDelivered(id: string): Promise<void> {
    await this.mark(id, { deliveredAt: toInstant(this.clock.now()), lastError: null });
  }

  /** Delivery failed; the message becomes due again at `nextAttemptAt` (the dispatcher owns the back-off). */
  async markFailed(id: string, error: string, nextAttemptAt: Date): Promise<void> {
    await this.mark(id, { lastError: error, nextAttemptAt: toInstant(nextAttemptAt) });
  }

  /** Gives up on a message for good; the next message of the same consent becomes due. */
  async markAbandoned(id: string, error: string): Promise<void> {
    await this.mark(id, { abandonedAt: toInstant(this.clock.now()), lastError: error });
  }

  private async mark(id: string, values: Partial<Omit<ConsentOutboxEntity, 'payload'>>): Promise<void> {
    await inConsentTransaction(this.ds, (m) => m.update(ConsentOutboxEntity, { id }, values));
  }
}
