import { CreateResourceLogs1767830400000 } from './1767830400000-create-resource-logs';
import { ResourceLogEntity } from './resource-log.entity';

/**
 * The table and migration this library owns, for the hub's DataSource (`PersistenceModule.forRoot`),
 * registered right after the consent store's. The migration keeps its name and timestamp from when
 * it lived in the consent library, so existing databases do not run it again.
 */
export const resourceLogsPersistence = {
  entities: [ResourceLogEntity],
  migrations: [CreateResourceLogs1767830400000],
};
