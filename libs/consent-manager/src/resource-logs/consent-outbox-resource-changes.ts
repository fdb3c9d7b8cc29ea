import { ConsentOutboxChanges, type CarriedMessageKey } from '@hub/consent';
import type { ResourceChangeOutbox, ResourceChanged } from '@hub/resource-logs';
import { Injectable } from '@nestjs/common';

/**
 * The resource logs' outbox port on the consent store's transactional outbox: a status change is
 * a `tpp.resource-changed` message whose `consentId` column holds the log id and `auditSeq` the
 * log's version (which orders one resource's events for the webhook worker).
 */
@Injectable()
export class ConsentOutboxResourceChanges extends ConsentOutboxChanges<ResourceChanged> implements ResourceChangeOutbox {
  protected readonly topic = 'tpp.resource-changed';

  protected keyOf({ log }: ResourceChanged): CarriedMessageKey {
    return { tenantId: log.tenantId, key: log.logId, sequence: log.version };
  }
}
