import type { MockFxDeskConfig } from '../settings/desk-settings';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { acceptFxQuote, claimDueFxQuoteSteps, FxQuoteEntity, insertFxQuote, mockLfiPersistenceParts, type FxQuoteTerms } from '@hub/mock-lfi-store';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { testDatabases } from '@hub/testing';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ManualClock, RecordingHub } from '../desk-steps/testing/lifecycle-harness';
import { FxQuoteLifecycle } from './fx-quote-lifecycle';
import type { FxQuoteLogPatch } from './fx-quote-views';

const CM_DOC = 'api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml';
const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const DESK: MockFxDeskConfig = {
  ratesAed: { USD: 3.6725 },
  spreadBps: 35,
  commissionBps: 10,
  quoteTtlSeconds: 300,
  declineAboveAed: 5_000_000,
  fundedAfterMs: 1_000,
  actionedAfterMs: 2_000,
  completedAfterMs: 3_000,
};
const TERMS: FxQuoteTerms = {
  TransactionType: 'Spot',
  UnitCurrency: 'AED',
  QuotedCurrency: 'USD',
  BuyAmount: { Amount: '100.00', Currency: 'USD' },
  SellAmount: { Amount: '368.54', Currency: 'AED' },
  RateType: 'Actual',
  ExchangeRate: 0.271341,
  UserIdentificationStatus: 'UserNotIdentified',
  Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fees', Amount: { Amount: '10.00', Currency: 'AED' }, Description: 'Dealing fee of the FX desk' }],
  Commission: { CommissionAmount: { Amount: '0.37', Currency: 'AED' }, PaymentMethod: 'ThroughAPIHub' },
};
const OWNER = { tenantId: 'falcon-bank', callerClientId: 'tpp-client' };

let cmDoc: any;

/** Every body the LFI sends must be the Consent Manager's UpdateFxQuoteLog request (an inline oneOf). */
function expectLogPatchValid(patch: FxQuoteLogPatch): void {
  cmDoc ??= readOfficialSpec(CM_DOC);
  cmDoc.components.schemas.UpdateFxQuoteLogRequest ??= cmDoc.paths['/fx-quote-log/{logId}'].patch.requestBody.content['application/json'].schema;
  expect(validateAgainstComponent(cmDoc, 'UpdateFxQuoteLogRequest', patch).errors).toBe('No errors');
}

