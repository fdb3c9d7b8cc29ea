import type { MockInsuranceDeskConfig } from '../settings/desk-settings';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '@hub/kernel';
import { findInsurancePolicy, InsuranceQuoteEntity, mockLfiPersistenceParts, seedMockLfi } from '@hub/mock-lfi-store';
import { generateLfiData, type InsuranceLine, type LfiProfile, type LfiTenantProfile } from '@hub/mock-lfi-data';
import { dropDatabase, openDatabase } from '@hub/persistence';
import { testDatabases } from '@hub/testing';
import { readOfficialSpec, validateOperationBody } from '@hub/testing';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ManualClock, RecordingHub } from '../desk-steps/testing/lifecycle-harness';
import { InsuranceQuoteDesk, type InsuranceQuoteCaller } from './insurance-quote-desk';
import { InsuranceQuoteLifecycle } from './insurance-quote-lifecycle';
import type { InsuranceQuoteLogPatch } from './quote-log-patches';
import { QUOTE_REQUESTS } from './quote-requests.fixture';
import { quoteBody } from './quote-views';

const CM_DOC = 'api-hub/v2.1.x/uae-api-hub-consent-manager-openapi.yaml';
const T0 = Date.parse('2026-12-01T06:00:00.000Z');
const DESK: MockInsuranceDeskConfig = { quoteTtlSeconds: 3600, commissionBps: 1000, stepAfterMs: 1000 };
const TENANT = { id: 'dune-insurance', name: 'Dune Insurance', sector: 'insurance' as const };
const SEED = 'insurance-quote-lifecycle';
const PROFILE = { seed: SEED, tenants: [{ ...TENANT } as LfiTenantProfile] } as LfiProfile;
const CALLER: InsuranceQuoteCaller = { tenantId: TENANT.id, callerClientId: 'tpp-client', callerOrgId: 'org-1', interactionId: 'i-1' };
const CUSTOMER = generateLfiData(TENANT, SEED).psus[0].userId;

let cmDoc: any;

/** Every body the LFI sends must be the Consent Manager's UpdateInsuranceQuoteLog request. */
function expectLogPatchValid(patch: InsuranceQuoteLogPatch): void {
  cmDoc ??= readOfficialSpec(CM_DOC);
  expect(validateOperationBody(cmDoc, '/insurance-quote-log/{logId}', 'patch', 'request', patch).errors).toBe('No errors');
}

