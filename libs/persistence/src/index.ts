export type { DatabaseEngine, DatabaseSettings, EntityClass, MigrationClass, PersistenceParts } from './database-settings';
export { databaseEngine } from './database-settings';
export { dataSourceOptions } from './data-source-options';
export { openDatabase, openDataSource, pingDatabase } from './open-database';
export type { OpenOptions } from './open-database';
export { dropDatabase } from './drop-database';
export { describeDatabase } from './describe-database';
export {
  INSTANT_LENGTH,
  instantColumn,
  instantTableColumn,
  jsonColumn,
  jsonTableColumn,
  toInstant,
  varcharTableColumn,
} from './portable-columns';
export { PersistenceModule } from './persistence.module';
export type { DatabaseSettingsFactory, PersistenceModuleDeps } from './persistence.module';
export { inTurn, sharesOneConnection } from './sqlite-turns';
