import { CreateConsentStore1764000000000 } from './1764000000000-create-consent-store';
import { ConsentAccountIdEntity } from './consent-account-id.entity';
import { ConsentAuditEntity } from './consent-audit.entity';
import { ConsentOutboxEntity } from './consent-outbox.entity';
import { ConsentRecordEntity } from './consent-record.entity';
import { CreateResourceLogs1767830400000 } from '../resource-logs/1767830400000-create-resource-logs';
import { ResourceLogEntity } from '../resource-logs/resource-log.entity';

/** Tables and migrations this library owns (consents and the service resource logs), for the hub's DataSource (`PersistenceModule.forRoot`). */
export const consentPersistence = {
  entities: [ConsentRecordEntity, ConsentAccountIdEntity, ConsentAuditEntity, ConsentOutboxEntity, ResourceLogEntity],
  migrations: [CreateConsentStore1764000000000, CreateResourceLogs1767830400000],
};
