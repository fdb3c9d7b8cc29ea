import { accountViewOf, generateLfiData } from '@hub/mock-lfi-data';
import { claimOpeningStep, findAccountOpening, findPsu, listAccounts, mockLfiPersistenceParts, seedMockLfi, type OpeningKey } from '@hub/mock-lfi-store';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { eventually, testDatabases } from '@hub/testing';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { AccountOpeningDesk, CUSTOMER_UNKNOWN, type DeskOptions } from '@hub/mock-lfi-desks';
import { OpeningStatusReporter, type OpeningStatusPatch, type ReportOutcome } from '@hub/mock-lfi-desks';

const TENANT = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' as const };
const SEED = 'account-opening-desk';
const TIMING = { awaitingUserInputAfterMs: 1000, completedAfterMs: 5000 };
const [demo] = generateLfiData(TENANT, SEED, { psuCount: 1 }).psus;

/** Stands in for the hub: records every report and answers what the test queues (accepted by default). */
class RecordingReporter extends OpeningStatusReporter {
  readonly reports: { accountId: string; patch: OpeningStatusPatch }[] = [];
  readonly answers: ReportOutcome['kind'][] = [];

  async report(_tenantId: string, accountId: string, patch: OpeningStatusPatch): Promise<ReportOutcome> {
    const kind = this.answers.shift() ?? 'accepted';
    if (kind === 'accepted') this.reports.push({ accountId, patch });
    return kind === 'accepted' ? { kind } : { kind, reason: 'the test said so' };
  }

  statusesOf(accountId: string): string[] {
    return this.reports.filter((r) => r.accountId === accountId).map((r) => r.patch.OpeningStatus);
  }
}

