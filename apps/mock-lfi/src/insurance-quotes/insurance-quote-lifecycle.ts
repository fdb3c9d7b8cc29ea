import type { Clock, MockInsuranceDeskConfig } from '@hub/kernel';
import {
  claimDueInsuranceQuoteSteps,
  completeInsuranceQuoteStep,
  dropInsuranceQuoteStep,
  findInsurancePolicy,
  retryInsuranceQuoteStep,
  type InsuranceQuoteEntity,
  type LfiProfile,
} from '@hub/mock-lfi-data';
import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { retryDelayMs, stepAfter } from './insurance-quote-steps';
import type { InsuranceQuoteLogSender } from './insurance-quote-log-sender';
import { insuranceQuoteLogPatch, type IssuedPolicy, type QuoteLogStatus } from './quote-log-patches';

export const INSURANCE_LIFECYCLE_POLL_MS = 250;
/** How long one loop holds a step: longer than a call to the hub may take (10 s timeout). */
const LEASE_MS = 30_000;
const BATCH = 20;

/**
 * Moves quotes through the insurer's part of their life: Expired when an Available quote runs
 * out, and ApplicationApproved → PaymentRequired → PolicyIssued → Completed after the policy was
 * requested. The due steps are rows (InsuranceQuoteEntity `nextStatus`/`nextStepAt`), taken with
 * a compare-and-set lease, so several loops or a restart never lose a step nor take it twice. A
 * step becomes the quote's status only after the hub's Consent Manager recorded it, so Ozone
 * Connect GET and the hub never disagree; if the LFI dies between the two, the step is sent
 * again, which the hub takes as already done.
 */
export class InsuranceQuoteLifecycle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('InsuranceQuoteLifecycle');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly db: DataSource,
    private readonly config: MockInsuranceDeskConfig,
    private readonly profile: LfiProfile,
    private readonly send: InsuranceQuoteLogSender,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.runDueSteps(), INSURANCE_LIFECYCLE_POLL_MS);
    // Never the reason a process (or Jest) stays alive.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass over the due steps; a pass already under way is joined. Resolves to the steps taken. */
  runDueSteps(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<number> {
    try {
      const now = this.clock.now();
      const claimed = await claimDueInsuranceQuoteSteps(this.db, now, new Date(now.getTime() + LEASE_MS), BATCH);
      for (const row of claimed) await this.take(row);
      return claimed.length;
    } catch (e) {
      this.logger.error({ err: e }, 'insurance quote lifecycle pass failed');
      return 0;
    }
  }

  private async take(row: InsuranceQuoteEntity): Promise<void> {
    const status = row.nextStatus as QuoteLogStatus;
    const quote = { tenantId: row.tenantId, quoteId: row.quoteId, status };
    // A database failure here leaves the lease to run out, so the step is taken again later.
    const issued = await this.issuedPolicyOf(row);
    let patch;
    try {
      patch = insuranceQuoteLogPatch(row, status, issued);
    } catch (e) {
      // A step that cannot be described never will be: report it and leave the quote where it is.
      this.logger.error({ ...quote, err: e }, 'an insurance quote step cannot be built; the step is dropped');
      await dropInsuranceQuoteStep(this.db, row);
      return;
    }
    let outcome;
    try {
      outcome = await this.send(row.tenantId, row.quoteId, patch);
    } catch (e) {
      const retryAt = new Date(this.clock.now().getTime() + retryDelayMs(row.stepAttempts));
      this.logger.warn({ ...quote, attempt: row.stepAttempts + 1, retryAt: retryAt.toISOString(), reason: (e as Error).message }, 'the hub did not record an insurance quote step; will retry');
      await retryInsuranceQuoteStep(this.db, row, retryAt);
      return;
    }
    if (outcome.kind === 'refused') {
      this.logger.warn({ ...quote, reason: outcome.reason }, 'the hub refused an insurance quote step; the quote keeps its status');
      await dropInsuranceQuoteStep(this.db, row);
      return;
    }
    const now = this.clock.now();
    await completeInsuranceQuoteStep(this.db, row, now, stepAfter(status, this.config, now));
  }

  private async issuedPolicyOf(row: InsuranceQuoteEntity): Promise<IssuedPolicy | undefined> {
    if (!row.insurancePolicyId) return undefined;
    const policy = await findInsurancePolicy(this.db, row.tenantId, row.insurancePolicyId);
    const insurerName = this.profile.tenants.find((t) => t.id === row.tenantId)?.name ?? row.tenantId;
    return policy ? { policy, insurerName } : undefined;
  }
}
