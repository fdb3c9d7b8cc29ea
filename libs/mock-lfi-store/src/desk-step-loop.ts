import type { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';

/**
 * What the hub's Consent Manager made of a step: recorded it (its 204) or refused it for good (its
 * 400). A step it could not take now (unreachable, 5xx) is a thrown error instead: worth retrying.
 */
export type StepOutcome<Recorded extends object = object> = ({ kind: 'recorded' } & Recorded) | { kind: 'refused'; reason: string };

/** Thrown by `send` for a step that cannot be described: it never will be, so it is dropped unsent. */
export class StepCannotBeSent extends Error {}

/** What a desk does with its due steps; the loop decides when, and what happens after the hub answered. */
export interface DeskSteps<Step, Recorded extends object = object> {
  /** Takes up to `limit` steps due at `now`, each held (leased) so no other loop takes it meanwhile. */
  claimDue(now: Date, limit: number): Promise<Step[]>;
  /** Tells the hub; throws when the hub could not take it now. */
  send(step: Step): Promise<StepOutcome<Recorded>>;
  /** The hub recorded the step: it becomes the desk's status, and the next step is scheduled. */
  apply(step: Step, recorded: Recorded): Promise<unknown>;
  /** The hub did not take the step: send it again at `at`. */
  retryLater(step: Step, at: Date): Promise<unknown>;
  /** The step will never be taken: forget it, keeping the status the hub knows. */
  drop(step: Step): Promise<unknown>;
  /** How often sending this step failed so far (the back-off grows with it). */
  failedAttemptsOf(step: Step): number;
  /** What names the step in the log (ids and the status it moves to). */
  describe(step: Step): Record<string, unknown>;
}

export interface DeskLoopOptions {
  /** The log's words: `${name} failed` for a failed pass, e.g. 'FX quote lifecycle pass'. */
  name: string;
  /** The log's words for one step, e.g. 'an FX quote step'. */
  step: string;
  /** How long the loop waits after a pass before it looks for due steps again. */
  pollMs: number;
  /** Steps claimed per pass. */
  batch: number;
  /** Sends the steps of a pass at once rather than one after the other. */
  parallel?: boolean;
  /** The wait before a step the hub did not take is sent again, by its failed attempts so far. */
  retryDelayMs(failedAttempts: number): number;
  now(): Date;
  logger: Pick<Logger, 'warn' | 'error'>;
}

/**
 * The poll loop of a service desk: every `pollMs` it claims the due steps and tells the hub about
 * each; only once the hub recorded a step does it become the desk's status, so the LFI and the hub
 * never disagree. A step the hub could not take is sent again after a growing back-off; one it
 * refused (400) is dropped. Steps are rows, claimed by compare-and-set, so a restart or several
 * loops never lose a step nor send it twice at once. Each desk's lifecycle (and the payments'
 * settlement, mock-lfi-ozone-connect) extends this class and passes its own rules (DeskSteps);
 * it sits here, beside the step claims (desk-steps.ts), so every part of the bank can use it.
 */
export class DeskStepLoop<Step, Recorded extends object = object> implements OnModuleInit, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = true;

  constructor(
    private readonly steps: DeskSteps<Step, Recorded>,
    private readonly loopOptions: DeskLoopOptions,
  ) {}

  onModuleInit(): void {
    this.stopped = false;
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over the due steps; a pass already under way is joined. Resolves to the steps taken. */
  runDueSteps(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.runDueSteps().finally(() => this.schedule()), this.loopOptions.pollMs);
    // Never the reason a process (or Jest) stays alive.
    this.timer.unref();
  }

  private async pass(): Promise<number> {
    try {
      const claimed = await this.steps.claimDue(this.loopOptions.now(), this.loopOptions.batch);
      if (this.loopOptions.parallel) await Promise.all(claimed.map((step) => this.take(step)));
      else for (const step of claimed) await this.take(step);
      return claimed.length;
    } catch (e) {
      // A failing database: the claimed steps' leases run out and they are taken again later.
      this.loopOptions.logger.error({ err: e }, `${this.loopOptions.name} failed`);
      return 0;
    }
  }

  private async take(step: Step): Promise<void> {
    const { steps, loopOptions: options } = this;
    let outcome: StepOutcome<Recorded>;
    try {
      outcome = await steps.send(step);
    } catch (e) {
      if (e instanceof StepCannotBeSent) {
        options.logger.error({ ...steps.describe(step), err: e }, `${options.step} cannot be built; the step is dropped`);
        await steps.drop(step);
        return;
      }
      const failed = steps.failedAttemptsOf(step);
      const retryAt = new Date(options.now().getTime() + options.retryDelayMs(failed));
      const reason = e instanceof Error ? e.message : String(e);
      options.logger.warn({ ...steps.describe(step), attempt: failed + 1, retryAt: retryAt.toISOString(), reason }, `the hub did not record ${options.step}; will retry`);
      await steps.retryLater(step, retryAt);
      return;
    }
    if (outcome.kind === 'refused') {
      options.logger.warn({ ...steps.describe(step), reason: outcome.reason }, `the hub refused ${options.step}; the step is dropped and the status kept`);
      await steps.drop(step);
      return;
    }
    await steps.apply(step, outcome);
  }
}
