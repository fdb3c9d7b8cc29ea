import type { Clock, MockFxDeskConfig } from '@hub/kernel';
import { claimDueFxQuoteSteps, completeFxQuoteStep, dropFxQuoteStep, retryFxQuoteStep, type FxQuoteEntity } from '@hub/mock-lfi-data';
import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { FxQuoteLogSender } from './fx-quote-log-sender';
import { stepAfter, retryDelayMs } from './fx-quote-steps';
import { fxQuoteLogPatch, type FxLogStatus } from './fx-quote-views';

export const FX_LIFECYCLE_POLL_MS = 250;
/** How long one loop holds a step: longer than a call to the hub may take (10 s timeout). */
const LEASE_MS = 30_000;
const BATCH = 20;

/**
 * Moves quotes through the LFI's part of their life: Expired when an Available quote runs out,
 * and Funded → Actioned → Completed after acceptance. The due steps are rows (FxQuoteEntity
 * `nextStatus`/`nextStepAt`), taken with a compare-and-set lease, so several loops or a restart
 * never lose a step nor take it twice. A step becomes the quote's status only after the hub's
 * Consent Manager recorded it, so Ozone Connect GET and the hub never disagree; if the LFI dies
 * between the two, the step is sent again, which the hub takes as already done.
 */
export class FxQuoteLifecycle implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('FxQuoteLifecycle');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly db: DataSource,
    private readonly config: MockFxDeskConfig,
    private readonly send: FxQuoteLogSender,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.runDueSteps(), FX_LIFECYCLE_POLL_MS);
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
      const claimed = await claimDueFxQuoteSteps(this.db, now, new Date(now.getTime() + LEASE_MS), BATCH);
      for (const row of claimed) await this.take(row);
      return claimed.length;
    } catch (e) {
      this.logger.error({ err: e }, 'FX quote lifecycle pass failed');
      return 0;
    }
  }

  private async take(row: FxQuoteEntity): Promise<void> {
    const status = row.nextStatus as FxLogStatus;
    const quote = { tenantId: row.tenantId, fxQuoteId: row.fxQuoteId, status };
    let outcome;
    try {
      outcome = await this.send(row.tenantId, row.fxQuoteId, fxQuoteLogPatch(row, status));
    } catch (e) {
      const retryAt = new Date(this.clock.now().getTime() + retryDelayMs(row.stepAttempts));
      this.logger.warn({ ...quote, attempt: row.stepAttempts + 1, retryAt: retryAt.toISOString(), reason: (e as Error).message }, 'the hub did not record an FX quote step; will retry');
      await retryFxQuoteStep(this.db, row, retryAt);
      return;
    }
    if (outcome.kind === 'refused') {
      this.logger.warn({ ...quote, reason: outcome.reason }, 'the hub refused an FX quote step; the quote keeps its status');
      await dropFxQuoteStep(this.db, row);
      return;
    }
    const now = this.clock.now();
    await completeFxQuoteStep(this.db, row, now, stepAfter(status, this.config, now));
  }
}