describe.each(testDatabases('mock_lfi_fx_lifecycle'))('FX quote lifecycle on $engine', ({ settings }) => {
  let ds: DataSource;
  let clock: ManualClock;
  let hub: RecordingHub<'fxQuoteId', FxQuoteLogPatch>;
  let lifecycle: FxQuoteLifecycle;
  let seq = 0;

  const quoteRow = (id: string) => ds.getRepository(FxQuoteEntity).findOneByOrFail({ fxQuoteId: id });

  /** A quote created now, Available; accepted now too when asked. */
  async function newQuote(accepted: boolean): Promise<string> {
    const fxQuoteId = `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
    const now = clock.now();
    await insertFxQuote(ds, { fxQuoteId, ...OWNER, callerOrgId: 'org-1', quoteReference: `ref-${seq}`, terms: TERMS, interactionId: 'i-1', createdAt: now, expiresAt: new Date(now.getTime() + DESK.quoteTtlSeconds * 1000) });
    if (accepted) expect(await acceptFxQuote(ds, OWNER, fxQuoteId, now, { status: 'Funded', at: new Date(now.getTime() + DESK.fundedAfterMs) })).toBe(true);
    return fxQuoteId;
  }

  beforeAll(async () => {
    // The retry and refusal warnings are expected here; the assertions say what happened.
    Logger.overrideLogger(false);
    ds = await openDatabase(settings, mockLfiPersistenceParts);
  });

  beforeEach(async () => {
    await ds.getRepository(FxQuoteEntity).clear();
    clock = new ManualClock(T0);
    hub = new RecordingHub('fxQuoteId');
    lifecycle = new FxQuoteLifecycle(ds, DESK, hub.send, clock);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('moves an accepted quote to Funded, Actioned and Completed, each when due and only once the hub recorded it', async () => {
    const id = await newQuote(true);
    await lifecycle.runDueSteps();
    expect(hub.sent).toEqual([]);

    clock.advance(DESK.fundedAfterMs);
    await lifecycle.runDueSteps();
    expect(hub.statuses()).toEqual(['Funded']);
    expect(await quoteRow(id)).toMatchObject({ status: 'Funded', statusUpdateDateTime: clock.now().toISOString(), nextStatus: 'Actioned' });

    clock.advance(DESK.actionedAfterMs - 1);
    await lifecycle.runDueSteps();
    expect(hub.statuses()).toEqual(['Funded']);
    clock.advance(1);
    await lifecycle.runDueSteps();
    clock.advance(DESK.completedAfterMs);
    await lifecycle.runDueSteps();
    expect(hub.statuses()).toEqual(['Funded', 'Actioned', 'Completed']);
    expect(await quoteRow(id)).toMatchObject({ status: 'Completed', nextStatus: null, nextStepAt: null });

    expect(hub.sent[2]).toEqual({
      tenantId: 'falcon-bank',
      fxQuoteId: id,
      patch: { QuoteStatus: 'Completed', Trade: { SellAmount: TERMS.SellAmount, BuyAmount: TERMS.BuyAmount, Charges: TERMS.Charges }, Commission: { CommissionAmount: TERMS.Commission.CommissionAmount } },
    });
    hub.sent.forEach((s) => expectLogPatchValid(s.patch));
    clock.advance(3_600_000);
    await lifecycle.runDueSteps();
    expect(hub.sent).toHaveLength(3);
  });

  it('expires a quote nobody accepted, at its ExpirationDateTime', async () => {
    const id = await newQuote(false);
    clock.advance(DESK.quoteTtlSeconds * 1000 - 1);
    await lifecycle.runDueSteps();
    expect(hub.sent).toEqual([]);
    clock.advance(1);
    await lifecycle.runDueSteps();
    expect(hub.statuses()).toEqual(['Expired']);
    expectLogPatchValid(hub.sent[0].patch);
    expect(await quoteRow(id)).toMatchObject({ status: 'Expired', nextStatus: null });
    expect(await acceptFxQuote(ds, OWNER, id, clock.now(), { status: 'Funded', at: clock.now() })).toBe(false);
  });

  it('keeps the status while the hub cannot be reached, and sends the step again after a back-off', async () => {
    const id = await newQuote(true);
    hub.answer = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    clock.advance(DESK.fundedAfterMs);
    await lifecycle.runDueSteps();
    expect(await quoteRow(id)).toMatchObject({ status: 'Accepted', nextStatus: 'Funded', stepAttempts: 1 });
    await lifecycle.runDueSteps();
    expect(hub.statuses()).toEqual(['Funded']);

    hub.answer = async () => ({ kind: 'recorded' });
    clock.advance(30_000);
    await lifecycle.runDueSteps();
    expect(hub.statuses()).toEqual(['Funded', 'Funded']);
    expect(await quoteRow(id)).toMatchObject({ status: 'Funded', nextStatus: 'Actioned', stepAttempts: 0 });
  });

  it('gives up a step the hub refuses (400): the quote keeps its status and has no next step', async () => {
    const id = await newQuote(true);
    hub.answer = async () => ({ kind: 'refused', reason: 'fx-quote-log: the hub answered 400 (QuoteStatus is Cancelled, a final status)' });
    clock.advance(DESK.fundedAfterMs);
    await lifecycle.runDueSteps();
    expect(await quoteRow(id)).toMatchObject({ status: 'Accepted', nextStatus: null, nextStepAt: null });
    clock.advance(3_600_000);
    await lifecycle.runDueSteps();
    expect(hub.sent).toHaveLength(1);
  });

  it('never takes one step twice when two loops run at once', async () => {
    const ids = await Promise.all([newQuote(true), newQuote(true), newQuote(false)]);
    const other = new FxQuoteLifecycle(ds, DESK, hub.send, clock);
    hub.answer = () => new Promise((resolve) => setTimeout(() => resolve({ kind: 'recorded' }), 5));
    clock.advance(DESK.quoteTtlSeconds * 1000);
    await Promise.all([lifecycle.runDueSteps(), other.runDueSteps(), lifecycle.runDueSteps(), other.runDueSteps()]);
    expect(ids.map((id) => hub.statuses(id))).toEqual([['Funded'], ['Funded'], ['Expired']]);
  });

  it('takes again, after its lease, a step whose loop died while sending it', async () => {
    const id = await newQuote(true);
    clock.advance(DESK.fundedAfterMs);
    // A loop that claims the step and then dies: the row keeps its step, leased for a while.
    expect(await claimDueFxQuoteSteps(ds, clock.now(), new Date(clock.now().getTime() + 30_000), 10)).toHaveLength(1);
    await lifecycle.runDueSteps();
    expect(hub.sent).toEqual([]);
    clock.advance(30_000);
    await lifecycle.runDueSteps();
    expect(hub.statuses(id)).toEqual(['Funded']);
    expect((await quoteRow(id)).status).toBe('Funded');
  });

  it('starts its poll loop with the module and stops it on destroy', async () => {
    const looping = new FxQuoteLifecycle(ds, DESK, hub.send, clock);
    const pass = jest.spyOn(looping, 'runDueSteps');
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    try {
      looping.onModuleInit();
      jest.advanceTimersByTime(1_000);
      expect(pass.mock.calls.length).toBeGreaterThan(0);
      await looping.onModuleDestroy();
      const calls = pass.mock.calls.length;
      jest.advanceTimersByTime(10_000);
      expect(pass.mock.calls.length).toBe(calls);
    } finally {
      jest.useRealTimers();
    }
  });
});
