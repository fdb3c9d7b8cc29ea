import { answerAccountOpening, createAccountOpening, DeskStepLoop, openingFirstStepOf, openingRetryDelayMs, rejectAccountOpening, type AccountOpeningEntity, type NewAccountOpening, type OpeningAnswer, type OpeningKey, type OpeningStepClaim, type OpeningTiming } from '@hub/mock-lfi-store';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { openingSteps, type ReportedOpeningStep } from './opening-steps';
import type { OpeningStatusReporter } from './opening-status-reporter';

export { CUSTOMER_UNKNOWN } from './opening-steps';

export interface DeskOptions {
  /** How often due steps are looked for. */
  pollMs: number;
  /** Steps taken per look. */
  batch: number;
  /** How long a claimed step is held before another poller may take it (a crash frees it). */
  leaseMs: number;
  /** Back-off of a step the hub did not take: first delay and cap. */
  retryBaseMs: number;
  retryMaxMs: number;
  now: () => Date;
  logger: Pick<Logger, 'warn' | 'error'>;
}

const DEFAULTS: DeskOptions = { pollMs: 250, batch: 20, leaseMs: 60_000, retryBaseMs: 1000, retryMaxMs: 60_000, now: () => new Date(), logger: new Logger('AccountOpeningDesk') };

/**
 * The back office of the account opening desk. Every move of an opening is a step stored with it
 * (`nextStatus`, `nextStepAt`); the desk's step loop claims due steps, reports each to the hub's
 * Consent Manager and only then records the new status (DeskStepLoop). So a restart loses nothing,
 * two pollers never report one step twice at once, and the hub and the LFI always agree.
 */
export class AccountOpeningDesk extends DeskStepLoop<OpeningStepClaim, ReportedOpeningStep> {
  private readonly options: DeskOptions;

  constructor(
    private readonly db: DataSource,
    reporter: OpeningStatusReporter,
    private readonly timing: OpeningTiming,
    options: Partial<DeskOptions> = {},
  ) {
    const o: DeskOptions = { ...DEFAULTS, ...options };
    super(openingSteps(db, reporter, timing, o), {
      name: 'account opening steps',
      step: 'an account opening step',
      pollMs: o.pollMs,
      batch: o.batch,
      // Each opening holds its own claim: a slow report must not outlast the claims of the others.
      parallel: true,
      retryDelayMs: (failedAttempts) => openingRetryDelayMs(failedAttempts + 1, o.retryBaseMs, o.retryMaxMs),
      now: o.now,
      logger: o.logger,
    });
    this.options = o;
  }

  /** A new opening: Pending, asking for the user's input after a while. */
  create(input: Omit<NewAccountOpening, 'firstStep'>): Promise<AccountOpeningEntity> {
    const now = this.options.now();
    const first = openingFirstStepOf(this.timing);
    return createAccountOpening(this.db, { ...input, firstStep: { status: first.status, at: new Date(now.getTime() + first.afterMs) } }, now);
  }

  /** The user's answer on the bank's page; false when the opening no longer waits for one. */
  answer(key: OpeningKey, answer: OpeningAnswer): Promise<boolean> {
    return answerAccountOpening(this.db, key, answer, this.options.now());
  }

  /** The back office's rejection; false when the opening is (or is becoming) final. */
  reject(key: OpeningKey, reason: string): Promise<boolean> {
    return rejectAccountOpening(this.db, key, reason, this.options.now());
  }
}
