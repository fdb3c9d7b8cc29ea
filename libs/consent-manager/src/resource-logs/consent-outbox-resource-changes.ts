import { ConsentOutbox } from '@hub/consent';
import { ResourceChangeOutbox, type ResourceChanged } from '@hub/resource-logs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The resource logs' outbox port on the consent store's transactional outbox: a status change is
 * a `tpp.resource-changed` message whose `consentId` column holds the log id and `auditSeq` the
 * log's version (which orders one resource's events for the webhook worker).
 */
@Injectable()
export class ConsentOutboxResourceChanges extends ResourceChangeOutbox {
  constructor(private readonly outbox: ConsentOutbox) {
    super();
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.outbox.transaction(work);
  }

  read<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.outbox.read(work);
  }

  async enqueue(m: EntityManager, change: ResourceChanged, now: Date): Promise<void> {
    const { tenantId, logId, version } = change.log;
    await this.outbox.enqueue(m, tenantId, logId, version, [{ topic: 'tpp.resource-changed', payload: change }], now);
  }
}
