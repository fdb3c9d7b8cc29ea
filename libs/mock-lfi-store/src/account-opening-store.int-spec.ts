import { testDatabases } from '@hub/testing';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import { generateLfiData } from '@hub/mock-lfi-data';
import { isValidUaeIban } from '@hub/mock-lfi-data';
import { answerAccountOpening, CUSTOMER_CANCELLED, rejectAccountOpening } from './account-opening-actions';
import { openAccount } from './account-opening-account';
import { claimOpeningStep, createAccountOpening, dueOpeningSteps, findAccountOpening, settleOpeningStep, type OpeningKey } from './account-opening-store';
import { mockLfiPersistenceParts as parts } from './persistence-parts';
import { findAccount, findPsu } from './queries';
import { seedMockLfi } from './seed-mock-lfi';

const TENANT = { id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' as const };
const SEED = 'account-opening-store';
const T0 = new Date('2026-03-01T08:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
let counter = 0;

describe.each(testDatabases('mock_lfi_openings'))('mock LFI account openings on $engine', ({ settings }) => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openDatabase(settings, parts);
    await seedMockLfi(ds, [TENANT], SEED, { psuCount: 2 });
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  async function newOpening(firstStepAfterMs = 1000): Promise<OpeningKey> {
    counter += 1;
    const key = { tenantId: TENANT.id, accountId: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}` };
    await createAccountOpening(
      ds,
      { ...key, callerClientId: 'tpp-1', callerOrgId: 'org-1', callerSoftwareStatementId: 'ssa-1', interactionId: 'i-1', request: { Party: { Claims: { IdentityType: 'Person' } } }, fxQuoteId: 'q-1', firstStep: { status: 'AwaitingUserInput', at: at(firstStepAfterMs) } },
      T0,
    );
    return key;
  }

  it('stores a new opening as Pending, its request unchanged, its first move scheduled', async () => {
    const key = await newOpening();
    const stored = await findAccountOpening(ds, key);
    expect(stored).toMatchObject({ openingStatus: 'Pending', nextStatus: 'AwaitingUserInput', nextStepAt: at(1000).toISOString(), fxQuoteId: 'q-1', request: { Party: { Claims: { IdentityType: 'Person' } } } });
  });

  it('hands a due step to one claimant only, and again once its claim ran out', async () => {
    const key = await newOpening(0);
    expect(await claimOpeningStep(ds, key, at(-1), 1000)).toBeUndefined(); // not due yet
    const first = await claimOpeningStep(ds, key, T0, 1000);
    expect(first).toMatchObject({ status: 'AwaitingUserInput', attempts: 0 });
    expect(await claimOpeningStep(ds, key, at(500), 1000)).toBeUndefined();
    expect((await dueOpeningSteps(ds, at(500), 100)).map((k) => k.accountId)).not.toContain(key.accountId);
    // The first claimant crashed: after its lease the step is due again (nothing is lost).
    expect((await dueOpeningSteps(ds, at(1001), 100)).map((k) => k.accountId)).toContain(key.accountId);
    const second = await claimOpeningStep(ds, key, at(1001), 1000);
    expect(second?.claimId).not.toBe(first?.claimId);
  });

  it('keeps the status the hub accepted and schedules the follow-up; a retry only moves the step', async () => {
    const key = await newOpening(0);
    const claim = (await claimOpeningStep(ds, key, T0, 1000))!;
    await settleOpeningStep(ds, claim, { kind: 'retry', at: at(2000) }, T0);
    expect(await findAccountOpening(ds, key)).toMatchObject({ openingStatus: 'Pending', nextStatus: 'AwaitingUserInput', stepAttempts: 1, nextStepAt: at(2000).toISOString(), claimId: null });
    const again = (await claimOpeningStep(ds, key, at(2000), 1000))!;
    expect(again.attempts).toBe(1);
    await settleOpeningStep(ds, again, { kind: 'reported', status: 'AwaitingUserInput', information: null }, at(2100));
    expect(await findAccountOpening(ds, key)).toMatchObject({ openingStatus: 'AwaitingUserInput', openingStatusUpdatedAt: at(2100).toISOString(), nextStatus: null, stepId: null, stepAttempts: 0 });
  });

  it('takes the user answer once, and keeps it when an earlier step finishes late', async () => {
    const key = await newOpening(0);
    const inFlight = (await claimOpeningStep(ds, key, T0, 60_000))!;
    const psu = data().psus[0];
    const answer = { userId: psu.userId, answer: 'open' as const, accountSubType: 'Savings' as const, currency: 'USD' as const };
    expect(await answerAccountOpening(ds, key, answer, at(10))).toBe(true);
    expect(await answerAccountOpening(ds, key, { userId: psu.userId, answer: 'cancel' }, at(20))).toBe(false);
    // The answer waits for the claim on AwaitingUserInput: the hub hears the moves in order.
    expect(await claimOpeningStep(ds, key, at(30), 1000)).toBeUndefined();
    await settleOpeningStep(ds, inFlight, { kind: 'reported', status: 'AwaitingUserInput', information: null }, at(40));
    expect(await findAccountOpening(ds, key)).toMatchObject({ openingStatus: 'AwaitingUserInput', nextStatus: 'AwaitingLFIProcesses', userId: psu.userId, accountSubType: 'Savings', currency: 'USD', claimId: null });
    const next = (await claimOpeningStep(ds, key, at(50), 1000))!;
    await settleOpeningStep(ds, next, { kind: 'reported', status: 'AwaitingLFIProcesses', information: null, followUp: { status: 'Completed', at: at(5000) } }, at(60));
    expect(await findAccountOpening(ds, key)).toMatchObject({ openingStatus: 'AwaitingLFIProcesses', nextStatus: 'Completed', nextStepAt: at(5000).toISOString() });
  });

  it('records a cancellation as a move to Rejected with the reason for the TPP', async () => {
    const key = await newOpening();
    expect(await answerAccountOpening(ds, key, { userId: data().psus[0].userId, answer: 'cancel' }, T0)).toBe(true);
    expect(await findAccountOpening(ds, key)).toMatchObject({ nextStatus: 'Rejected', nextStatusInformation: CUSTOMER_CANCELLED, nextStepAt: T0.toISOString() });
  });

  it('lets the back office reject until the opening is (or is becoming) final', async () => {
    const key = await newOpening();
    expect(await rejectAccountOpening(ds, key, 'Documents missing', T0)).toBe(true);
    expect(await rejectAccountOpening(ds, key, 'Twice', T0)).toBe(false);
    const claim = (await claimOpeningStep(ds, key, T0, 1000))!;
    await settleOpeningStep(ds, claim, { kind: 'reported', status: claim.status, information: claim.information }, T0);
    expect(await findAccountOpening(ds, key)).toMatchObject({ openingStatus: 'Rejected', additionalStatusInformation: 'Documents missing', nextStatus: null });
    expect(await rejectAccountOpening(ds, key, 'Again', T0)).toBe(false);
    expect(await answerAccountOpening(ds, key, { userId: data().psus[0].userId, answer: 'cancel' }, T0)).toBe(false);
  });

  it('clears a step the hub refused', async () => {
    const key = await newOpening(0);
    const claim = (await claimOpeningStep(ds, key, T0, 1000))!;
    await settleOpeningStep(ds, claim, { kind: 'refused' }, T0);
    expect(await findAccountOpening(ds, key)).toMatchObject({ openingStatus: 'Pending', nextStatus: null, claimId: null });
    expect(await dueOpeningSteps(ds, at(10_000), 100)).not.toContainEqual(key);
  });

  it('opens one account per opening, with a valid IBAN unique in the tenant, and no history', async () => {
    const psu = (await findPsu(ds, TENANT.id, data().psus[1].userId))!;
    const taken = data().accounts.find((a) => a.tenantId === TENANT.id)!.iban.slice(7);
    const digits = jest.fn().mockReturnValueOnce(taken).mockReturnValue('1234567890123456');
    const input = { tenantId: TENANT.id, accountId: 'opened-1', psu, accountSubType: 'CurrentAccount' as const, currency: 'AED' as const };
    const opened = await openAccount(ds, input, T0, digits);
    expect(isValidUaeIban(opened.iban)).toBe(true);
    expect(opened.iban.endsWith('1234567890123456')).toBe(true); // the seeded account's IBAN was skipped
    expect(await openAccount(ds, input, at(1000), digits)).toMatchObject({ iban: opened.iban, createdAt: T0.toISOString() });
    expect(await findAccount(ds, TENANT.id, 'opened-1')).toMatchObject({ userId: psu.userId, accountHolderName: psu.fullName, status: 'Active', currency: 'AED', accountSubType: 'CurrentAccount', historyMonths: 0, openingDate: '2026-03-01' });
  });
});

let cached: ReturnType<typeof generateLfiData> | undefined;
function data() {
  cached ??= generateLfiData(TENANT, SEED, { psuCount: 2 });
  return cached;
}
