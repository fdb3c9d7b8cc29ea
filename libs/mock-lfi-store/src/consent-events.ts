import { toInstant } from '@hub/persistence';
import type { FindOptionsWhere } from 'typeorm';
import { ConsentEventEntity, type ConsentEventOperation } from './consent-event.entity';
import type { MockLfiDb } from './queries';
import { timeOrderedUuid } from './time-ordered-id';

export interface ConsentEventInput {
  tenantId: string;
  operation: ConsentEventOperation;
  consentId: string;
  status: string;
  interactionId: string;
  body: Record<string, unknown>;
  receivedAt?: Date;
}

/** Stores one received consent event; events are appended, never overwritten, so the history stays. */
export async function recordConsentEvent(db: MockLfiDb, input: ConsentEventInput): Promise<ConsentEventEntity> {
  const { receivedAt = new Date(), ...fields } = input;
  // A time-ordered id breaks ties between events received within the same millisecond.
  const row: ConsentEventEntity = { id: timeOrderedUuid(receivedAt.getTime()), ...fields, receivedAt: toInstant(receivedAt) };
  // TypeORM's insert type cannot express a JSON record column; the row is a complete entity.
  await db.getRepository(ConsentEventEntity).insert(row as never);
  return row;
}

/** The events of one tenant (of one consent when given), in order of arrival. */
export function listConsentEvents(db: MockLfiDb, tenantId: string, consentId?: string): Promise<ConsentEventEntity[]> {
  const where: FindOptionsWhere<ConsentEventEntity> = consentId === undefined ? { tenantId } : { tenantId, consentId };
  return db.getRepository(ConsentEventEntity).find({ where, order: { receivedAt: 'ASC', id: 'ASC' } });
}

/** The LFI's current view of a consent: the last event it received about it. */
export async function findLatestConsentEvent(db: MockLfiDb, tenantId: string, consentId: string): Promise<ConsentEventEntity | undefined> {
  const latest = await db.getRepository(ConsentEventEntity).findOne({ where: { tenantId, consentId }, order: { receivedAt: 'DESC', id: 'DESC' } });
  return latest ?? undefined;
}
