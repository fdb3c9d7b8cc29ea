import type { PersistenceParts } from '@hub/persistence';
import { FxQuoteEntity } from './fx-quote.entity';
import { CreateMockLfiFxQuotes1767657600000 } from './migrations/1767657600000-create-mock-lfi-fx-quotes';

/** Tables and migrations of the FX desk's quotes (added to mockLfiPersistenceParts). */
export const fxQuoteParts: Pick<PersistenceParts, 'entities' | 'migrations'> = { entities: [FxQuoteEntity], migrations: [CreateMockLfiFxQuotes1767657600000] };
