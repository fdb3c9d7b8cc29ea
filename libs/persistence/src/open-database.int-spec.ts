import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Test } from '@nestjs/testing';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import {
  Column,
  DataSource,
  Entity,
  PrimaryColumn,
  Repository,
  Table,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { dropDatabase } from './drop-database';
import { openDatabase, pingDatabase } from './open-database';
import { PersistenceModule } from './persistence.module';
import { instantColumn, instantTableColumn, jsonColumn, jsonTableColumn } from './portable-columns';
import { testDatabases } from '@hub/testing';

@Entity('pl_notes')
class Note {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column(jsonColumn())
  body: { text: string; tags: string[] };

  @Column(instantColumn())
  createdAt: string;
}

let notesMigrationRuns = 0;

class CreateNotes1767225600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    notesMigrationRuns += 1;
    const columns = [
      { name: 'id', type: 'varchar', length: '40', isPrimary: true },
      jsonTableColumn('body'),
      instantTableColumn('createdAt'),
    ];
    await queryRunner.createTable(new Table({ name: 'pl_notes', columns }), true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pl_notes');
  }
}

class CreateScratch1767225600001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({ name: 'pl_scratch', columns: [{ name: 'id', type: 'integer' }] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pl_scratch');
  }
}

class Broken1767225600002 implements MigrationInterface {
  async up(): Promise<void> {
    throw new Error('broken on purpose');
  }

  async down(): Promise<void> {}
}

const parts = { entities: [Note], migrations: [CreateNotes1767225600000], migrationsTableName: 'pl_migrations' };

describe.each(testDatabases('persistence'))('persistence on $engine', ({ engine, settings }) => {
  let ds: DataSource | undefined;

  afterEach(async () => {
    jest.restoreAllMocks();
    if (ds?.isInitialized) await ds.destroy();
    ds = undefined;
  });

  afterAll(async () => {
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('creates the tables through migrations and answers a ping', async () => {
    ds = await openDatabase(settings, parts);
    const runner = ds.createQueryRunner();
    try {
      expect(await runner.hasTable('pl_notes')).toBe(true);
      expect(await runner.hasTable('pl_migrations')).toBe(true);
    } finally {
      await runner.release();
    }
    await expect(pingDatabase(ds)).resolves.toBeUndefined();
  });

  it('does not run a migration twice', async () => {
    const before = notesMigrationRuns;
    ds = await openDatabase(settings, parts);
    expect(notesMigrationRuns).toBe(before);
    expect(await ds.showMigrations()).toBe(false);
    expect(await ds.query('SELECT name FROM pl_migrations')).toHaveLength(1);
  });

  it('stores JSON and instants identically on both engines', async () => {
    ds = await openDatabase(settings, parts);
    const notes = ds.getRepository(Note);
    const note = { id: 'n1', body: { text: 'hello', tags: ['a', 'b'] }, createdAt: '2026-01-01T00:00:00.000Z' };
    await notes.save(note);
    expect(await notes.findOneByOrFail({ id: 'n1' })).toEqual(note);
  });

  it('rolls back every pending migration when one fails', async () => {
    // TypeORM reports the failed migration on the console even with logging off.
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const failing = { ...parts, migrations: [...parts.migrations, CreateScratch1767225600001, Broken1767225600002] };
    await expect(openDatabase(settings, failing)).rejects.toThrow('broken on purpose');
    ds = await openDatabase(settings, parts);
    const runner = ds.createQueryRunner();
    try {
      expect(await runner.hasTable('pl_scratch')).toBe(false);
    } finally {
      await runner.release();
    }
  });

  it('serves repositories to Nest feature modules and migrates on boot', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PersistenceModule.forRoot(async () => settings, parts), TypeOrmModule.forFeature([Note])],
    }).compile();
    try {
      const notes = moduleRef.get<Repository<Note>>(getRepositoryToken(Note));
      expect(await notes.countBy({ id: 'n1' })).toBe(1);
    } finally {
      await moduleRef.close();
    }
  });

  if (engine === 'sqlite') {
    it('turns on WAL and foreign keys', async () => {
      ds = await openDatabase(settings, parts);
      expect(await ds.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await ds.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    });
  } else {
    it('keeps the tables inside the app schema', async () => {
      ds = await openDatabase(settings, parts);
      const rows: { table_name: string }[] = await ds.query(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [settings.schema],
      );
      expect(rows.map((row) => row.table_name)).toEqual(['pl_migrations', 'pl_notes']);
    });
  }

  it('drops everything it stored', async () => {
    await dropDatabase(settings);
    if (engine === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm']) expect(existsSync(settings.sqliteFile + suffix)).toBe(false);
    }
    const before = notesMigrationRuns;
    ds = await openDatabase(settings, parts);
    expect(notesMigrationRuns).toBe(before + 1);
    expect(await ds.getRepository(Note).count()).toBe(0);
  });
});
