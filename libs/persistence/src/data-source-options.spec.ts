import type { MigrationInterface } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

class SomeEntity {}
class SomeMigration1767225600000 implements MigrationInterface {
  async up(): Promise<void> {}
  async down(): Promise<void> {}
}
const parts = { entities: [SomeEntity], migrations: [SomeMigration1767225600000] };

describe('dataSourceOptions', () => {
  it('uses SQLite with WAL when no URL is set', () => {
    const options = dataSourceOptions({ sqliteFile: '/data/app.sqlite' }, parts);
    expect(options).toMatchObject({ type: 'better-sqlite3', database: '/data/app.sqlite', enableWAL: true });
  });

  it('uses PostgreSQL with the app schema as TypeORM schema and search path', () => {
    const options = dataSourceOptions(
      { url: 'postgres://postgres@127.0.0.1:5432/test', sqliteFile: '/unused', schema: 'mock_lfi' },
      parts,
    );
    expect(options).toMatchObject({
      type: 'postgres',
      schema: 'mock_lfi',
      extra: { options: '-c search_path=mock_lfi' },
    });
  });

  it('never synchronizes nor migrates on initialize, and logs nothing', () => {
    const options = dataSourceOptions({ sqliteFile: ':memory:' }, { ...parts, migrationsTableName: 'app_migrations' });
    expect(options).toMatchObject({
      synchronize: false,
      migrationsRun: false,
      logging: false,
      migrationsTransactionMode: 'all',
      migrationsTableName: 'app_migrations',
      entities: [SomeEntity],
      migrations: [SomeMigration1767225600000],
    });
  });

  it.each(['Hub', 'hub; drop', '1hub', 'a'.repeat(64)])('refuses the schema name %j', (schema) => {
    expect(() => dataSourceOptions({ url: 'postgres://x@h/db', sqliteFile: '', schema }, parts)).toThrow(
      /Invalid PostgreSQL schema name/,
    );
  });
});