describe.each(testDatabases('mock_lfi_opening_desk'))('the account opening desk on $engine', ({ settings }) => {
  let db: DataSource;
  let reporter: RecordingReporter;
  let clock: Date;
  let n = 0;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  const quiet = { warn: () => undefined, error: () => undefined };
  const deskWith = (options: Partial<DeskOptions> = {}) => new AccountOpeningDesk(db, reporter, TIMING, { now: () => clock, retryBaseMs: 1000, logger: quiet, ...options });

  beforeAll(async () => {
    db = await openDatabase(settings, mockLfiPersistenceParts);
    await seedMockLfi(db, [TENANT], SEED, { psuCount: 1 });
  });

  beforeEach(() => {
    reporter = new RecordingReporter();
    clock = new Date('2026-04-01T06:00:00.000Z');
  });

  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  async function create(desk: AccountOpeningDesk): Promise<OpeningKey> {
    n += 1;
    const accountId = `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    await desk.create({ tenantId: TENANT.id, accountId, callerClientId: 'tpp-1', callerOrgId: 'org-1', callerSoftwareStatementId: 'ssa-1', interactionId: 'i-1', request: {} });
    return { tenantId: TENANT.id, accountId };
  }

  const statusOf = async (key: OpeningKey) => (await findAccountOpening(db, key))?.openingStatus;

  it('walks Pending → AwaitingUserInput → AwaitingLFIProcesses → Completed, opening a real account for the PSU', async () => {
    const desk = deskWith();
    const key = await create(desk);
    expect(await desk.runDueSteps()).toBe(0); // not yet due
    advance(TIMING.awaitingUserInputAfterMs);
    await desk.runDueSteps();
    expect(await statusOf(key)).toBe('AwaitingUserInput');

    expect(await desk.answer(key, { userId: demo.userId, answer: 'open', accountSubType: 'CurrentAccount', currency: 'AED' })).toBe(true);
    await desk.runDueSteps();
    expect(await statusOf(key)).toBe('AwaitingLFIProcesses');
    await desk.runDueSteps();
    expect(await statusOf(key)).toBe('AwaitingLFIProcesses'); // the back office takes its time
    advance(TIMING.completedAfterMs);
    await desk.runDueSteps();
    expect(await statusOf(key)).toBe('Completed');
    expect(reporter.statusesOf(key.accountId)).toEqual(['AwaitingUserInput', 'AwaitingLFIProcesses', 'Completed']);

    const account = (await listAccounts(db, TENANT.id, demo.userId)).find((a) => a.accountId === key.accountId);
    expect(account).toMatchObject({ accountSubType: 'CurrentAccount', currency: 'AED', status: 'Active', historyMonths: 0, accountHolderName: demo.fullName });
    const psu = (await findPsu(db, TENANT.id, demo.userId))!;
    expect(accountViewOf(SEED, account!, psu)).toMatchObject({ id: key.accountId, accountNumbers: [{ schemeName: 'IBAN', identification: account!.iban }] });
  });

  it('keeps a step the hub did not take and reports it again after a back-off', async () => {
    const desk = deskWith();
    const key = await create(desk);
    advance(TIMING.awaitingUserInputAfterMs);
    reporter.answers.push('retry', 'retry');
    await desk.runDueSteps();
    expect(await statusOf(key)).toBe('Pending');
    await desk.runDueSteps();
    expect(reporter.statusesOf(key.accountId)).toEqual([]); // backing off, not hammering the hub
    advance(1000);
    await desk.runDueSteps();
    advance(2000);
    await desk.runDueSteps();
    expect(await statusOf(key)).toBe('AwaitingUserInput');
    expect(reporter.statusesOf(key.accountId)).toEqual(['AwaitingUserInput']);
  });

  it('drops a move the hub refused (400) and keeps the status the hub knows', async () => {
    const desk = deskWith();
    const key = await create(desk);
    advance(TIMING.awaitingUserInputAfterMs);
    reporter.answers.push('refused');
    await desk.runDueSteps();
    advance(60_000);
    await desk.runDueSteps();
    expect(await findAccountOpening(db, key)).toMatchObject({ openingStatus: 'Pending', nextStatus: null });
    expect(reporter.statusesOf(key.accountId)).toEqual([]);
  });

  it('never loses a step to a crash: another desk reports it once the claim ran out', async () => {
    const crashed = await claimOpeningStep(db, await create(deskWith()), new Date(clock.getTime() + TIMING.awaitingUserInputAfterMs), 30_000);
    expect(crashed).toBeDefined();
    const restarted = deskWith({ leaseMs: 30_000 });
    advance(TIMING.awaitingUserInputAfterMs + 1000);
    await restarted.runDueSteps();
    expect(reporter.statusesOf(crashed!.accountId)).toEqual([]);
    advance(30_000);
    await restarted.runDueSteps();
    expect(reporter.statusesOf(crashed!.accountId)).toEqual(['AwaitingUserInput']);
  });

  it('rejects instead of completing when it cannot tell whom to open the account for', async () => {
    const desk = deskWith();
    const key = await create(desk);
    await desk.answer(key, { userId: 'psu-gone', answer: 'open', accountSubType: 'Savings', currency: 'EUR' });
    await desk.runDueSteps();
    advance(TIMING.completedAfterMs);
    await desk.runDueSteps();
    expect(reporter.reports.filter((r) => r.accountId === key.accountId).map((r) => r.patch)).toEqual([{ OpeningStatus: 'AwaitingLFIProcesses' }, { OpeningStatus: 'Rejected', AdditionalStatusInformation: CUSTOMER_UNKNOWN }]);
  });

  it('runs its own poll loop from module init until destroy', async () => {
    const desk = new AccountOpeningDesk(db, reporter, { awaitingUserInputAfterMs: 0, completedAfterMs: 0 }, { pollMs: 20, logger: quiet });
    const key = await create(desk);
    desk.onModuleInit();
    try {
      await eventually(async () => (await statusOf(key)) === 'AwaitingUserInput', { what: 'the poll loop' });
    } finally {
      await desk.onModuleDestroy();
    }
    const reported = reporter.reports.length;
    await desk.answer(key, { userId: demo.userId, answer: 'cancel' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reporter.reports).toHaveLength(reported); // stopped: nothing more is reported
  });
});
