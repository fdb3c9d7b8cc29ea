import { CreateConsentStore1764000000000 } from './1764000000000-create-consent-store';
import { ConsentAccountIdEntity } from './consent-account-id.entity';
import { ConsentAuditEntity } from './consent-audit.entity';
import { ConsentOutboxEntity } from './consent-outbox.entity';
import { ConsentRecordEntity } from './consent-record.entity';

/** Tables and migrations this library owns (consents, their audit and the outbox), for the hub's DataSource (`PersistenceModule.forRoot`). */
export const consentPersistence = {
  entities: [ConsentRecordEntity, ConsentAccountIdEntity, ConsentAuditEntity, ConsentOutboxEntity],
  migrations: [CreateConsentStore1764000000000],
};
