import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsentOutbox } from './consent-outbox';
import type { ConsentOutboxTopic } from './consent-events';

/** The topics whose payload the consent outbox only carries: another store's changes. */
export type CarriedTopic = Extract<ConsentOutboxTopic, 'tpp.resource-changed' | 'tpp.payment-changed'>;

/**
 * Where a change's message sits in the outbox: `key` fills the message's `consentId` column and
 * `sequence` its `auditSeq`, which orders one key's messages for the dispatcher.
 */
export interface CarriedMessageKey {
  tenantId: string;
  key: string;
  sequence: number;
}

/**
 * Another store's outbox port (the resource logs', the payment log's) on the consent store's
 * transactional outbox: the store's changes commit in the outbox's transactions, and each change
 * is one message of `topic` carrying the change as it is. A binding says only the topic and
 * where a change's message sits; it `implements` its domain's port class.
 */
@Injectable()
export abstract class ConsentOutboxChanges<C extends object> {
  protected abstract readonly topic: CarriedTopic;

  constructor(private readonly outbox: ConsentOutbox) {}

  /** Where `change`'s message sits (key and order). */
  protected abstract keyOf(change: C): CarriedMessageKey;

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.outbox.transaction(work);
  }

  read<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.outbox.read(work);
  }

  async enqueue(m: EntityManager, change: C, now: Date): Promise<void> {
    const { tenantId, key, sequence } = this.keyOf(change);
    await this.outbox.enqueue(m, tenantId, key, sequence, [{ topic: this.topic, payload: change }], now);
  }
}
