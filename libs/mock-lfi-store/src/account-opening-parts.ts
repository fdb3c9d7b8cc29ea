import type { PersistenceParts } from '@hub/persistence';
import { AccountOpeningEntity } from './account-opening.entity';
import { CreateMockLfiAccountOpenings1767744000000 } from './migrations/1767744000000-create-mock-lfi-account-openings';

/** Tables and migrations of the account openings (added to mockLfiPersistenceParts). */
export const accountOpeningParts: Pick<PersistenceParts, 'entities' | 'migrations'> = { entities: [AccountOpeningEntity], migrations: [CreateMockLfiAccountOpenings1767744000000] };
