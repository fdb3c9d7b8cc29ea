import { toInstant } from '@hub/persistence';
import { LeadEntity, type LeadDetails } from './lead.entity';
import type { MockLfiDb } from './queries';
import { timeOrderedUuid } from './time-ordered-id';

export interface NewLead {
  tenantId: string;
  callerOrgId: string;
  callerClientId: string;
  details: LeadDetails;
  customerIpAddress: string;
  interactionId: string;
  createdAt: Date;
}

/** Records a lead under a new time-ordered LeadId. */
export async function recordLead(db: MockLfiDb, input: NewLead): Promise<LeadEntity> {
  const row: LeadEntity = { ...input, leadId: timeOrderedUuid(input.createdAt.getTime()), createdAt: toInstant(input.createdAt) };
  // TypeORM's insert type cannot express a JSON record column; the row is a complete entity.
  await db.getRepository(LeadEntity).insert(row as never);
  return row;
}

/** The bank's leads, oldest first (LeadIds are time-ordered), at most `limit`. */
export async function listLeads(db: MockLfiDb, tenantId: string, limit = 1000): Promise<LeadEntity[]> {
  return db.getRepository(LeadEntity).find({ where: { tenantId }, order: { createdAt: 'ASC', leadId: 'ASC' }, take: limit });
}
