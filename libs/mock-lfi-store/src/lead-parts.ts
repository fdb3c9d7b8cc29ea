import type { PersistenceParts } from '@hub/persistence';
import { LeadEntity } from './lead.entity';
import { CreateMockLfiLeads1768176000000 } from './migrations/1768176000000-create-mock-lfi-leads';

/** Tables and migrations of the leads TPPs hand to the bank (added to mockLfiPersistenceParts). */
export const leadParts: Pick<PersistenceParts, 'entities' | 'migrations'> = { entities: [LeadEntity], migrations: [CreateMockLfiLeads1768176000000] };
