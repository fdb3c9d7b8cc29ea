import type { PersistenceParts } from '@hub/persistence';
import { AccountEntity } from './account.entity';
import { ConsentEventEntity } from './consent-event.entity';
import { InsurancePolicyEntity } from './insurance-policy.entity';
import { CreateMockLfiTables1767225600000 } from './migrations/1767225600000-create-mock-lfi-tables';
import { CreateMockLfiConsentEvents1767312000000 } from './migrations/1767312000000-create-mock-lfi-consent-events';
import { AddPsuProfiles1767398400000 } from './migrations/1767398400000-add-psu-profiles';
import { PsuEntity } from './psu.entity';
import { accountOpeningParts } from './account-opening-parts';
import { fxQuoteParts } from './fx-quote-parts';
import { insuranceQuoteParts } from './insurance-quote-parts';
import { paymentParts } from './payment-parts';
import { leadParts } from './lead-parts';

/** What the mock LFI app passes to `openDatabase` / `PersistenceModule.forRoot`. */
export const mockLfiPersistenceParts: PersistenceParts = {
  entities: [PsuEntity, AccountEntity, InsurancePolicyEntity, ConsentEventEntity, ...fxQuoteParts.entities, ...accountOpeningParts.entities, ...insuranceQuoteParts.entities, ...paymentParts.entities, ...leadParts.entities],
  migrations: [CreateMockLfiTables1767225600000, CreateMockLfiConsentEvents1767312000000, AddPsuProfiles1767398400000, ...fxQuoteParts.migrations, ...accountOpeningParts.migrations, ...insuranceQuoteParts.migrations, ...paymentParts.migrations, ...leadParts.migrations],
  migrationsTableName: 'mock_lfi_migrations',
};
