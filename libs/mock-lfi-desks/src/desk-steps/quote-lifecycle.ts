import type { Clock } from '@hub/kernel';
import { DeskStepLoop, type DeskStep, type DeskSteps, type DeskStepStore, type MockLfiDb, type StepOutcome, type SteppedRow } from '@hub/mock-lfi-store';
import { Logger } from '@nestjs/common';

// Both quote desks pace their loops alike: they call the same hub, with the same 10 s timeout.
const POLL_MS = 250;
const BATCH = 20;
/** How long one loop holds a step: longer than a call to the hub may take. */
const LEASE_MS = 30_000;

/** What differs between the desks whose quotes carry their next step in their row. */
export interface QuoteRules<Row extends SteppedRow> {
  /** The log's words: 'FX quote lifecycle', 'an FX quote step'. */
  name: string;
  step: string;
  /** PATCHes the quote log with the claimed step (`nextStatus`). */
  send(row: Row): Promise<StepOutcome>;
  /** The step that follows `status` once the hub recorded it; none after a final status. */
  stepAfter(status: Row['status'], now: Date): DeskStep<Row['status']> | undefined;
  retryDelayMs(failedAttempts: number): number;
  describe(row: Row): Record<string, unknown>;
}

/**
 * The lifecycle of FX and insurance quotes. A step is claimed with a lease on the row's
 * `nextStepAt` and settled only while that lease holds (DeskStepStore), so if the LFI dies between
 * the hub's answer and the write, the step is sent again, which the hub takes as already done.
 */
export class QuoteLifecycle<Row extends SteppedRow> extends DeskStepLoop<Row> {
  constructor(db: MockLfiDb, store: DeskStepStore<Row>, clock: Clock, rules: QuoteRules<Row>) {
    const now = () => clock.now();
    const steps: DeskSteps<Row> = {
      claimDue: (at, limit) => store.claimDue(db, at, new Date(at.getTime() + LEASE_MS), limit),
      send: rules.send,
      apply: (row) => {
        const at = now();
        return store.complete(db, row, at, rules.stepAfter(row.nextStatus as Row['status'], at));
      },
      retryLater: (row, at) => store.retry(db, row, at),
      drop: (row) => store.drop(db, row),
      failedAttemptsOf: (row) => row.stepAttempts,
      describe: rules.describe,
    };
    // The desk's class (FxQuoteLifecycle …) names the log's context.
    const logger = new Logger(new.target.name);
    super(steps, { name: `${rules.name} pass`, step: rules.step, pollMs: POLL_MS, batch: BATCH, retryDelayMs: rules.retryDelayMs, now, logger });
  }
}
