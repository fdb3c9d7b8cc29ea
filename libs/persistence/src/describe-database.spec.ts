import { describeDatabase } from './describe-database';

describe('describeDatabase', () => {
  it('names the SQLite file', () => {
    expect(describeDatabase({ sqliteFile: '/data/hub.sqlite' })).toBe('SQLite /data/hub.sqlite');
  });

  it('names host, port, database and schema without the password', () => {
    const text = describeDatabase({
      url: 'postgres://hub:s3cret@db.local:6543/sandbox',
      sqliteFile: '/unused',
      schema: 'hub',
    });
    expect(text).toBe('PostgreSQL db.local:6543/sandbox schema hub');
    expect(text).not.toContain('s3cret');
  });

  it('fills in the default port and schema', () => {
    const text = describeDatabase({ url: 'postgres://postgres@127.0.0.1/test', sqliteFile: '/unused' });
    expect(text).toBe('PostgreSQL 127.0.0.1:5432/test schema public');
  });
});
