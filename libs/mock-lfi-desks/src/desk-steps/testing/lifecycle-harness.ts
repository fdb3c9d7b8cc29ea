import { Clock } from '@hub/kernel';
import type { StepOutcome } from '@hub/mock-lfi-store';
import type { HubLogSender } from '../hub-log-sender';

// Test support for the quote lifecycles' integration tests, which run a lifecycle's passes by hand
// against a real database: time that moves only when the test says so, and a stand-in for the
// hub's Consent Manager. Named *-harness so Jest skips it.

/** Time that moves only when the test says so. */
export class ManualClock extends Clock {
  constructor(private at: number) {
    super();
  }

  now(): Date {
    return new Date(this.at);
  }

  advance(ms: number): void {
    this.at += ms;
  }
}

/** One PATCH of a quote log, under the quote id's name in the standard (`fxQuoteId`, `quoteId`). */
export type SentStep<IdName extends string, Patch> = { tenantId: string; patch: Patch } & Record<IdName, string>;

/** Stands in for the hub's Consent Manager: records every PATCH and answers as told (204 by default). */
export class RecordingHub<IdName extends string, Patch extends { QuoteStatus: string }> {
  readonly sent: SentStep<IdName, Patch>[] = [];
  answer: (step: SentStep<IdName, Patch>) => Promise<StepOutcome> = async () => ({ kind: 'recorded' });

  constructor(private readonly idName: IdName) {}

  readonly send: HubLogSender<Patch> = async (tenantId, logId, patch) => {
    const step = { tenantId, [this.idName]: logId, patch } as SentStep<IdName, Patch>;
    this.sent.push(step);
    return this.answer(step);
  };

  /** The QuoteStatus of every PATCH sent, of one quote when `logId` is given. */
  statuses(logId?: string): string[] {
    return this.sent.filter((s) => !logId || s[this.idName] === logId).map((s) => s.patch.QuoteStatus);
  }
}