describe.each(testDatabases('mock_lfi_insurance_lifecycle'))('insurance quote lifecycle on $engine', ({ settings }) => {
  let ds: DataSource;
  let clock: ManualClock;
  let hub: RecordingHub<'quoteId', InsuranceQuoteLogPatch>;
  let desk: InsuranceQuoteDesk;
  let lifecycle: InsuranceQuoteLifecycle;

  const quoteRow = (quoteId: string) => ds.getRepository(InsuranceQuoteEntity).findOneByOrFail({ quoteId });
  const statusOf = async (quoteId: string) => (await quoteRow(quoteId)).status;

  /** A quote of `line` for the seeded customer, accepted as offered when asked. */
  async function newQuote(line: InsuranceLine, accepted: boolean, customerId = CUSTOMER): Promise<string> {
    const [row] = (await desk.quote(CALLER, line, QUOTE_REQUESTS[line](customerId, '2027-01-15')))!;
    if (accepted) {
      const quote = quoteBody(row) as any;
      const acceptance = { QuoteStatus: 'ApplicationPending', QuoteReference: quote.QuoteReference, InsuranceSubType: 'Standard', Premium: quote.Premium, Commission: quote.Commission, QuoteCreationDateTime: quote.CreationDateTime };
      await desk.accept(CALLER, line, row.quoteId, { data: line === 'health' ? { ...acceptance, CustomerSalary: 'Under4K' } : acceptance });
    }
    return row.quoteId;
  }

  async function withPolicy(line: InsuranceLine): Promise<{ quoteId: string; insurancePolicyId: string }> {
    const quoteId = await newQuote(line, true);
    const { insurancePolicyId } = await desk.requestPolicy(CALLER, line, { data: { QuoteId: quoteId } });
    return { quoteId, insurancePolicyId };
  }

  beforeAll(async () => {
    // The retry and refusal warnings are expected here; the assertions say what happened.
    Logger.overrideLogger(false);
    ds = await openDatabase(settings, mockLfiPersistenceParts);
    await seedMockLfi(ds, [TENANT], SEED, { psuCount: 2 });
  });

  beforeEach(async () => {
    await ds.getRepository(InsuranceQuoteEntity).clear();
    clock = new ManualClock(T0);
    hub = new RecordingHub('quoteId');
    desk = new InsuranceQuoteDesk(ds, DESK, PROFILE, clock);
    lifecycle = new InsuranceQuoteLifecycle(ds, DESK, PROFILE, hub.send, clock);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('moves a requested policy to ApplicationApproved, PaymentRequired, PolicyIssued and Completed, each when due and once the hub recorded it', async () => {
    const { quoteId, insurancePolicyId } = await withPolicy('motor');
    await expect(lifecycle.runDueSteps()).resolves.toBe(0);
    for (const status of ['ApplicationApproved', 'PaymentRequired', 'PolicyIssued', 'Completed']) {
      clock.advance(DESK.stepAfterMs);
      await expect(lifecycle.runDueSteps()).resolves.toBe(1);
      expect(await statusOf(quoteId)).toBe(status);
    }
    // Later passes only expire the Plus quote offered beside it, never accepted.
    clock.advance(3_600_000);
    await lifecycle.runDueSteps();
    expect(hub.statuses(quoteId)).toEqual(['ApplicationApproved', 'PaymentRequired', 'PolicyIssued', 'Completed']);
    for (const step of hub.sent) expectLogPatchValid(step.patch);

    const row = await quoteRow(quoteId);
    const policy = (await findInsurancePolicy(ds, TENANT.id, insurancePolicyId))!;
    const premium = row.offer.Premium as Record<string, unknown>;
    expect(policy).toMatchObject({ userId: CUSTOMER, line: 'motor', status: 'Active', startDate: '2026-12-01', endDate: '2027-11-30', premiumAmount: (premium.PremiumAmountExcludingVAT as { Amount: string }).Amount });
    expect(hub.sent[2].patch).toMatchObject({ Documents: [{ FileName: expect.stringMatching(/^GI-MOT-2026-\d{7}-schedule\.pdf$/), ContentType: 'application/pdf' }] });
    expect(hub.sent[3].patch).toEqual({
      QuoteStatus: 'Completed',
      PolicyStartDate: '2026-12-01',
      PolicyEndDate: '2027-11-30',
      PolicyTerm: 'P1Y',
      Premium: { OneYearPremiumExcludingVAT: premium.PremiumAmountExcludingVAT, VATAmount: premium.VATAmount, TotalOneYearPremium: premium.TotalPremiumAmount, TotalPolicyPremium: premium.TotalPremiumAmount },
      Commission: { CommissionAmount: (row.offer.Commission as { CommissionAmount: unknown }).CommissionAmount, PaymentMethod: 'ThroughAPIHub' },
      CustomerPaidInFull: true,
      PolicyCountrySubDivision: 'Dubai',
    });
  });

  it('reports the health customer\'s salary band and a long term\'s total premium in the Completed log', async () => {
    const health = await withPolicy('health');
    const life = await withPolicy('life');
    for (let i = 0; i < 4; i++) {
      clock.advance(DESK.stepAfterMs);
      await lifecycle.runDueSteps();
    }
    const completed = (quoteId: string) => hub.sent.find((s) => s.quoteId === quoteId && s.patch.QuoteStatus === 'Completed')!.patch;
    expect(completed(health.quoteId)).toMatchObject({ CustomerSalary: 'Under4K' });
    const lifePremium = completed(life.quoteId).Premium as Record<string, { Amount: string }>;
    expect(completed(life.quoteId)).toMatchObject({ PolicyTerm: 'P20Y', PolicyEndDate: '2046-11-30' });
    expect(Number(lifePremium.TotalPolicyPremium.Amount)).toBeCloseTo(Number(lifePremium.TotalOneYearPremium.Amount) * 20, 2);
    for (const step of hub.sent) expectLogPatchValid(step.patch);
  });

  it('expires an Available quote at its expiry through the hub, and refuses to accept it from then on', async () => {
    const quoteId = await newQuote('travel', false);
    const accepted = await newQuote('travel', true);
    clock.advance(DESK.quoteTtlSeconds * 1000 - 1);
    await expect(lifecycle.runDueSteps()).resolves.toBe(0);
    clock.advance(1);
    // Both plans of the first request and the Plus plan of the second expire; the accepted one does not.
    await expect(lifecycle.runDueSteps()).resolves.toBe(3);
    expect(hub.sent.filter((s) => s.quoteId === quoteId)).toEqual([{ tenantId: TENANT.id, quoteId, patch: { QuoteStatus: 'Expired', Reason: expect.stringContaining('expired at') } }]);
    expectLogPatchValid(hub.sent[0].patch);
    expect(await statusOf(quoteId)).toBe('Expired');
    expect(await statusOf(accepted)).toBe('ApplicationPending');
    const row = await quoteRow(quoteId);
    await expect(desk.accept(CALLER, 'travel', quoteId, { data: { QuoteStatus: 'ApplicationPending', QuoteReference: row.quoteReference, InsuranceSubType: 'x', Premium: row.offer.Premium, Commission: row.offer.Commission, QuoteCreationDateTime: row.creationDateTime } })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('is Expired'),
    });
  });

  it('refuses an acceptance after expiry even before the expiry step was taken', async () => {
    const quoteId = await newQuote('home', false);
    clock.advance(DESK.quoteTtlSeconds * 1000);
    const row = await quoteRow(quoteId);
    const acceptance = { data: { QuoteStatus: 'KYCCaptured', QuoteReference: row.quoteReference, InsuranceSubType: 'x', Premium: row.offer.Premium, Commission: row.offer.Commission, QuoteCreationDateTime: row.creationDateTime } };
    await expect(desk.accept(CALLER, 'home', quoteId, acceptance)).rejects.toMatchObject({ status: 400, message: expect.stringContaining('expired at') });
  });

  it('retries with back-off while the hub fails, and moves the quote only once it recorded the step', async () => {
    const { quoteId } = await withPolicy('renters');
    hub.answer = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    clock.advance(DESK.stepAfterMs);
    await expect(lifecycle.runDueSteps()).resolves.toBe(1);
    expect(await quoteRow(quoteId)).toMatchObject({ status: 'ApplicationPending', nextStatus: 'ApplicationApproved', stepAttempts: 1 });
    clock.advance(1_999);
    await expect(lifecycle.runDueSteps()).resolves.toBe(0);
    clock.advance(1);
    await expect(lifecycle.runDueSteps()).resolves.toBe(1);
    expect(await quoteRow(quoteId)).toMatchObject({ status: 'ApplicationPending', stepAttempts: 2 });
    hub.answer = async () => ({ kind: 'recorded' });
    clock.advance(4_000);
    await expect(lifecycle.runDueSteps()).resolves.toBe(1);
    expect(await quoteRow(quoteId)).toMatchObject({ status: 'ApplicationApproved', nextStatus: 'PaymentRequired', stepAttempts: 0 });
    expect(hub.statuses(quoteId)).toEqual(['ApplicationApproved', 'ApplicationApproved', 'ApplicationApproved']);
  });

  it('clears the step when the hub refuses it (400): the quote keeps its status', async () => {
    const { quoteId } = await withPolicy('employment');
    hub.answer = async () => ({ kind: 'refused', reason: 'the hub answered 400' });
    clock.advance(DESK.stepAfterMs);
    await expect(lifecycle.runDueSteps()).resolves.toBe(1);
    expect(await quoteRow(quoteId)).toMatchObject({ status: 'ApplicationPending', nextStatus: null, nextStepAt: null });
    clock.advance(3_600_000);
    await lifecycle.runDueSteps();
    expect(hub.statuses(quoteId)).toEqual(['ApplicationApproved']);
  });

  it('never takes a step twice, however many loops run', async () => {
    const quotes = await Promise.all(['motor', 'home', 'travel'].map((line) => withPolicy(line as InsuranceLine)));
    const loops = [lifecycle, new InsuranceQuoteLifecycle(ds, DESK, PROFILE, hub.send, clock), new InsuranceQuoteLifecycle(ds, DESK, PROFILE, hub.send, clock)];
    for (let i = 0; i < 4; i++) {
      clock.advance(DESK.stepAfterMs);
      await Promise.all(loops.map((loop) => loop.runDueSteps()));
    }
    for (const { quoteId } of quotes) {
      expect(hub.statuses(quoteId)).toEqual(['ApplicationApproved', 'PaymentRequired', 'PolicyIssued', 'Completed']);
      expect(await statusOf(quoteId)).toBe('Completed');
    }
  });

  it('issues one policy per quote, only to a known customer, only after acceptance', async () => {
    const available = await newQuote('motor', false);
    await expect(desk.requestPolicy(CALLER, 'motor', { data: { QuoteId: available } })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('is Available') });
    const stranger = await newQuote('motor', true, 'nobody-here');
    await expect(desk.requestPolicy(CALLER, 'motor', { data: { QuoteId: stranger } })).rejects.toMatchObject({ status: 400, message: expect.stringContaining("CustomerId 'nobody-here'") });
    expect(await quoteRow(stranger)).toMatchObject({ insurancePolicyId: null, nextStatus: null });
    const accepted = await newQuote('motor', true);
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => desk.requestPolicy(CALLER, 'motor', { data: { QuoteId: accepted } })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected').every((o) => (o as PromiseRejectedResult).reason instanceof ApiError)).toBe(true);
    await expect(desk.requestPolicy(CALLER, 'home', { data: { QuoteId: accepted } })).rejects.toMatchObject({ message: expect.stringContaining('is not a home insurance quote') });
  });
});
