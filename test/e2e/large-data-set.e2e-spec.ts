import { databaseFor, loadConfig, type SandboxConfig } from '@hub/kernel';
import { AccountEntity, mockLfiPersistenceParts, PsuEntity } from '@hub/mock-lfi-store';
import { generateLfiData } from '@hub/mock-lfi-data';
import { describeDatabase, dropDatabase, openDatabase } from '@hub/persistence';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';

// `npm run data`: the built CLI that grows a tenant's mock LFI data set, run against a real
// database (SQLite in a temp folder, or PostgreSQL in a schema of its own when DATABASE_URL is set).

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/apps/sandbox/src/data-cli.js');
const TENANT = 'falcon-bank';
const SUMMARY = new RegExp(`^${TENANT}: (\\d+) PSUs, (\\d+) accounts, (\\d+) policies, (\\d+) transactions \\((\\d+) rows added\\) in [\\d.]+ s$`, 'm');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Summary {
  psus: number;
  accounts: number;
  policies: number;
  transactions: number;
  added: number;
}

interface Snapshot {
  psus: Pick<PsuEntity, 'userId' | 'username' | 'passwordHash' | 'otp' | 'customerCategory' | 'profile' | 'createdAt'>[];
  accounts: Pick<AccountEntity, 'accountId' | 'userId' | 'iban' | 'status' | 'createdAt'>[];
}

let workDir: string;
let env: NodeJS.ProcessEnv;
let config: SandboxConfig;

function runCli(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function summaryOf(run: Run): Summary {
  const match = SUMMARY.exec(run.stdout);
  if (!match) throw new Error(`no summary line for ${TENANT} in:\n${run.stdout}\n${run.stderr}`);
  const [psus, accounts, policies, transactions, added] = match.slice(1).map(Number);
  return { psus, accounts, policies, transactions, added };
}

/** Everything the CLI stored for the tenant, read through a DataSource of our own. */
async function storedRows(): Promise<Snapshot> {
  const ds: DataSource = await openDatabase(databaseFor(config, 'mock_lfi'), mockLfiPersistenceParts);
  try {
    const psus = await ds.getRepository(PsuEntity).find({
      where: { tenantId: TENANT },
      select: { userId: true, username: true, passwordHash: true, otp: true, customerCategory: true, profile: true, createdAt: true },
      order: { userId: 'ASC' },
    });
    const accounts = await ds.getRepository(AccountEntity).find({
      where: { tenantId: TENANT },
      select: { accountId: true, userId: true, iban: true, status: true, createdAt: true },
      order: { accountId: 'ASC' },
    });
    return { psus, accounts };
  } finally {
    await ds.destroy();
  }
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'sandbox-large-data-set-'));
  const schemaPrefix = process.env.DATABASE_URL ? { DATABASE_SCHEMA_PREFIX: `t_${process.pid}_${Date.now()}_` } : {};
  env = { ...process.env, ...schemaPrefix, SANDBOX_DATA_DIR: workDir, LOG_LEVEL: 'silent' };
  config = loadConfig(env);
});

afterAll(async () => {
  if (config) await dropDatabase(databaseFor(config, 'mock_lfi'));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('npm run data -- --transactions N --tenant falcon-bank', () => {
  let first: Run;
  let summary: Summary;
  let stored: Snapshot;

  beforeAll(async () => {
    first = await runCli(['--transactions', '20000', '--tenant', TENANT]);
    if (first.code === 0) summary = summaryOf(first);
    stored = await storedRows();
  });

  it('grows the data set to at least that many transactions and prints what it holds', () => {
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.code).toBe(0);
    // The CLI used the database this test reads (and drops): the temp folder or our own schema.
    expect(first.stdout).toContain(`Mock LFI database: ${describeDatabase(databaseFor(config, 'mock_lfi'))}\n`);
    expect(summary.transactions).toBeGreaterThanOrEqual(20_000);
    expect(summary.policies).toBe(0);
    expect(summary.added).toBe(summary.psus + summary.accounts);
    const last = generateLfiData({ id: TENANT, name: 'Falcon Bank', sector: 'banking' }, config.seed, { psuCount: summary.psus }).psus.at(-1)!;
    expect(first.stdout).toContain(`  e.g. the last one: ${last.username} / ${last.password} / code ${last.otp}\n`);
  });

  it('stores exactly the PSUs and accounts it printed', () => {
    expect(stored.psus).toHaveLength(summary.psus);
    expect(stored.accounts).toHaveLength(summary.accounts);
  });

  it('stores the PSUs and accounts the generator makes for the configured seed', () => {
    const tenant = config.tenants.find((t) => t.id === TENANT)!;
    const data = generateLfiData({ id: tenant.id, name: tenant.name, sector: tenant.sector }, config.seed, { psuCount: summary.psus });
    const byId = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
    expect(stored.psus.map(({ userId, username, otp, customerCategory, profile }) => ({ userId, username, otp, customerCategory, profile })).sort(byId)).toEqual(
      data.psus.map(({ userId, username, otp, customerCategory, profile }) => ({ userId, username, otp, customerCategory, profile })).sort(byId),
    );
    expect(stored.accounts.map((a) => a.accountId).sort()).toEqual(data.accounts.map((a) => a.accountId).sort());
    expect(stored.psus.every((psu) => psu.passwordHash.startsWith('scrypt$'))).toBe(true);
  });

  it('adds nothing when run again, and changes or loses nothing stored', async () => {
    const again = await runCli(['--transactions', '20000', '--tenant', TENANT]);

    expect(again.code).toBe(0);
    expect(again.stdout).toContain('(0 rows added)');
    expect(summaryOf(again)).toEqual({ ...summary, added: 0 });
    expect(await storedRows()).toEqual(stored);
  });
});

describe('npm run data: bad arguments', () => {
  it.each<[string, string[], RegExp]>([
    ['a count of zero', ['--psus', '0'], /--psus must be from 1 to 200000, got "0"/],
    ['no target', ['--tenant', TENANT], /give either --transactions N or --psus N/],
    ['both targets', ['--psus', '5', '--transactions', '1000'], /give either --transactions N or --psus N/],
    ['an unknown tenant', ['--psus', '5', '--tenant', 'nope'], /unknown tenant "nope" for this target; known: .*falcon-bank/],
    ['an unknown flag', ['--foo'], /Unknown option '--foo'/],
    ['a flag without its value', ['--psus'], /argument missing/],
    ['a stray argument', ['--psus', '5', 'extra'], /Unexpected argument 'extra'/],
    ['a number in another notation', ['--psus', '1e3'], /--psus must be a positive whole number, got "1e3"/],
    ['more PSUs than the generator makes', ['--psus', '200001'], /--psus must be from 1 to 200000/],
  ])('exits with code 2 and the usage on %s', async (_case, args, message) => {
    const run = await runCli(args);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('npm run data -- --transactions 1000000');
  });
});
