import type { PersistenceParts } from '@hub/persistence';
import { InsuranceQuoteEntity } from './insurance-quote.entity';
import { CreateMockLfiInsuranceQuotes1767916800000 } from './migrations/1767916800000-create-mock-lfi-insurance-quotes';

/** Tables and migrations of the insurer's quotes (added to mockLfiPersistenceParts). */
export const insuranceQuoteParts: Pick<PersistenceParts, 'entities' | 'migrations'> = { entities: [InsuranceQuoteEntity], migrations: [CreateMockLfiInsuranceQuotes1767916800000] };
